// A Duta GenRe's Beranda (issue #14): "Catat penyuluhan" first, then this month's sessions
// and audience (outreach-summary.ts) and a link to her whole log. Loaded lazily by Beranda, so
// the outreach code stays out of the first bundle.
import { IfCanWrite } from '../account/if-can-write.tsx';
import { summariseOutreachByMonth } from '../../reports/outreach-summary.ts';
import { useOutreachAttendance, useOutreachSessions } from '../data/outreach.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { OutreachMonthCard } from './outreach-month-card.tsx';
import '../pokja/pokja.css';

export function GenreHomeSection() {
  const t = useT();
  const sessions = useOutreachSessions();
  const attendance = useOutreachAttendance();
  const month = deviceToday().slice(0, 7);
  const summary = sessions && attendance ? summariseOutreachByMonth(sessions, attendance).find((m) => m.month === month) : undefined;
  return (
    <>
      <div class="action-list">
        <IfCanWrite kind="outreach">
          <a class="button button--primary button--wide button--large" href="/genre/baru" data-testid="home-add-outreach">
            {t('outreach.add')}
          </a>
        </IfCanWrite>
        <a class="button button--secondary button--wide button--large" href="/genre" data-testid="home-outreach">
          {t('home.openOutreach')}
        </a>
      </div>
      <h2 class="section-title">{t('home.outreachMonth')}</h2>
      {summary ? <OutreachMonthCard summary={summary} /> : <p class="card card__text" data-testid="home-outreach-none">{t('home.noOutreachThisMonth')}</p>}
    </>
  );
}
