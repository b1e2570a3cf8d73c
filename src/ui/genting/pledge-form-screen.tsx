// Add or edit a pledge (komitmen): sponsor, support type, quantity and unit or Rupiah per
// time, schedule (once, weekly, monthly), start date and number of times, beneficiary (an
// at-risk child, pregnant woman or family of the village, or not yet assigned) and status.
// From the matching list the beneficiary comes prefilled (?untuk=kind:id), so one save
// both creates the pledge and assigns it. Saves through the repository (offline: queued).
import { useLocation } from 'preact-iso';
import { pledgeSchedules, pledgeStatuses, supportTypes } from '../../domain/pledge.ts';
import type { Pledge } from '../../domain/pledge.ts';
import type { Sponsor } from '../../domain/sponsor.ts';
import { issueText } from '../components/issue-text.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import type { SelectOption } from '../components/select-field.tsx';
import { usePledge } from '../data/genting.ts';
import { createRecord, updateRecord } from '../data/pokja.ts';
import type { Translate } from '../i18n/language.tsx';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { FormAlert, SaveBar, focusFirstInvalid } from '../pokja/form-actions.tsx';
import { InputField } from '../pokja/input-field.tsx';
import { useRecordForm } from '../pokja/use-record-form.ts';
import type { RecordForm } from '../pokja/use-record-form.ts';
import { beneficiaryValue, draftOf, fieldsOf, parseBeneficiary, pledgeSpec } from './genting-drafts.ts';
import type { PledgeField } from './genting-drafts.ts';
import { beneficiaryLabel } from './pledge-text.ts';
import { useGentingOverview } from './use-genting-overview.ts';
import type { GentingOverview } from './use-genting-overview.ts';
import './genting.css';
import { draftKey } from '../data/drafts.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

function beneficiaryOptions(t: Translate, overview: GentingOverview, pledge: Pledge | null): SelectOption[] {
  const options = overview.targets.map((target) => ({
    value: beneficiaryValue(target.kind, target.id),
    label: [target.kind === 'keluarga' ? t('sponsors.matching.family', { name: target.name }) : `${target.name} (${t(`enums.beneficiaryKind.${target.kind}`)})`, target.dusun].filter(Boolean).join(' · '),
  }));
  const current = pledge ? beneficiaryValue(pledge.beneficiaryKind, pledge.beneficiaryId) : '';
  const label = pledge ? beneficiaryLabel(t, pledge, overview.records.households, overview.records.persons) : null;
  if (current && !options.some((option) => option.value === current)) options.unshift({ value: current, label: label ? `${label.name} · ${label.kindLabel}` : current });
  return options;
}

function Choice({ form, field, label, options, isRequired }: { form: RecordForm<PledgeField>; field: PledgeField; label: string; options: SelectOption[]; isRequired?: boolean }) {
  const t = useT();
  return <SelectField id={field} label={label} value={form.draft[field]} options={options} onValue={(value) => form.setField(field, value)} error={issueText(t, form.errors[field === 'beneficiary' ? 'beneficiaryId' : field] ?? (field === 'beneficiary' ? form.errors.beneficiaryKind : undefined))} isRequired={isRequired ?? false} />;
}

type FormProps = { pledge: Pledge | null; sponsors: Sponsor[]; sponsorId: string; beneficiary: string; overview: GentingOverview };

