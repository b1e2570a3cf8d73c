// One month of GenRe outreach: sessions, audience by age group and sex, and the total.
import { audienceGroups } from '../../domain/outreach.ts';
import type { MonthlyOutreach } from '../../reports/outreach-summary.ts';
import { useLanguage, useT } from '../i18n/language.tsx';

function monthName(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const instant = new Date(Date.UTC(year ?? 2000, (monthNumber ?? 1) - 1, 1));
  return instant.toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function OutreachMonthCard({ summary }: { summary: MonthlyOutreach }) {
  const t = useT();
  const [language] = useLanguage();
  const caption = monthName(summary.month, language);
  return (
    <section class="card month-card" data-testid="outreach-month" data-month={summary.month}>
      <div class="month-card__head">
        <h3 class="card__title">{caption}</h3>
        <span class="chip">{t('outreach.monthSessions', { count: summary.sessions })}</span>
      </div>
      <table class="month-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outreach.group')}</th>
            <th scope="col">
              <span aria-hidden="true">{t('outreach.maleShort')}</span>
              <span class="visually-hidden">{t('outreach.male')}</span>
            </th>
            <th scope="col">
              <span aria-hidden="true">{t('outreach.femaleShort')}</span>
              <span class="visually-hidden">{t('outreach.female')}</span>
            </th>
            <th scope="col">{t('outreach.total')}</th>
          </tr>
        </thead>
        <tbody>
          {audienceGroups.map((group) => {
            const counts = summary.byGroup[group];
            return (
              <tr key={group}>
                <th scope="row">{t(`enums.audienceGroup.${group}`)}</th>
                <td>{counts.male}</td>
                <td>{counts.female}</td>
                <td>{counts.male + counts.female}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td>{t('outreach.total')}</td>
            <td data-testid="month-male">{summary.male}</td>
            <td data-testid="month-female">{summary.female}</td>
            <td data-testid="month-total">{summary.total}</td>
          </tr>
        </tfoot>
      </table>
      {summary.namedParticipants > 0 && <p class="card__text">{t('outreach.namedParticipants', { count: summary.namedParticipants })}</p>}
    </section>
  );
}
