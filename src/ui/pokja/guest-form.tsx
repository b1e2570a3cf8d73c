// Adds a guest (tamu) to a meeting's attendance: name and position or institution; the
// guest is marked present and can sign afterwards.
import type { Meeting } from '../../domain/meeting.ts';
import { createRecord } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { InputField } from './input-field.tsx';
import { emptyDraftOf } from './record-draft.ts';
import type { DraftSpec } from './record-draft.ts';
import { useRecordForm } from './use-record-form.ts';
import { draftToFields } from './record-draft.ts';
import { draftKey } from '../data/drafts.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

const guestSpec = { name: 'optional', position: 'optional' } satisfies DraftSpec<string>;

export function GuestForm({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const form = useRecordForm(draftKey('guest', null, meeting.id), emptyDraftOf(guestSpec), (draft) =>
    createRecord('attendance', { ...draftToFields(guestSpec, draft), villageCode: meeting.villageCode, meetingId: meeting.id, status: 'hadir' }),
  );
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await form.submit()) form.reset();
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="form-section" onSubmit={onSubmit} noValidate data-testid="guest-form">
      <InputField form={form} field="name" idPrefix="guest-" label={t('pokja.attendance.guestName')} />
      <InputField form={form} field="position" idPrefix="guest-" label={t('pokja.attendance.guestPosition')} />
      <button type="submit" class="button button--secondary button--wide" disabled={form.phase === 'saving'}>{t('pokja.attendance.addGuest')}</button>
    </form>
    </DraftOffer>
  );
}
