// Log or edit a GenRe outreach session: when and where, topic, presenter, and the audience
// counted by sex and age group (anak < 10, remaja 10-24, dewasa >= 25; empty = 0). Saves
// through the repository (offline: kept and queued) and opens the session.
import { useLocation } from 'preact-iso';
import type { Outreach } from '../../domain/outreach.ts';
import { audienceGroups, outreachTopics } from '../../domain/outreach.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import { issueText } from '../components/issue-text.ts';
import { createRecord, updateRecord, useKnownVillageCode } from '../data/pokja.ts';
import { useOutreach } from '../data/outreach.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { saveLastVillageCode } from '../platform/settings.ts';
import { FormAlert, SaveBar, focusFirstInvalid } from '../pokja/form-actions.tsx';
import { InputField, VillageInput } from '../pokja/input-field.tsx';
import { outreachSpec } from '../pokja/pokja-drafts.ts';
import type { OutreachField } from '../pokja/pokja-drafts.ts';
import { draftFromRecord, draftToFields, emptyDraftOf } from '../pokja/record-draft.ts';
import type { Draft } from '../pokja/record-draft.ts';
import { useRecordForm } from '../pokja/use-record-form.ts';
import type { RecordForm } from '../pokja/use-record-form.ts';
import '../pokja/pokja.css';
import { draftKey } from '../data/drafts.ts';
import { useSignedInName } from '../data/session.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

function AudienceFields({ form }: { form: RecordForm<OutreachField> }) {
  const t = useT();
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">{t('outreach.sectionAudience')}</legend>
      <p class="field__hint">{t('outreach.sectionAudienceHint')}</p>
      {audienceGroups.map((group) => {
        const suffix = `${group.charAt(0).toUpperCase()}${group.slice(1)}` as 'Anak' | 'Remaja' | 'Dewasa';
        return (
          <fieldset class="count-group" key={group}>
            <legend class="count-group__title">{t(`enums.audienceGroup.${group}`)}</legend>
            <div class="count-grid">
              {(['male', 'female'] as const).map((sex) => (
                <InputField key={sex} form={form} field={`${sex}${suffix}`} label={t(`outreach.${sex}`)} type="number" inputMode="numeric" />
              ))}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}

function OutreachForm({ session, villageCode }: { session: Outreach | null; villageCode: string }) {
  const t = useT();
  const { route } = useLocation();
  const presenter = useSignedInName();
  const initial = session ? draftFromRecord(outreachSpec, session) : emptyDraftOf(outreachSpec, { villageCode, date: deviceToday(), presenter });
  const save = async (draft: Draft<OutreachField>) => {
    const fields = draftToFields(outreachSpec, draft);
    const outcome = session ? await updateRecord('outreach', session.id, fields) : await createRecord('outreach', fields);
    if (outcome.ok) saveLastVillageCode(String(fields.villageCode));
    return outcome;
  };
  const form = useRecordForm(draftKey('outreach', session?.id), initial, save);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    const id = await form.submit();
    if (id) route(`/genre/${id}`, true);
    else focusFirstInvalid(element);
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="record-form" onSubmit={onSubmit} noValidate data-testid="outreach-form">
      <FormAlert phase={form.phase} />
      <fieldset class="form-section">
        <legend class="form-section__title">{t('outreach.sectionWhen')}</legend>
        {!villageCode && !session && <VillageInput form={form} field="villageCode" />}
        <InputField form={form} field="date" label={t('outreach.fields.date')} type="date" isRequired />
        <div class="field-row">
          <InputField form={form} field="startTime" label={t('outreach.fields.startTime')} type="time" />
          <InputField form={form} field="endTime" label={t('outreach.fields.endTime')} type="time" />
        </div>
        <InputField form={form} field="place" label={t('outreach.fields.place')} isRequired />
        <SelectField
          id="topic"
          label={t('outreach.fields.topic')}
          value={form.draft.topic}
          options={outreachTopics.map((topic) => ({ value: topic, label: t(`enums.outreachTopic.${topic}`) }))}
          onValue={(value) => form.setField('topic', value)}
          error={issueText(t, form.errors.topic)}
          isRequired
        />
        <InputField form={form} field="title" label={t('outreach.fields.title')} />
        <InputField form={form} field="presenter" label={t('outreach.fields.presenter')} />
      </fieldset>
      <AudienceFields form={form} />
      <fieldset class="form-section">
        <InputField form={form} field="notes" label={t('outreach.fields.notes')} isMultiline />
      </fieldset>
      <SaveBar phase={form.phase} label={t('outreach.save')} onCancel={() => route(session ? `/genre/${session.id}` : '/genre')} />
    </form>
    </DraftOffer>
  );
}

export function OutreachFormScreen({ id }: { id?: string }) {
  const t = useT();
  const session = useOutreach(id ?? '');
  const villageCode = useKnownVillageCode();
  const back = { href: id ? `/genre/${id}` : '/genre', label: t('outreach.detailBack') };
  const title = id ? t('outreach.editTitle') : t('outreach.addTitle');
  if (villageCode === undefined || (id && session === undefined)) return <p class="loading">{t('common.loading')}</p>;
  if (id && (!session || session.deleted)) return <div class="screen"><PageHeader title={title} back={back} lead={t('outreach.notFound')} /></div>;
  return (
    <div class="screen screen--form">
      <PageHeader title={title} back={back} />
      <OutreachForm session={session ?? null} villageCode={villageCode} />
    </div>
  );
}
