// Penyuluhan GenRe: monthly totals of the audience (src/reports/outreach-summary.ts) and
// the session log, newest first; "Catat penyuluhan" opens the form.
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { Outreach } from '../../domain/outreach.ts';
import { outreachAudienceTotal } from '../../domain/outreach.ts';
import { sortOutreachSessions, summariseOutreachByMonth } from '../../reports/outreach-summary.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useOutreachAttendance, useOutreachSessions } from '../data/outreach.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { AddLink } from '../pokja/add-link.tsx';
import { OutreachMonthCard } from './outreach-month-card.tsx';
import '../pokja/pokja.css';

function SessionItem({ session }: { session: Outreach }) {
  const t = useT();
  const [language] = useLanguage();
  return (
    <li class="list-item" data-testid="outreach-item">
      <a class="list-item__link" href={`/genre/${session.id}`}>
        <span class="list-item__body">
          <span class="list-item__title">{session.title || t(`enums.outreachTopic.${session.topic}`)}</span>
          <span class="list-item__meta">{`${formatDate(session.date, language, 'medium')} · ${session.place}`}</span>
          <span class="list-item__sub">{t('outreach.audienceTotal', { count: outreachAudienceTotal(session) })}</span>
        </span>
      </a>
    </li>
  );
}

export function OutreachScreen() {
  const t = useT();
  const sessions = useOutreachSessions();
  const attendance = useOutreachAttendance();
  const back = { href: '/pokja', label: t('outreach.back') };
  if (!sessions || !attendance) return <p class="loading">{t('common.loading')}</p>;
  const months = summariseOutreachByMonth(sessions, attendance);
  const sorted = sortOutreachSessions(sessions);
  return (
    <div class="screen" data-testid="outreach-screen">
      <PageHeader title={t('outreach.listTitle')} back={back} lead={t('outreach.listLead')} />
      {sorted.length === 0 ? (
        <EmptyState title={t('outreach.listTitle')} body={t('outreach.empty')} />
      ) : (
        <>
          <h2 class="section-title">{t('outreach.monthly')}</h2>
          {months.map((summary) => <OutreachMonthCard key={summary.month} summary={summary} />)}
          <h2 class="section-title">{t('outreach.sessions')}</h2>
          <ul class="list" data-testid="outreach-list">
            {sorted.map((session) => <SessionItem key={session.id} session={session} />)}
          </ul>
        </>
      )}
      <div class="floating-action">
        <IfCanWrite kind="outreach">
          <AddLink href="/genre/baru" label={t('outreach.add')} testId="add-outreach" />
        </IfCanWrite>
      </div>
    </div>
  );
}
