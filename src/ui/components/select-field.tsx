// A native <select> inside FieldShell: on a cheap Android phone the native picker is
// the fastest and most familiar list. The first option is "Pilih…" (empty = not filled).
import { useT } from '../i18n/language.tsx';
import { FieldShell } from './field-shell.tsx';

export type SelectOption = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  isRequired?: boolean;
  /** Text of the empty first option when "Pilih…" does not fit (e.g. "Semua dusun" in a filter). */
  emptyLabel?: string;
};

export function SelectField({ id, label, value, options, onValue, hint, error, isRequired, emptyLabel }: Props) {
  const t = useT();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} isRequired={isRequired ?? false}>
      {(a11y) => (
        <select {...a11y} class="input input--select" value={value} onChange={(event) => onValue(event.currentTarget.value)}>
          <option value="">{emptyLabel ?? t('app.form.choose')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
