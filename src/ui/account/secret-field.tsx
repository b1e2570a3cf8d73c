// A password or PIN input inside FieldShell (label, hint, error wired for screen readers).
import { FieldShell } from '../components/field-shell.tsx';

type Props = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  autoComplete: 'current-password' | 'new-password' | 'off';
  error?: string | undefined;
  hint?: string | undefined;
  isNumeric?: boolean;
};

export function SecretField({ id, label, value, onValue, autoComplete, error, hint, isNumeric }: Props) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} isRequired>
      {(a11y) => (
        <input
          {...a11y}
          class="input"
          type="password"
          autoComplete={autoComplete}
          inputMode={isNumeric ? 'numeric' : undefined}
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    </FieldShell>
  );
}
