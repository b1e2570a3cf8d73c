// Add or edit a sponsor (orang tua asuh): kind, name, contact person, phone, address, notes.
// Saves through the repository (offline: kept and queued) and opens the sponsor's page.
import { useLocation } from 'preact-iso';
import { offeredSponsorKinds } from '../../domain/sponsor.ts';
import type { Sponsor } from '../../domain/sponsor.ts';
import { issueText } from '../components/issue-text.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import { useSponsor } from '../data/genting.ts';
import { createRecord, updateRecord, useKnownVillageCode } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { saveLastVillageCode } from '../platform/settings.ts';
import { FormAlert, SaveBar, focusFirstInvalid } from '../pokja/form-actions.tsx';
import { InputField, VillageInput } from '../pokja/input-field.tsx';
import { useRecordForm } from '../pokja/use-record-form.ts';
import { draftOf, fieldsOf, sponsorSpec } from './genting-drafts.ts';
import type { SponsorField } from './genting-drafts.ts';
import './genting.css';
import { draftKey } from '../data/drafts.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

type Field = SponsorField | 'villageCode';

function SponsorForm({ sponsor, villageCode }: { sponsor: Sponsor | null; villageCode: string }) {
  const t = useT();
  const { route } = useLocation();
  const initial = { ...draftOf(sponsorSpec, sponsor), villageCode: sponsor?.villageCode ?? villageCode };
  const form = useRecordForm<Field>(draftKey('sponsor', sponsor?.id), initial, async (draft) => {
    const fields = fieldsOf(sponsorSpec, draft);
    if (sponsor) return updateRecord('sponsor', sponsor.id, fields);
    const village = draft.villageCode.replace(/[.\s]/g, '');
    const outcome = await createRecord('sponsor', { ...fields, villageCode: village });
    if (outcome.ok) saveLastVillageCode(village);
    return outcome;
  });
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    const id = await form.submit();
    if (id) route(`/orang-tua-asuh/${id}`, true);
    else focusFirstInvalid(element);
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="record-form" onSubmit={onSubmit} noValidate data-testid="sponsor-form">
      <FormAlert phase={form.phase} />
      <fieldset class="form-section">
        {!villageCode && !sponsor && <VillageInput form={form} field="villageCode" />}
        <SelectField
          id="kind"
          label={t('sponsors.sponsor.fields.kind')}
          value={form.draft.kind}
          options={[...new Set([...offeredSponsorKinds, ...(sponsor && !offeredSponsorKinds.includes(sponsor.kind) ? [sponsor.kind] : [])])].map((kind) => ({ value: kind, label: t(`enums.sponsorKind.${kind}`) }))}
          onValue={(value) => form.setField('kind', value)}
          error={issueText(t, form.errors.kind)}
          isRequired
        />
        <InputField form={form} field="name" label={t('sponsors.sponsor.fields.name')} isRequired />
        <InputField form={form} field="contactPerson" label={t('sponsors.sponsor.fields.contactPerson')} />
        <InputField form={form} field="phone" label={t('sponsors.sponsor.fields.phone')} type="tel" inputMode="tel" />
        <InputField form={form} field="address" label={t('sponsors.sponsor.fields.address')} isMultiline />
        <InputField form={form} field="notes" label={t('sponsors.sponsor.fields.notes')} isMultiline />
      </fieldset>
      <SaveBar phase={form.phase} label={t('sponsors.sponsor.save')} onCancel={() => route(sponsor ? `/orang-tua-asuh/${sponsor.id}` : '/orang-tua-asuh')} />
    </form>
    </DraftOffer>
  );
}

export function SponsorFormScreen({ id }: { id?: string }) {
  const t = useT();
  const sponsor = useSponsor(id ?? '');
  const villageCode = useKnownVillageCode();
  const back = id ? { href: `/orang-tua-asuh/${id}`, label: t('common.back') } : { href: '/orang-tua-asuh', label: t('sponsors.sponsor.back') };
  const title = id ? t('sponsors.sponsor.editTitle') : t('sponsors.sponsor.addTitle');
  if (villageCode === undefined || (id && sponsor === undefined)) return <p class="loading">{t('common.loading')}</p>;
  if (id && (!sponsor || sponsor.deleted)) return <div class="screen"><PageHeader title={title} back={back} lead={t('sponsors.sponsor.notFound')} /></div>;
  return (
    <div class="screen screen--form">
      <PageHeader title={title} back={back} />
      <SponsorForm sponsor={sponsor ?? null} villageCode={villageCode} />
    </div>
  );
}
