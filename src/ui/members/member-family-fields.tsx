// Member form section "Keluarga dan pendidikan": marital status, education, phone, the
// mother (a woman of this household) and, for women, children ever born alive.
import type { Person } from '../../domain/person.ts';
import { educationLevels, maritalStatuses } from '../../domain/person.ts';
import { issueText } from '../components/issue-text.ts';
import { SelectField } from '../components/select-field.tsx';
import { TextField } from '../components/text-field.tsx';
import { useT } from '../i18n/language.tsx';
import type { MemberForm } from './use-member-form.ts';

type Props = { form: MemberForm; mothers: readonly Person[] };

export function MemberFamilyFields({ form, mothers }: Props) {
  const t = useT();
  const { draft, errors, setField } = form;
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">{t('members.form.sectionFamily')}</legend>
      <SelectField
        id="maritalStatus"
        label={t('members.fields.maritalStatus')}
        value={draft.maritalStatus}
        options={maritalStatuses.map((value) => ({ value, label: t(`enums.maritalStatus.${value}`) }))}
        onValue={(value) => setField('maritalStatus', value)}
        error={issueText(t, errors.maritalStatus)}
      />
      <SelectField
        id="education"
        label={t('members.fields.education')}
        value={draft.education}
        options={educationLevels.map((value) => ({ value, label: t(`enums.education.${value}`) }))}
        onValue={(value) => setField('education', value)}
        error={issueText(t, errors.education)}
      />
      <TextField id="phone" label={t('members.fields.phone')} value={draft.phone} onValue={(value) => setField('phone', value)} type="tel" inputMode="tel" error={issueText(t, errors.phone)} />
      {mothers.length > 0 && (
        <SelectField
          id="motherId"
          label={t('members.fields.motherId')}
          value={draft.motherId}
          options={mothers.map((mother) => ({ value: mother.id, label: mother.name }))}
          onValue={(value) => setField('motherId', value)}
          hint={t('members.form.motherHint')}
          error={issueText(t, errors.motherId)}
        />
      )}
      {draft.sex === 'F' && (
        <TextField
          id="childrenBornAlive"
          label={t('members.fields.childrenBornAlive')}
          value={draft.childrenBornAlive}
          onValue={(value) => setField('childrenBornAlive', value)}
          inputMode="numeric"
          maxLength={2}
          hint={t('members.form.childrenBornAliveHint')}
          error={issueText(t, errors.childrenBornAlive)}
        />
      )}
    </fieldset>
  );
}