function PledgeForm({ pledge, sponsors, sponsorId, beneficiary, overview }: FormProps) {
  const t = useT();
  const { route } = useLocation();
  const initial = { ...draftOf(pledgeSpec, pledge, { sponsorId, schedule: 'bulanan', startDate: deviceToday(), status: 'aktif' }), beneficiary: pledge ? beneficiaryValue(pledge.beneficiaryKind, pledge.beneficiaryId) : beneficiary };
  const form = useRecordForm<PledgeField>(draftKey('pledge', pledge?.id, sponsorId || beneficiary || undefined), initial, async (draft) => {
    const fields = { ...fieldsOf(pledgeSpec, draft), ...parseBeneficiary(draft.beneficiary) };
    if (draft.schedule === 'sekali') fields.periods = 1;
    if (pledge) return updateRecord('pledge', pledge.id, fields);
    const villageCode = sponsors.find((s) => s.id === draft.sponsorId)?.villageCode ?? overview.records.households[0]?.villageCode ?? '';
    return createRecord('pledge', { ...fields, villageCode });
  });
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    const id = await form.submit();
    if (id) route(`/orang-tua-asuh/komitmen/${id}`, true);
    else focusFirstInvalid(element);
  };
  const cancel = pledge ? `/orang-tua-asuh/komitmen/${pledge.id}` : sponsorId ? `/orang-tua-asuh/${sponsorId}` : '/orang-tua-asuh/pencocokan';
  const enumOptions = <T extends string>(values: readonly T[], label: (value: T) => string) => values.map((value) => ({ value, label: label(value) }));
  return (
    <DraftOffer kept={form.kept}>
    <form class="record-form" onSubmit={onSubmit} noValidate data-testid="pledge-form">
      <FormAlert phase={form.phase} />
      <fieldset class="form-section">
        <legend class="form-section__title">{t('sponsors.pledge.sectionWhat')}</legend>
        {!pledge && !sponsorId && <Choice form={form} field="sponsorId" label={t('sponsors.pledge.fields.sponsorId')} options={sponsors.map((s) => ({ value: s.id, label: s.name }))} isRequired />}
        <Choice form={form} field="supportType" label={t('sponsors.pledge.fields.supportType')} options={enumOptions(supportTypes, (v) => t(`enums.supportType.${v}`))} isRequired />
        <InputField form={form} field="description" label={t('sponsors.pledge.fields.description')} hint={t('sponsors.pledge.fields.descriptionHint')} />
        <div class="field-row">
          <InputField form={form} field="quantity" label={t('sponsors.pledge.fields.quantity')} inputMode="text" hint={t('sponsors.pledge.fields.amountHint')} />
          <InputField form={form} field="unit" label={t('sponsors.pledge.fields.unit')} hint={t('sponsors.pledge.fields.unitHint')} />
        </div>
        <InputField form={form} field="amountRp" label={t('sponsors.pledge.fields.amountRp')} inputMode="numeric" />
      </fieldset>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('sponsors.pledge.sectionWhen')}</legend>
        <Choice form={form} field="schedule" label={t('sponsors.pledge.fields.schedule')} options={enumOptions(pledgeSchedules, (v) => t(`enums.pledgeSchedule.${v}`))} isRequired />
        <InputField form={form} field="startDate" label={t('sponsors.pledge.fields.startDate')} type="date" isRequired />
        {form.draft.schedule !== 'sekali' && <InputField form={form} field="periods" label={t('sponsors.pledge.fields.periods')} hint={t('sponsors.pledge.fields.periodsHint')} inputMode="numeric" />}
      </fieldset>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('sponsors.pledge.sectionFor')}</legend>
        <Choice form={form} field="beneficiary" label={t('sponsors.pledge.fields.beneficiary')} options={beneficiaryOptions(t, overview, pledge)} />
        <Choice form={form} field="status" label={t('sponsors.pledge.fields.status')} options={enumOptions(pledgeStatuses, (v) => t(`enums.pledgeStatus.${v}`))} isRequired />
        <InputField form={form} field="notes" label={t('sponsors.pledge.fields.notes')} isMultiline />
      </fieldset>
      <SaveBar phase={form.phase} label={t('sponsors.pledge.save')} onCancel={() => route(cancel)} />
    </form>
    </DraftOffer>
  );
}

export function PledgeFormScreen({ id, query }: { id?: string; query?: Record<string, string> }) {
  const t = useT();
  const pledge = usePledge(id ?? '');
  const overview = useGentingOverview();
  const sponsorId = pledge?.sponsorId ?? query?.sponsor ?? '';
  const back = { href: id ? `/orang-tua-asuh/komitmen/${id}` : sponsorId ? `/orang-tua-asuh/${sponsorId}` : '/orang-tua-asuh/pencocokan', label: t('sponsors.pledge.back') };
  const title = id ? t('sponsors.pledge.editTitle') : t('sponsors.pledge.addTitle');
  if (!overview || (id && pledge === undefined)) return <p class="loading">{t('common.loading')}</p>;
  if (id && (!pledge || pledge.deleted)) return <div class="screen"><PageHeader title={title} back={back} lead={t('sponsors.pledge.notFound')} /></div>;
  const sponsorName = overview.records.sponsors.find((s) => s.id === sponsorId)?.name;
  return (
    <div class="screen screen--form">
      <PageHeader title={title} back={back} lead={sponsorName} />
      <PledgeForm pledge={pledge ?? null} sponsors={overview.records.sponsors} sponsorId={sponsorId} beneficiary={query?.untuk ?? ''} overview={overview} />
    </div>
  );
}
