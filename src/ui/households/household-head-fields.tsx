// Form section "Kepala keluarga": name (required), KK number and phone (optional).
import { issueText } from '../components/issue-text.ts';
import { TextField } from '../components/text-field.tsx';
import { useT } from '../i18n/language.tsx';
import type { HouseholdForm } from './use-household-form.ts';

export function HouseholdHeadFields({ form }: { form: HouseholdForm }) {
  const t = useT();
  const { draft, errors, setField } = form;
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">{t('households.form.sectionHead')}</legend>
      <TextField
        id="headName"
        label={t('households.fields.headName')}
        value={draft.headName}
        onValue={(value) => setField('headName', value)}
        autoComplete="off"
        error={issueText(t, errors.headName)}
        isRequired
      />
      <TextField
        id="kkNumber"
        label={t('households.fields.kkNumber')}
        value={draft.kkNumber}
        onValue={(value) => setField('kkNumber', value)}
        inputMode="numeric"
        maxLength={24}
        hint={t('households.form.kkHint')}
        error={issueText(t, errors.kkNumber)}
      />
      <TextField
        id="phone"
        label={t('households.fields.phone')}
        value={draft.phone}
        onValue={(value) => setField('phone', value)}
        type="tel"
        inputMode="tel"
        error={issueText(t, errors.phone)}
      />
    </fieldset>
  );
}
