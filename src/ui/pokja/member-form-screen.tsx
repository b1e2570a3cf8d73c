// Add or edit a Pokja member: name, position from the programme's list (with a note for a
// precise title), phone and whether the member is still active. Saves through the
// repository (offline: kept and queued) and returns to the member list.
import { RecordHistoryCard } from '../account/record-history-card.tsx';
import { useLocation } from 'preact-iso';
import { pokjaPositions } from '../../domain/pokja-member.ts';
import type { PokjaMember } from '../../domain/pokja-member.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import { issueText } from '../components/issue-text.ts';
import { createRecord, updateRecord, useKnownVillageCode, usePokjaMember } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { saveLastVillageCode } from '../platform/settings.ts';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';
import { FormAlert, SaveBar, focusFirstInvalid } from './form-actions.tsx';
import { InputField, VillageInput } from './input-field.tsx';
import { memberSpec } from './pokja-drafts.ts';
import type { MemberField } from './pokja-drafts.ts';
import { draftFromRecord, draftToFields, emptyDraftOf, switchOn } from './record-draft.ts';
import type { Draft } from './record-draft.ts';
import { useRecordForm } from './use-record-form.ts';
import './pokja.css';
import { draftKey } from '../data/drafts.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

const listHref = '/pokja/anggota';

function MemberForm({ member, villageCode }: { member: PokjaMember | null; villageCode: string }) {
  const t = useT();
  const { route } = useLocation();
  const initial = member ? draftFromRecord(memberSpec, member) : emptyDraftOf(memberSpec, { villageCode, active: switchOn });
  const save = async (draft: Draft<MemberField>) => {
    const fields = draftToFields(memberSpec, draft);
    const outcome = member ? await updateRecord('pokjaMember', member.id, fields) : await createRecord('pokjaMember', fields);
    if (outcome.ok) saveLastVillageCode(String(fields.villageCode));
    return outcome;
  };
  const form = useRecordForm(draftKey('pokjaMember', member?.id), initial, save);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    if (await form.submit()) route(listHref, true);
    else focusFirstInvalid(element);
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="record-form" onSubmit={onSubmit} noValidate data-testid="member-form">
      <FormAlert phase={form.phase} />
      <fieldset class="form-section">
        {!villageCode && !member && <VillageInput form={form} field="villageCode" />}
        <InputField form={form} field="name" label={t('pokja.member.fields.name')} isRequired />
        <SelectField
          id="position"
          label={t('pokja.member.fields.position')}
          value={form.draft.position}
          options={pokjaPositions.map((position) => ({ value: position, label: t(`enums.pokjaPosition.${position}`) }))}
          onValue={(value) => form.setField('position', value)}
          error={issueText(t, form.errors.position)}
          isRequired
        />
        <InputField form={form} field="positionNote" label={t('pokja.member.fields.positionNote')} hint={t('pokja.member.fields.positionNoteHint')} />
        <InputField form={form} field="phone" label={t('pokja.member.fields.phone')} type="tel" inputMode="tel" />
        <label class="check-row">
          <input
            type="checkbox"
            checked={form.draft.active === switchOn}
            onChange={(event) => form.setField('active', event.currentTarget.checked ? switchOn : '')}
          />
          <span>{t('pokja.member.fields.active')}</span>
        </label>
      </fieldset>
      <SaveBar phase={form.phase} label={t('pokja.member.save')} onCancel={() => route(listHref)} />
    </form>
    </DraftOffer>
  );
}

export function MemberFormScreen({ id }: { id?: string }) {
  const t = useT();
  const member = usePokjaMember(id ?? '');
  const villageCode = useKnownVillageCode();
  const back = { href: listHref, label: t('pokja.member.back') };
  const title = id ? t('pokja.member.editTitle') : t('pokja.member.addTitle');
  if (villageCode === undefined || (id && member === undefined)) return <p class="loading">{t('common.loading')}</p>;
  if (id && (!member || member.deleted)) return <div class="screen"><PageHeader title={title} back={back} lead={t('pokja.member.notFound')} /></div>;
  return (
    <div class="screen screen--form">
      <PageHeader title={title} back={back} />
      <MemberForm member={member ?? null} villageCode={villageCode} />
      {member && (
        <DeleteRecordButton
          records={[{ kind: 'pokjaMember', id: member.id }]}
          label={t('sync.remove.pokjaMember')}
          confirm={deleteQuestion(t, t('sync.remove.pokjaMemberConfirm', { name: member.name }))}
          to={listHref}
          testId="delete-pokja-member"
        />
      )}
      {member && <RecordHistoryCard kind="pokjaMember" id={member.id} fieldKeys="pokja.member.fields" />}
    </div>
  );
}
