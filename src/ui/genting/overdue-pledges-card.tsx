// Beranda: the pledges behind schedule today (most periods behind first), each a link to the
// pledge so the coordinator can record the delivery or call the sponsor. Nothing when none.
import { buildPledgeRows, overduePledges } from '../../reports/pledge-overview.ts';
import type { PledgeRow } from '../../reports/pledge-overview.ts';
import { useGentingRecords } from '../data/genting.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import './genting.css';

/** One pledge in a reminder list: the sponsor, what it gives, why it is listed and since when; a link to the pledge. */
export function PledgeReminder({ row, note, overdue, testId }: { row: PledgeRow; note: string; overdue: boolean; testId: string }) {
  const t = useT();
  const [language] = useLanguage();
  const { pledge, sponsorName, fulfilment } = row;
  return (
    <li class={overdue ? 'list-item pledge-item--overdue' : 'list-item'} data-testid={testId}>
      <a class="list-item__link" href={`/orang-tua-asuh/komitmen/${pledge.id}`}>
        <span class="list-item__body">
          <span class="list-item__title">{sponsorName ?? t('sponsors.overdue.unknownSponsor')}</span>
          <span class="list-item__sub">{t(`enums.supportType.${pledge.supportType}`)}</span>
          <span class={overdue ? 'list-item__meta overdue-text' : 'list-item__meta'}>
            <strong>{note}</strong>
            {fulfilment.nextDueDate && ` · ${t('sponsors.overdue.since', { date: formatDate(fulfilment.nextDueDate, language, 'medium') })}`}
          </span>
        </span>
      </a>
    </li>
  );
}

export function OverduePledgesCard() {
  const t = useT();
  const records = useGentingRecords();
  if (!records) return null;
  const overdue = overduePledges(buildPledgeRows(records.pledges, records.deliveries, records.sponsors, deviceToday()));
  if (overdue.length === 0) return null;
  return (
    <section class="overdue-card" data-testid="overdue-pledges">
      <h2 class="section-title">{t('sponsors.overdue.title')}</h2>
      <ul class="list">
        {overdue.slice(0, 5).map((row) => (
          <PledgeReminder key={row.pledge.id} row={row} overdue testId="overdue-pledge" note={t('sponsors.overdue.behind', { count: row.fulfilment.behind })} />
        ))}
      </ul>
    </section>
  );
}
