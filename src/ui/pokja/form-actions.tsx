// The bottom of a Pokja or GenRe form: the form-level alert after a failed save, and the
// save bar (Batal, which asks first when the form holds unsaved input, and the primary save
// button that says it is saving).
import { leaveGuard } from '../forms/leave-guard.ts';
import { useT } from '../i18n/language.tsx';
import type { FormPhase } from './use-record-form.ts';

export function FormAlert({ phase }: { phase: FormPhase }) {
  const t = useT();
  if (phase === 'invalid') return <p class="form-alert" role="alert">{t('households.form.hasErrors')}</p>;
  if (phase === 'failed') return <p class="form-alert" role="alert">{t('households.form.saveFailed')}</p>;
  return null;
}

export function SaveBar({ phase, label, onCancel }: { phase: FormPhase; label: string; onCancel: () => void }) {
  const t = useT();
  return (
    <div class="save-bar">
      <button type="button" class="button button--ghost" onClick={() => leaveGuard.requestLeave(onCancel)}>
        {t('common.cancel')}
      </button>
      <button type="submit" class="button button--primary button--wide" disabled={phase === 'saving'}>
        {phase === 'saving' ? t('households.form.saving') : label}
      </button>
    </div>
  );
}

/** After a failed save, once the messages are rendered: focus the first invalid input. */
export function focusFirstInvalid(form: HTMLFormElement): void {
  requestAnimationFrame(() => {
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus({ preventScroll: true });
    field?.scrollIntoView({ block: 'center' });
  });
}
