// Record an aid delivery (penyaluran) against a pledge: date, items, quantity or value,
// delivered by, received by, note. The date may not be in the future nor before the
// pledge began (rules.ts checkDelivery). Saves through the repository (offline: queued).
import { useLocation } from 'preact-iso';
import type { Pledge } from '../../domain/pledge.ts';
import { checkDelivery } from '../../domain/rules.ts';
import { PageHeader } from '../components/page-header.tsx';
import { usePledge } from '../data/genting.ts';
import { createRecord } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { FormAlert, SaveBar, focusFirstInvalid } from '../pokja/form-actions.tsx';
import { InputField } from '../pokja/input-field.tsx';
import { useRecordForm } from '../pokja/use-record-form.ts';
import { deliverySpec, draftOf, fieldsOf } from './genting-drafts.ts';
import type { DeliveryField } from './genting-drafts.ts';
import './genting.css';
import { draftKey } from '../data/drafts.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';

function DeliveryForm({ pledge }: { pledge: Pledge }) {
  const t = useT();
  const { route } = useLocation();
  const today = deviceToday();
  const initial = draftOf(deliverySpec, null, {
    date: today,
    items: pledge.description ?? '',
    quantity: pledge.quantity != null ? String(pledge.quantity) : '',
    unit: pledge.unit ?? '',
    valueRp: pledge.amountRp != null ? String(pledge.amountRp) : '',
  });
  const form = useRecordForm<DeliveryField>(draftKey('delivery', null, pledge.id), initial, async (draft) => {
    const fields = fieldsOf(deliverySpec, draft);
    const date = typeof fields.date === 'string' ? fields.date : '';
    const context = date ? checkDelivery({ date }, { today, pledgeStartDate: pledge.startDate }).errors : [];
    if (context.length > 0) return { ok: false, issues: context };
    return createRecord('delivery', { ...fields, pledgeId: pledge.id, villageCode: pledge.villageCode });
  });
  const detail = `/orang-tua-asuh/komitmen/${pledge.id}`;
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    if (await form.submit()) route(detail, true);
    else focusFirstInvalid(element);
  };
  return (
    <DraftOffer kept={form.kept}>
    <form class="record-form" onSubmit={onSubmit} noValidate data-testid="delivery-form">
      <FormAlert phase={form.phase} />
      <fieldset class="form-section">
        <InputField form={form} field="date" label={t('sponsors.delivery.fields.date')} type="date" isRequired />
        <InputField form={form} field="items" label={t('sponsors.delivery.fields.items')} hint={t('sponsors.delivery.fields.itemsHint')} isRequired />
        <div class="field-row">
          <InputField form={form} field="quantity" label={t('sponsors.delivery.fields.quantity')} />
          <InputField form={form} field="unit" label={t('sponsors.delivery.fields.unit')} />
        </div>
        <InputField form={form} field="valueRp" label={t('sponsors.delivery.fields.valueRp')} inputMode="numeric" />
        <InputField form={form} field="deliveredBy" label={t('sponsors.delivery.fields.deliveredBy')} />
        <InputField form={form} field="receivedBy" label={t('sponsors.delivery.fields.receivedBy')} />
        <InputField form={form} field="note" label={t('sponsors.delivery.fields.note')} isMultiline />
      </fieldset>
      <SaveBar phase={form.phase} label={t('sponsors.delivery.save')} onCancel={() => route(detail)} />
    </form>
    </DraftOffer>
  );
}

export function DeliveryFormScreen({ id }: { id: string }) {
  const t = useT();
  const pledge = usePledge(id);
  const back = { href: `/orang-tua-asuh/komitmen/${id}`, label: t('sponsors.pledge.back') };
  if (pledge === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (!pledge || pledge.deleted) return <div class="screen"><PageHeader title={t('sponsors.delivery.title')} back={back} lead={t('sponsors.pledge.notFound')} /></div>;
  return (
    <div class="screen screen--form">
      <PageHeader title={t('sponsors.delivery.title')} back={back} lead={t(`enums.supportType.${pledge.supportType}`)} />
      <DeliveryForm pledge={pledge} />
    </div>
  );
}
