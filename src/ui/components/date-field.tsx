// A calendar date inside FieldShell: the phone's native date picker (type="date"), whose
// value is already 'YYYY-MM-DD', the format the domain stores. `max` keeps the picker
// from offering days that have not happened yet (birth dates, visit dates).
import { FieldShell } from './field-shell.tsx';

type Props = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  isRequired?: boolean;
  min?: string | undefined;
  max?: string | undefined;
};

export function DateField({ id, label, value, onValue, hint, error, isRequired, min, max }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} isRequired={isRequired ?? false}>
      {(a11y) => (
        <input
          {...a11y}
          class="input input--date"
          type="date"
          value={value}
          min={min}
          max={max}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}
