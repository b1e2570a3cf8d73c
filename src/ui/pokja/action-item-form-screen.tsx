// Add or edit an RTL (rencana tindak lanjut) of a meeting: what, who, by when, status and
// progress notes. The due date may not fall before the meeting (domain rule checkActionItem).
// Saves through the repository (offline: kept and queued) and returns to the meeting.
import { useLocation } from 'preact-iso';
import type { ActionItem } from '../../domain/action-item.ts';
import { actionItemStatuses } from '../../domain/action-item.ts';
import type { Meeting } from '../../domain/meeting.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import { issueText } from '../components/issue-text.ts';
import { createRecord, updateRecord, useActionItem, useMeeting } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';
import { FormAlert, SaveBar, focusFirstInvalid } from './form-actions.tsx';
import { InputField } from './input-field.tsx';
import { actionItemSpec, checkActionItemDraft } from './pokja-drafts.ts';
import type { ActionItemField } from './pokja-drafts.ts';
import { draftFromRecord, draftToFields, emptyDraftOf } from './record-draft.ts';
import type { Draft } from './record-draft.ts';
import { useRecordForm } from './use-record-form.ts';
import './pokja.css';
import { draftKey } from '../data/drafts.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

function ActionItemForm({ meeting, item }: { meeting: Meeting; item: ActionItem | null }) {
  const t = useT();
  const { route } = useLocation();
  const meetingHref = `/pokja/pertemuan/${meeting.id}`;
  const initial = item ? draftFromRecord(actionItemSpec, item) : emptyDraftOf(actionItemSpec, { status: 'rencana' });
  const save = async (draft: Draft<ActionItemField>) => {
    const fields = draftToFields(actionItemSpec, draft);
    const issues = checkActionItemDraft(fields, meeting.date);
    if (issues.length) return { ok: false as const, issues };
    if (item) return updateRecord('actionItem', item.id, fields);
    return createRecord('actionItem', { ...fields, meetingId: meeting.id, villageCode: meeting.villageCode });
  };
  const form = useRecordForm(draftKey('actionItem', item?.id, meeting.id), initial, save);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    if (await form.submit()) route(meetingHref, true);
    else focusFirstInvalid(element);
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="record-form" onSubmit={onSubmit} noValidate data-testid="action-item-form">
      <FormAlert phase={form.phase} />
      <fieldset class="form-section">
        <InputField form={form} field="what" label={t('pokja.action.fields.what')} isMultiline isRequired />
        <InputField form={form} field="who" label={t('pokja.action.fields.who')} hint={t('pokja.action.fields.whoHint')} isRequired />
        <InputField form={form} field="dueDate" label={t('pokja.action.fields.dueDate')} type="date" />
        <SelectField
          id="status"
          label={t('pokja.action.fields.status')}
          value={form.draft.status}
          options={actionItemStatuses.map((status) => ({ value: status, label: t(`enums.actionItemStatus.${status}`) }))}
          onValue={(value) => form.setField('status', value)}
          error={issueText(t, form.errors.status)}
          isRequired
        />
        <InputField form={form} field="progressNotes" label={t('pokja.action.fields.progressNotes')} isMultiline />
      </fieldset>
      <SaveBar phase={form.phase} label={t('pokja.action.save')} onCancel={() => route(meetingHref)} />
    </form>
    </DraftOffer>
  );
}

/** /pokja/pertemuan/:meetingId/rtl/baru (new) or /pokja/rtl/:id/ubah (edit). */
export function ActionItemFormScreen({ id, meetingId }: { id?: string; meetingId?: string }) {
  const t = useT();
  const item = useActionItem(id ?? '');
  const meeting = useMeeting(meetingId ?? item?.meetingId ?? '');
  const title = id ? t('pokja.action.editTitle') : t('pokja.action.addTitle');
  if ((id && item === undefined) || meeting === undefined) return <p class="loading">{t('common.loading')}</p>;
  const back = { href: meeting ? `/pokja/pertemuan/${meeting.id}` : '/pokja/rtl', label: t('pokja.action.back') };
  if ((id && (!item || item.deleted)) || !meeting || meeting.deleted) {
    return <div class="screen"><PageHeader title={title} back={back} lead={t(id ? 'pokja.action.notFound' : 'pokja.meeting.notFound')} /></div>;
  }
  return (
    <div class="screen screen--form">
      <PageHeader title={title} back={back} lead={meeting.title} />
      <ActionItemForm meeting={meeting} item={item ?? null} />
      {item && (
        <DeleteRecordButton
          records={[{ kind: 'actionItem', id: item.id }]}
          label={t('sync.remove.actionItem')}
          confirm={deleteQuestion(t, t('sync.remove.actionItemConfirm', { what: item.what }))}
          to={`/pokja/pertemuan/${meeting.id}`}
          testId="delete-action-item"
        />
      )}
    </div>
  );
}
