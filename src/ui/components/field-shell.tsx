// Label, hint and error around one input, wired for screen readers: the input gets
// aria-describedby (hint, error) and aria-invalid from here, so every field of every
// form reads the same way. The error appears right under its field.
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/language.tsx';

export type FieldA11y = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; required?: boolean };

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** A non-blocking message (e.g. NIK disagrees with the birth date), shown when there is no error. */
  warning?: string | undefined;
  isRequired?: boolean;
  children: (a11y: FieldA11y) => ComponentChildren;
};

export function FieldShell({ id, label, hint, error, warning, isRequired = false, children }: Props) {
  const t = useT();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const shownWarning = error ? undefined : warning;
  const describedBy = [hint ? hintId : '', error ? errorId : '', shownWarning ? warningId : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field--invalid' : 'field'} data-field={id}>
      <label class="field__label" for={id}>
        {label}
        {isRequired && <span class="field__required">{` (${t('app.form.required')})`}</span>}
      </label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        required: isRequired || undefined,
      })}
      {hint && !error && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {shownWarning && (
        <p class="field__warning" id={warningId} role="status">
          {shownWarning}
        </p>
      )}
    </div>
  );
}
