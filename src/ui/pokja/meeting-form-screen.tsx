// Add or edit a Pokja meeting: when and where, then the fields of the meeting report
// (agenda, A background, B objectives, C expected results, E material, G conclusions).
// Saves through the repository (offline: kept and queued) and opens the meeting.
import { useLocation } from 'preact-iso';
import type { Meeting } from '../../domain/meeting.ts';
import { PageHeader } from '../components/page-header.tsx';
import { createRecord, updateRecord, useKnownVillageCode, useMeeting, useMeetings } from '../data/pokja.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import { saveLastVillageCode } from '../platform/settings.ts';
import { FormAlert, SaveBar, focusFirstInvalid } from './form-actions.tsx';
import { InputField, VillageInput } from './input-field.tsx';
import { meetingSpec, previousMeetingWithSections, standingSections } from './pokja-drafts.ts';
import type { MeetingField } from './pokja-drafts.ts';
import { draftFromRecord, draftToFields, emptyDraftOf } from './record-draft.ts';
import type { Draft } from './record-draft.ts';
import { useRecordForm } from './use-record-form.ts';
import './pokja.css';
import { draftKey } from '../data/drafts.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

const contentFields = ['agenda', 'background', 'objectives', 'expectedResults', 'material', 'conclusions'] as const;

function MeetingForm({ meeting, villageCode }: { meeting: Meeting | null; villageCode: string }) {
  const t = useT();
  const { route } = useLocation();
  const initial = meeting ? draftFromRecord(meetingSpec, meeting) : emptyDraftOf(meetingSpec, { villageCode, date: deviceToday() });
  const save = async (draft: Draft<MeetingField>) => {
    const fields = draftToFields(meetingSpec, draft);
    const outcome = meeting ? await updateRecord('meeting', meeting.id, fields) : await createRecord('meeting', fields);
    if (outcome.ok) saveLastVillageCode(String(fields.villageCode));
    return outcome;
  };
  const form = useRecordForm(draftKey('meeting', meeting?.id), initial, save);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    const id = await form.submit();
    if (id) route(`/pokja/pertemuan/${id}`, true);
    else focusFirstInvalid(element);
  };
  const cancelHref = meeting ? `/pokja/pertemuan/${meeting.id}` : '/pokja';
  const [language] = useLanguage();
  const meetings = useMeetings();
  const previous = meetings ? previousMeetingWithSections(meetings, meeting?.id ?? null, form.draft.date) : null;
  // "Salin dari pertemuan sebelumnya": A-C as the last meeting wrote them; asks before replacing what is typed.
  const copyStanding = () => {
    if (!previous) return;
    const typed = standingSections.some((field) => form.draft[field].trim() !== '' && form.draft[field] !== (previous[field] ?? ''));
    if (typed && !window.confirm(t('pokja.meeting.copyConfirm'))) return;
    for (const field of standingSections) form.setField(field, previous[field] ?? '');
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="record-form" onSubmit={onSubmit} noValidate data-testid="meeting-form">
      <FormAlert phase={form.phase} />
      <fieldset class="form-section">
        <legend class="form-section__title">{t('pokja.meeting.sectionWhen')}</legend>
        {!villageCode && !meeting && <VillageInput form={form} field="villageCode" />}
        <InputField form={form} field="title" label={t('pokja.meeting.fields.title')} hint={t('pokja.meeting.fields.titleHint')} isRequired />
        <InputField form={form} field="date" label={t('pokja.meeting.fields.date')} type="date" isRequired />
        <div class="field-row">
          <InputField form={form} field="startTime" label={t('pokja.meeting.fields.startTime')} type="time" />
          <InputField form={form} field="endTime" label={t('pokja.meeting.fields.endTime')} type="time" />
        </div>
        <InputField form={form} field="place" label={t('pokja.meeting.fields.place')} />
      </fieldset>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('pokja.meeting.sectionContent')}</legend>
        {previous && (
          <button type="button" class="button button--secondary button--wide" onClick={copyStanding} data-testid="copy-previous-meeting">
            {t('pokja.meeting.copyPrevious', { title: previous.title, date: formatDate(previous.date, language, 'medium') })}
          </button>
        )}
        {contentFields.map((field) => (
          <InputField key={field} form={form} field={field} label={t(`pokja.meeting.fields.${field}`)} isMultiline />
        ))}
      </fieldset>
      <SaveBar phase={form.phase} label={t('pokja.meeting.save')} onCancel={() => route(cancelHref)} />
    </form>
    </DraftOffer>
  );
}

export function MeetingFormScreen({ id }: { id?: string }) {
  const t = useT();
  const meeting = useMeeting(id ?? '');
  const villageCode = useKnownVillageCode();
  const back = id ? { href: `/pokja/pertemuan/${id}`, label: t('pokja.action.back') } : { href: '/pokja', label: t('pokja.meeting.back') };
  const title = id ? t('pokja.meeting.editTitle') : t('pokja.meeting.addTitle');
  if (villageCode === undefined || (id && meeting === undefined)) return <p class="loading">{t('common.loading')}</p>;
  if (id && (!meeting || meeting.deleted)) return <div class="screen"><PageHeader title={title} back={back} lead={t('pokja.meeting.notFound')} /></div>;
  return (
    <div class="screen screen--form">
      <PageHeader title={title} back={back} />
      <MeetingForm meeting={meeting ?? null} villageCode={villageCode} />
    </div>
  );
}
