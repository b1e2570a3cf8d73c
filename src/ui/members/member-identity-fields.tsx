// Member form section "Identitas": name, NIK (with its non-blocking warning), sex, birth
// date and relation to the head of family.
import { familyRelations, sexes } from '../../domain/person.ts';
import { DateField } from '../components/date-field.tsx';
import { issueText } from '../components/issue-text.ts';
import { SelectField } from '../components/select-field.tsx';
import { TextField } from '../components/text-field.tsx';
import { useT } from '../i18n/language.tsx';
import type { MemberForm } from './use-member-form.ts';

export function MemberIdentityFields({ form, today }: { form: MemberForm; today: string }) {
  const t = useT();
  const { draft, errors, warnings, setField } = form;
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">{t('members.form.sectionIdentity')}</legend>
      <TextField id="name" label={t('members.fields.name')} value={draft.name} onValue={(value) => setField('name', value)} error={issueText(t, errors.name)} isRequired />
      <TextField
        id="nik"
        label={t('members.fields.nik')}
        value={draft.nik}
        onValue={(value) => setField('nik', value)}
        inputMode="numeric"
        maxLength={24}
        hint={t('members.form.nikHint')}
        error={issueText(t, errors.nik)}
        warning={warnings.filter((issue) => issue.field === 'nik').map((issue) => issueText(t, issue)).join(' ') || undefined}
      />
      <SelectField
        id="sex"
        label={t('members.fields.sex')}
        value={draft.sex}
        options={sexes.map((value) => ({ value, label: t(`enums.sex.${value}`) }))}
        onValue={(value) => setField('sex', value)}
        error={issueText(t, errors.sex)}
        isRequired
      />
      <DateField id="birthDate" label={t('members.fields.birthDate')} value={draft.birthDate} onValue={(value) => setField('birthDate', value)} max={today} error={issueText(t, errors.birthDate)} />
      <SelectField
        id="relation"
        label={t('members.fields.relation')}
        value={draft.relation}
        options={familyRelations.map((value) => ({ value, label: t(`enums.familyRelation.${value}`) }))}
        onValue={(value) => setField('relation', value)}
        error={issueText(t, errors.relation)}
        isRequired
      />
    </fieldset>
  );
}
