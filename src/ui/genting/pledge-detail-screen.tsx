// One pledge: what, how often and for whom; its fulfilment (deliveries due by the schedule
// up to today versus delivered, overdue in red, the next due date); and its deliveries, each
// with "Hapus penyaluran"; "Hapus komitmen" at the end.
import { RecordHistoryCard } from '../account/record-history-card.tsx';
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { Delivery } from '../../domain/delivery.ts';
import { pledgeFulfilment } from '../../domain/pledge-fulfilment.ts';
import type { Fulfilment } from '../../domain/pledge-fulfilment.ts';
import type { PledgeStatus } from '../../domain/pledge.ts';
import { DetailCard } from '../components/detail-card.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useAllGentingRecords, usePledge, usePledgeDeliveries } from '../data/genting.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import { AddLink } from '../pokja/add-link.tsx';
import { DeleteDeliveryButton } from './delete-delivery-button.tsx';
import { DeletePledgeButton } from './delete-pledge-button.tsx';
import { FulfilmentBadge } from './fulfilment-badge.tsx';
import { beneficiaryLabel, formatNumber, formatRupiah, pledgeAmountText } from './pledge-text.ts';
import './genting.css';

function FulfilmentCard({ fulfilment, status }: { fulfilment: Fulfilment; status: PledgeStatus }) {
  const t = useT();
  const [language] = useLanguage();
  return (
    <section class={fulfilment.overdue ? 'card fulfilment-card fulfilment-card--overdue' : 'card fulfilment-card'} data-testid="fulfilment-card">
      <h2 class="card__title">{t('sponsors.pledge.fulfilment')}</h2>
      <p class="fulfilment-card__figure">
        <span class="fulfilment-card__big">{fulfilment.delivered}</span>/<span>{fulfilment.due}</span>
      </p>
      <p><FulfilmentBadge fulfilment={fulfilment} status={status} /></p>
      <p class="card__text">
        {fulfilment.nextDueDate ? t('sponsors.pledge.nextDue', { date: formatDate(fulfilment.nextDueDate, language) }) : status === 'aktif' || status === 'selesai' ? t('sponsors.pledge.complete') : ''}
      </p>
      {fulfilment.deliveredValueRp > 0 && <p class="card__text">{t('sponsors.pledge.deliveredValue', { value: formatRupiah(fulfilment.deliveredValueRp) })}</p>}
    </section>
  );
}

function DeliveryItem({ delivery }: { delivery: Delivery }) {
  const t = useT();
  const [language] = useLanguage();
  const amount = [delivery.quantity != null ? `${formatNumber(delivery.quantity)} ${delivery.unit ?? ''}`.trim() : null, delivery.valueRp != null ? formatRupiah(delivery.valueRp) : null].filter(Boolean).join(' · ');
  const people = [delivery.deliveredBy ? t('sponsors.delivery.deliveredBy', { name: delivery.deliveredBy }) : null, delivery.receivedBy ? t('sponsors.delivery.receivedBy', { name: delivery.receivedBy }) : null].filter(Boolean).join(' · ');
  return (
    <li class="list-item delivery-item" data-testid="delivery-item">
      <div class="list-item__body delivery-item__body">
        <span class="list-item__meta">{formatDate(delivery.date, language)}</span>
        <span class="list-item__title">{delivery.items}</span>
        {amount && <span class="list-item__sub">{amount}</span>}
        {people && <span class="list-item__sub">{people}</span>}
        {delivery.note && <span class="list-item__sub">{delivery.note}</span>}
        <DeleteDeliveryButton delivery={delivery} />
      </div>
    </li>
  );
}

export function PledgeDetailScreen({ id }: { id: string }) {
  const t = useT();
  const [language] = useLanguage();
  const pledge = usePledge(id);
  const deliveries = usePledgeDeliveries(id);
  const records = useAllGentingRecords();
  if (pledge === undefined || !deliveries || !records) return <p class="loading">{t('common.loading')}</p>;
  const back = { href: pledge ? `/orang-tua-asuh/${pledge.sponsorId}` : '/orang-tua-asuh', label: t('sponsors.pledge.back') };
  if (!pledge || pledge.deleted) return <div class="screen"><PageHeader title={t('sponsors.pledge.title')} back={back} lead={t('sponsors.pledge.notFound')} /></div>;
  const sponsor = records.sponsors.find((s) => s.id === pledge.sponsorId);
  const beneficiary = beneficiaryLabel(t, pledge, records.households, records.persons);
  const fulfilment = pledgeFulfilment(pledge, deliveries, deviceToday());
  const edit = (
    <IfCanWrite kind="pledge">
      <a class="button button--secondary" href={`/orang-tua-asuh/komitmen/${id}/ubah`} data-testid="edit-pledge">
        {t('common.edit')}
      </a>
    </IfCanWrite>
  );
  return (
    <div class="screen" data-testid="pledge-detail">
      <PageHeader title={t(`enums.supportType.${pledge.supportType}`)} back={back} lead={sponsor?.name} action={edit} />
      <FulfilmentCard fulfilment={fulfilment} status={pledge.status} />
      <DetailCard
        title={t('sponsors.pledge.title')}
        rows={[
          { label: t('sponsors.pledge.fields.beneficiary'), value: beneficiary ? `${beneficiary.name} · ${beneficiary.kindLabel}${beneficiary.dusun ? ` · ${beneficiary.dusun}` : ''}` : t('sponsors.pledge.notAssigned') },
          { label: t('sponsors.pledge.fields.description'), value: pledge.description },
          { label: t('sponsors.pledge.fields.quantity'), value: pledgeAmountText(pledge) },
          { label: t('sponsors.pledge.fields.schedule'), value: `${t(`enums.pledgeSchedule.${pledge.schedule}`)}${pledge.schedule !== 'sekali' ? ` · ${pledge.periods ? t('sponsors.pledge.periodsOf', { count: pledge.periods }) : t('sponsors.pledge.openEnded')}` : ''}` },
          { label: t('sponsors.pledge.fields.startDate'), value: formatDate(pledge.startDate, language) },
          { label: t('sponsors.pledge.fields.status'), value: t(`enums.pledgeStatus.${pledge.status}`) },
          { label: t('sponsors.pledge.fields.notes'), value: pledge.notes },
        ]}
      />
      <h2 class="section-title">{t('sponsors.pledge.deliveries')}</h2>
      {deliveries.length === 0 ? (
        <p class="card card__lead">{t('sponsors.pledge.noDeliveries')}</p>
      ) : (
        <ul class="list" data-testid="delivery-list">
          {[...deliveries].reverse().map((delivery) => <DeliveryItem key={delivery.id} delivery={delivery} />)}
        </ul>
      )}
      <div class="floating-action">
        <IfCanWrite kind="delivery">
          <AddLink href={`/orang-tua-asuh/komitmen/${id}/penyaluran`} label={t('sponsors.pledge.addDelivery')} testId="add-delivery" />
        </IfCanWrite>
      </div>
      <RecordHistoryCard kind="pledge" id={pledge.id} fieldKeys="sponsors.pledge.fields" />
      <DeletePledgeButton pledge={pledge} deliveries={deliveries} sponsorName={sponsor?.name ?? ''} />
    </div>
  );
}
