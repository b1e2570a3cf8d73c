// "Penyaluran jatuh tempo" (issue #14): the deliveries due today or earlier and not yet
// recorded (reports/pledge-overview.ts deliveriesDue). Beranda counts them for the koordinator,
// who records them; one tap lists them (/orang-tua-asuh/jatuh-tempo), each a link to its
// pledge, where "Catat penyaluran" is.
import { buildPledgeRows, deliveriesDue } from '../../reports/pledge-overview.ts';
import type { PledgeRow } from '../../reports/pledge-overview.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useGentingRecords } from '../data/genting.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
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
  const [language] = useLanguage();
  const due = useDeliveriesDue();
  const back = { href: '/orang-tua-asuh', label: t('sponsors.home.title') };
  if (!due) return <p class="loading">{t('common.loading')}</p>;
  return (
    <div class="screen" data-testid="deliveries-due">
      <PageHeader title={t('sponsors.due.title')} back={back} lead={t('sponsors.due.lead')} />
      {due.length === 0 && <p class="card card__text">{t('sponsors.due.none')}</p>}
      <ul class="list">
        {due.map(({ pledge, sponsorName, fulfilment }) => (
          <li class={fulfilment.overdue ? 'list-item pledge-item--overdue' : 'list-item'} key={pledge.id} data-testid="due-pledge">
            <a class="list-item__link" href={`/orang-tua-asuh/komitmen/${pledge.id}`}>
              <span class="list-item__body">
                <span class="list-item__title">{sponsorName ?? t('sponsors.overdue.unknownSponsor')}</span>
                <span class="list-item__sub">{t(`enums.supportType.${pledge.supportType}`)}</span>
                <span class="list-item__meta">
                  {t('sponsors.due.owed', { count: fulfilment.due - fulfilment.delivered })}
                  {fulfilment.nextDueDate && ` · ${t('sponsors.overdue.since', { date: formatDate(fulfilment.nextDueDate, language, 'medium') })}`}
                </span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
