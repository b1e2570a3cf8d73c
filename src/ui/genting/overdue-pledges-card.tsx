// Beranda: the pledges behind schedule today (most periods behind first), each a link to the
// pledge so the coordinator can record the delivery or call the sponsor. Nothing when none.
import { buildPledgeRows, overduePledges } from '../../reports/pledge-overview.ts';
import { useGentingRecords } from '../data/genting.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import './genting.css';

export function OverduePledgesCard() {
  const t = useT();
  const [language] = useLanguage();
  const records = useGentingRecords();
  if (!records) return null;
  const overdue = overduePledges(buildPledgeRows(records.pledges, records.deliveries, records.sponsors, deviceToday()));
  if (overdue.length === 0) return null;
  return (
    <section class="overdue-card" data-testid="overdue-pledges">
      <h2 class="section-title">{t('sponsors.overdue.title')}</h2>
      <ul class="list">
        {overdue.slice(0, 5).map(({ pledge, sponsorName, fulfilment }) => (
          <li class="list-item pledge-item--overdue" key={pledge.id} data-testid="overdue-pledge">
            <a class="list-item__link" href={`/orang-tua-asuh/komitmen/${pledge.id}`}>
              <span class="list-item__body">
                <span class="list-item__title">{sponsorName ?? t('sponsors.overdue.unknownSponsor')}</span>
                <span class="list-item__sub">{t(`enums.supportType.${pledge.supportType}`)}</span>
                <span class="list-item__meta overdue-text">
                  <strong>{t('sponsors.overdue.behind', { count: fulfilment.behind })}</strong>
                  {fulfilment.nextDueDate && ` · ${t('sponsors.overdue.since', { date: formatDate(fulfilment.nextDueDate, language, 'medium') })}`}
                </span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
