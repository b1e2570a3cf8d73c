// One input of any HTML type (date, time, number, tel, text) or a textarea, inside
// FieldShell (label, hint, error), bound to a record form's draft.
import { issueText } from '../components/issue-text.ts';
import { FieldShell } from '../components/field-shell.tsx';
import { VillageField } from '../components/village-field.tsx';
import { useAccountVillages } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import type { RecordForm } from './use-record-form.ts';

type Props<F extends string> = {
  form: RecordForm<F>;
  field: F;
  label: string;
  hint?: string | undefined;
  type?: 'text' | 'date' | 'time' | 'tel' | 'number';
  isMultiline?: boolean;
  isRequired?: boolean;
  inputMode?: 'numeric' | 'tel' | 'text';
  /** Prefix of the element id, when two forms share a screen. */
  idPrefix?: string;
};

export function InputField<F extends string>({ form, field, label, hint, type = 'text', isMultiline, isRequired, inputMode, idPrefix = '' }: Props<F>) {
  const t = useT();
  const onInput = (event: Event) => form.setField(field, (event.currentTarget as HTMLInputElement).value);
  return (
    <FieldShell id={`${idPrefix}${field}`} label={label} hint={hint} error={issueText(t, form.errors[field])} isRequired={isRequired ?? false}>
      {(a11y) =>
        isMultiline ? (
          <textarea {...a11y} class="input input--multiline" rows={3} value={form.draft[field]} onInput={onInput} />
        ) : (
          <input {...a11y} class="input" type={type} inputMode={inputMode} autoComplete="off" value={form.draft[field]} onInput={onInput} />
        )
      }
    </FieldShell>
  );
}

/** The village of a new record, when the form does not know it: a picker of the account's villages, or a typed code. */
export function VillageInput<F extends string>({ form, field }: { form: RecordForm<F>; field: F }) {
  const t = useT();
  const villages = useAccountVillages();
  return (
    <VillageField id={field} label={t('pokja.villageCode.label')} value={form.draft[field]} onValue={(value) => form.setField(field, value)} villages={villages} error={issueText(t, form.errors[field])} />
  );
}
