// "Penyaluran jatuh tempo" (issue #14): the deliveries due today or earlier and not yet
// recorded (reports/pledge-overview.ts deliveriesDue). Beranda counts them for the koordinator,
// who records them; one tap lists them (/orang-tua-asuh/jatuh-tempo), each a link to its
// pledge, where "Catat penyaluran" is.
import { buildPledgeRows, deliveriesDue } from '../../reports/pledge-overview.ts';
import type { PledgeRow } from '../../reports/pledge-overview.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useGentingRecords } from '../data/genting.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { PledgeReminder } from './overdue-pledges-card.tsx';
import './genting.css';

function useDeliveriesDue(): PledgeRow[] | undefined {
  const records = useGentingRecords();
  return records ? deliveriesDue(buildPledgeRows(records.pledges, records.deliveries, records.sponsors, deviceToday())) : undefined;
}

/** Beranda's link; nothing when no delivery is due. */
export function DeliveriesDueLink() {
  const t = useT();
  const due = useDeliveriesDue();
  if (!due || due.length === 0) return null;
  return (
    <a class="button button--secondary button--wide button--large" href="/orang-tua-asuh/jatuh-tempo" data-testid="home-deliveries-due">
      {t('sponsors.due.link', { count: due.length })}
    </a>
  );
}

export function DeliveriesDueScreen() {
  const t = useT();
  const due = useDeliveriesDue();
  const back = { href: '/orang-tua-asuh', label: t('sponsors.home.title') };
  if (!due) return <p class="loading">{t('common.loading')}</p>;
  return (
    <div class="screen" data-testid="deliveries-due">
      <PageHeader title={t('sponsors.due.title')} back={back} lead={t('sponsors.due.lead')} />
      {due.length === 0 && <p class="card card__text">{t('sponsors.due.none')}</p>}
      <ul class="list">
        {due.map((row) => (
          <PledgeReminder key={row.pledge.id} row={row} overdue={row.fulfilment.overdue} testId="due-pledge" note={t('sponsors.due.owed', { count: row.fulfilment.due - row.fulfilment.delivered })} />
        ))}
      </ul>
    </div>
  );
}
