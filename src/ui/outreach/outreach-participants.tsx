// Named participants of an outreach session (optional): a short list with a remove button
// and a two-field form to add one. Each is an attendance record (status hadir, outreachId set),
// so the form and the remove buttons show for a role that may write an outreach's attendance
// (src/sync/roles.ts canWriteRecord: kader, issue #6; koordinator, admin), not for a viewer.
import { useCanWriteRecord } from '../data/session.ts';
import type { Outreach } from '../../domain/outreach.ts';
import { createRecord, removeRecord } from '../data/pokja.ts';
import { useOutreachAttendance } from '../data/outreach.ts';
import { useT } from '../i18n/language.tsx';
import { InputField } from '../pokja/input-field.tsx';
import { draftToFields, emptyDraftOf } from '../pokja/record-draft.ts';
import type { DraftSpec } from '../pokja/record-draft.ts';
import { useRecordForm } from '../pokja/use-record-form.ts';
import { draftKey } from '../data/drafts.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

const participantSpec = { name: 'optional', position: 'optional' } satisfies DraftSpec<string>;

export function OutreachParticipants({ session }: { session: Outreach }) {
  const t = useT();
  const attendance = useOutreachAttendance();
  const canWrite = useCanWriteRecord('attendance', { outreachId: session.id });
  const form = useRecordForm(draftKey('participant', null, session.id), emptyDraftOf(participantSpec), (draft) =>
    createRecord('attendance', { ...draftToFields(participantSpec, draft), villageCode: session.villageCode, outreachId: session.id, status: 'hadir' }),
  );
  const participants = (attendance ?? []).filter((record) => record.outreachId === session.id).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'id'));
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await form.submit()) form.reset();
  };
  return (
    <section class="card" data-testid="outreach-participants">
      <h2 class="card__title">{t('outreach.participants')}</h2>
      {participants.length === 0 ? (
        <p class="card__lead">{t('outreach.noParticipants')}</p>
      ) : (
        <ul class="list list--inset">
          {participants.map((record) => (
            <li class="list-item participant-row" key={record.id}>
              <span class="list-item__body">
                <span class="list-item__title">{record.name}</span>
                {record.position && <span class="list-item__sub">{record.position}</span>}
              </span>
              {canWrite && <button type="button" class="icon-button" aria-label={t('outreach.removeParticipant', { name: record.name ?? '' })} onClick={() => void removeRecord('attendance', record.id)}>
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                  <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
                </svg>
              </button>}
            </li>
          ))}
        </ul>
      )}
      {canWrite && <DraftOffer kept={form.kept}><form class="record-form participant-form" onSubmit={onSubmit} noValidate>
        <InputField form={form} field="name" idPrefix="participant-" label={t('outreach.participantName')} />
        <InputField form={form} field="position" idPrefix="participant-" label={t('outreach.participantNote')} />
        <button type="submit" class="button button--secondary button--wide" disabled={form.phase === 'saving'}>{t('outreach.addParticipant')}</button>
      </form></DraftOffer>}
    </section>
  );
}
