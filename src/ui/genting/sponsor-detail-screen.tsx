// One sponsor: details, pledges with their fulfilment (overdue in red), and the ways to add
// a pledge and to open the printable "Laporan untuk Orang Tua Asuh"; "Hapus orang tua asuh".
import { RecordHistoryCard } from '../account/record-history-card.tsx';
import { IfCanWrite } from '../account/if-can-write.tsx';
import { buildPledgeRows } from '../../reports/pledge-overview.ts';
import { DetailCard } from '../components/detail-card.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useAllGentingRecords, useSponsor } from '../data/genting.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { AddLink } from '../pokja/add-link.tsx';
import { DeleteSponsorButton } from './delete-sponsor-button.tsx';
import { PledgeItem } from './pledge-item.tsx';
import { beneficiaryLabel } from './pledge-text.ts';
import './genting.css';

export function SponsorDetailScreen({ id }: { id: string }) {
  const t = useT();
  const sponsor = useSponsor(id);
  const records = useAllGentingRecords();
  const back = { href: '/orang-tua-asuh', label: t('sponsors.sponsor.back') };
  if (sponsor === undefined || !records) return <p class="loading">{t('common.loading')}</p>;
  if (!sponsor || sponsor.deleted) return <div class="screen"><PageHeader title={t('sponsors.sponsor.details')} back={back} lead={t('sponsors.sponsor.notFound')} /></div>;
  const rows = buildPledgeRows(records.pledges.filter((p) => p.sponsorId === id), records.deliveries, records.sponsors, deviceToday());
  const edit = (
    <IfCanWrite kind="sponsor">
      <a class="button button--secondary" href={`/orang-tua-asuh/${id}/ubah`} data-testid="edit-sponsor">
        {t('common.edit')}
      </a>
    </IfCanWrite>
  );
  return (
    <div class="screen" data-testid="sponsor-detail">
      <PageHeader title={sponsor.name} back={back} lead={t(`enums.sponsorKind.${sponsor.kind}`)} action={edit} />
      <DetailCard
        title={t('sponsors.sponsor.details')}
        rows={[
          { label: t('sponsors.sponsor.fields.contactPerson'), value: sponsor.contactPerson },
          { label: t('sponsors.sponsor.fields.phone'), value: sponsor.phone },
          { label: t('sponsors.sponsor.fields.address'), value: sponsor.address },
          { label: t('sponsors.sponsor.fields.notes'), value: sponsor.notes },
        ]}
      />
      <a class="button button--secondary button--wide button--large" href={`/orang-tua-asuh/${id}/laporan`} data-testid="open-sponsor-report">
        {t('sponsors.sponsor.report')}
      </a>
      <h2 class="section-title">{t('sponsors.sponsor.pledges')}</h2>
      {rows.length === 0 ? (
        <p class="card card__lead">{t('sponsors.sponsor.noPledges')}</p>
      ) : (
        <ul class="list" data-testid="pledge-list">
          {rows.map((row) => (
            <PledgeItem key={row.pledge.id} row={row} beneficiary={beneficiaryLabel(t, row.pledge, records.households, records.persons)} />
          ))}
        </ul>
      )}
      <div class="floating-action">
        <IfCanWrite kind="pledge">
          <AddLink href={`/orang-tua-asuh/komitmen/baru?sponsor=${id}`} label={t('sponsors.sponsor.addPledge')} testId="add-pledge" />
        </IfCanWrite>
      </div>
      <RecordHistoryCard kind="sponsor" id={sponsor.id} fieldKeys="sponsors.sponsor.fields" />
      <DeleteSponsorButton sponsor={sponsor} pledges={records.pledges} deliveries={records.deliveries} />
    </div>
  );
}
