// The household form (add and edit): three sections, notes, and a save bar that stays
// at the bottom of the screen. On invalid input the messages appear under each field,
// the first invalid field gets focus, and everything typed stays in place.
import { useT } from '../i18n/language.tsx';
import { issueText } from '../components/issue-text.ts';
import { TextField } from '../components/text-field.tsx';
import { HouseholdConditionFields } from './household-condition-fields.tsx';
import { HouseholdHeadFields } from './household-head-fields.tsx';
import { HouseholdPlaceFields } from './household-place-fields.tsx';
import type { HouseholdDraft, HouseholdFields } from './household-draft.ts';
import { useHouseholdForm } from './use-household-form.ts';
import type { SaveOutcome } from './use-household-form.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';
import { leaveGuard } from '../forms/leave-guard.ts';

type Props = {
  initial: HouseholdDraft;
  onSave: (fields: HouseholdFields) => Promise<SaveOutcome>;
  onSaved: () => void;
  onCancel: () => void;
  /** Where the unsaved input is kept (data/drafts.ts draftKey). */
  draftKey: string;
};

/** After a failed save, once the messages are rendered: the first invalid input in page order. */
function focusFirstInvalid(form: HTMLFormElement): void {
  requestAnimationFrame(() => {
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus({ preventScroll: true });
    // Centre it, so neither the top bar nor the save bar hides the field or its message.
    field?.scrollIntoView({ block: 'center' });
  });
}

export function HouseholdForm({ initial, onSave, onSaved, onCancel, draftKey }: Props) {
  const t = useT();
  const form = useHouseholdForm(initial, onSave, draftKey);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    if (await form.submit()) onSaved();
    else focusFirstInvalid(element);
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="household-form" onSubmit={onSubmit} noValidate data-testid="household-form">
      {form.phase === 'invalid' && (
        <p class="form-alert" role="alert">
          {t('households.form.hasErrors')}
        </p>
      )}
      {form.phase === 'failed' && (
        <p class="form-alert" role="alert">
          {t('households.form.saveFailed')}
        </p>
      )}
      <HouseholdPlaceFields form={form} />
      <HouseholdHeadFields form={form} />
      <HouseholdConditionFields form={form} />
      <fieldset class="form-section">
        <legend class="form-section__title">{t('households.form.sectionNotes')}</legend>
        <TextField
          id="notes"
          label={t('households.fields.notes')}
          value={form.draft.notes}
          onValue={(value) => form.setField('notes', value)}
          isMultiline
          error={issueText(t, form.errors.notes)}
        />
      </fieldset>
      <div class="save-bar">
        <button type="button" class="button button--ghost" onClick={() => leaveGuard.requestLeave(onCancel)}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button button--primary button--wide" disabled={form.phase === 'saving'}>
          {t(form.phase === 'saving' ? 'households.form.saving' : 'households.form.save')}
        </button>
      </div>
    </form>
    </DraftOffer>
  );
}
