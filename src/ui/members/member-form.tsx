// The member form (add and edit): identity, family, target status, notes, and the save bar.
// A failed save names the fields to check, focuses the first one and keeps every entry;
// NIK warnings stop the first save and offer "Simpan tetap" (save anyway).
import { useRef } from 'preact/hooks';
import type { Person } from '../../domain/person.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { issueText } from '../components/issue-text.ts';
import { TextField } from '../components/text-field.tsx';
import { useT } from '../i18n/language.tsx';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { memberFormFields } from './member-draft.ts';
import type { MemberContext, MemberDraft, MemberFields } from './member-draft.ts';
import { MemberFamilyFields } from './member-family-fields.tsx';
import { MemberIdentityFields } from './member-identity-fields.tsx';
import { MemberTargetFields } from './member-target-fields.tsx';
import { useMemberForm } from './use-member-form.ts';
import type { MemberForm as MemberFormState } from './use-member-form.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';
import { leaveGuard } from '../forms/leave-guard.ts';

type Props = {
  initial: MemberDraft;
  context: MemberContext;
  mothers: readonly Person[];
  onSave: (fields: MemberFields) => Promise<SaveOutcome>;
  onSaved: () => void;
  onCancel: () => void;
  /** Where the unsaved input is kept (data/drafts.ts draftKey). */
  draftKey: string;
};

function focusFirst(form: HTMLFormElement, selector: string): void {
  requestAnimationFrame(() => {
    const field = form.querySelector<HTMLElement>(selector);
    field?.focus({ preventScroll: true });
    field?.scrollIntoView({ block: 'center' });
  });
}

/** "Nama lengkap, NIK": the labels of the fields with an error, in form order. */
function invalidFieldNames(form: MemberFormState, t: (key: MessageKey) => string): string {
  return memberFormFields.filter((field) => form.errors[field]).map((field) => t(`members.fields.${field}`)).join(', ');
}

function FormAlerts({ form, onSaveAnyway }: { form: MemberFormState; onSaveAnyway: () => void }) {
  const t = useT();
  if (form.phase === 'invalid') {
    const fields = invalidFieldNames(form, t);
    return <p class="form-alert" role="alert">{t('members.form.hasErrors', { fields })}</p>;
  }
  if (form.phase === 'failed') return <p class="form-alert" role="alert">{t('members.form.saveFailed')}</p>;
  if (form.phase !== 'confirm') return null;
  const messages = form.warnings.map((issue) => issueText(t, issue));
  return (
    <div class="form-warning" role="alert" data-testid="member-warnings">
      <p class="form-warning__title">{t('members.form.warningsTitle')}</p>
      <ul>{messages.map((message) => <li key={message}>{message}</li>)}</ul>
      <p>{t('members.form.warningsBody')}</p>
      <button type="button" class="button button--secondary button--wide" onClick={onSaveAnyway}>
        {t('members.form.saveAnyway')}
      </button>
    </div>
  );
}

export function MemberForm({ initial, context, mothers, onSave, onSaved, onCancel, draftKey }: Props) {
  const t = useT();
  const form = useMemberForm(initial, context, onSave, draftKey);
  const attempt = async (element: HTMLFormElement, acceptWarnings: boolean) => {
    if (await form.submit(acceptWarnings)) onSaved();
    else focusFirst(element, '[aria-invalid="true"], [data-testid="member-warnings"] button');
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void attempt(event.currentTarget as HTMLFormElement, false);
  };
  const formRef = useRef<HTMLFormElement>(null);
  const saveAnyway = () => {
    if (formRef.current) void attempt(formRef.current, true);
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="household-form" onSubmit={onSubmit} noValidate data-testid="member-form" ref={formRef}>
      <FormAlerts form={form} onSaveAnyway={saveAnyway} />
      <MemberIdentityFields form={form} today={context.today} />
      <MemberTargetFields form={form} today={context.today} />
      <MemberFamilyFields form={form} mothers={mothers} />
      <fieldset class="form-section">
        <legend class="form-section__title">{t('members.form.sectionNotes')}</legend>
        <TextField id="notes" label={t('members.fields.notes')} value={form.draft.notes} onValue={(value) => form.setField('notes', value)} isMultiline error={issueText(t, form.errors.notes)} />
      </fieldset>
      <div class="save-bar">
        <button type="button" class="button button--ghost" onClick={() => leaveGuard.requestLeave(onCancel)}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button button--primary button--wide" disabled={form.phase === 'saving'}>
          {t(form.phase === 'saving' ? 'members.form.saving' : 'members.form.save')}
        </button>
      </div>
    </form>
    </DraftOffer>
  );
}
