// A single-line or multi-line text input inside FieldShell. Controlled by the form's
// draft (a string), so what was typed survives a failed validation.
import { FieldShell } from './field-shell.tsx';

type Props = {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  warning?: string | undefined;
  isRequired?: boolean;
  isMultiline?: boolean;
  type?: 'text' | 'tel' | 'search';
  inputMode?: 'text' | 'numeric' | 'tel' | 'decimal';
  autoComplete?: string;
  maxLength?: number;
  onBlur?: () => void;
};

export function TextField(props: Props) {
  const { id, label, value, onValue, hint, error, warning, isRequired, isMultiline, onBlur } = props;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} warning={warning} isRequired={isRequired ?? false}>
      {(a11y) =>
        isMultiline ? (
          <textarea
            {...a11y}
            class="input input--multiline"
            rows={3}
            value={value}
            maxLength={props.maxLength}
            onInput={(event) => onValue(event.currentTarget.value)}
            onBlur={onBlur}
          />
        ) : (
          <input
            {...a11y}
            class="input"
            type={props.type ?? 'text'}
            inputMode={props.inputMode}
            autoComplete={props.autoComplete ?? 'off'}
            value={value}
            maxLength={props.maxLength}
            onInput={(event) => onValue(event.currentTarget.value)}
            onBlur={onBlur}
          />
        )
      }
    </FieldShell>
  );
}
