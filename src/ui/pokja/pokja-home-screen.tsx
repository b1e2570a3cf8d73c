// Pokja: the working group's figures (active members, open and late RTL), the way to its
// members, open RTL and the GenRe outreach log, and its meetings (newest first).
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { Meeting } from '../../domain/meeting.ts';
import { listOpenActionItems } from '../../reports/action-items.ts';
import { PageHeader } from '../components/page-header.tsx';
import { StatTile } from '../components/stat-tile.tsx';
import { useActionItems, useMeetings, usePokjaMembers } from '../data/pokja.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import { AddLink } from './add-link.tsx';
import { meetingTimeText } from './meeting-text.ts';
import './pokja.css';

function NavCard({ href, title, lead, testId }: { href: string; title: string; lead: string; testId: string }) {
  return (
    <li class="list-item">
      <a class="list-item__link" href={href} data-testid={testId}>
        <span class="list-item__body">
          <span class="list-item__title">{title}</span>
          <span class="list-item__sub">{lead}</span>
        </span>
        <svg class="list-item__chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      </a>
    </li>
  );
}

function MeetingItem({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const [language] = useLanguage();
  const when = [formatDate(meeting.date, language), meetingTimeText(t, meeting)].filter(Boolean).join(' · ');
  return (
    <li class="list-item" data-testid="meeting-item">
      <a class="list-item__link" href={`/pokja/pertemuan/${meeting.id}`}>
        <span class="list-item__body">
          <span class="list-item__title">{meeting.title}</span>
          <span class="list-item__meta">{when}</span>
          {meeting.place && <span class="list-item__sub">{meeting.place}</span>}
        </span>
      </a>
    </li>
  );
}

export function PokjaHomeScreen() {
  const t = useT();
  const members = usePokjaMembers();
  const meetings = useMeetings();
  const items = useActionItems();
  const open = items && meetings ? listOpenActionItems(items, meetings, deviceToday()) : undefined;
  const active = members?.filter((member) => member.active).length;
  return (
    <div class="screen" data-testid="pokja-home">
      <PageHeader title={t('pokja.home.title')} lead={t('pokja.home.lead')} />
      <div class="stat-grid">
        <StatTile label={t('pokja.home.activeMembers')} value={active} href="/pokja/anggota" />
        <StatTile label={t('pokja.home.openActions')} value={open?.length} href="/pokja/rtl" />
        <StatTile label={t('pokja.home.overdueActions')} value={open?.filter((entry) => entry.isOverdue).length} href="/pokja/rtl" testId="overdue-count" />
      </div>
      <ul class="list">
        <NavCard href="/pokja/anggota" title={t('pokja.home.members')} lead={t('pokja.home.membersLead', { count: active ?? 0 })} testId="to-members" />
        <NavCard href="/pokja/rtl" title={t('pokja.home.actions')} lead={t('pokja.home.actionsLead', { count: open?.length ?? 0 })} testId="to-actions" />
        <NavCard href="/genre" title={t('pokja.home.outreach')} lead={t('pokja.home.outreachLead')} testId="to-outreach" />
        <NavCard href="/ekspor" title={t('reports.exportScreen.link')} lead={t('reports.exportScreen.linkLead')} testId="to-export" />
      </ul>
      <h2 class="section-title">{t('pokja.home.meetings')}</h2>
      {meetings === undefined ? (
        <p class="loading">{t('common.loading')}</p>
      ) : meetings.length === 0 ? (
        <p class="card card__lead">{t('pokja.home.noMeetings')}</p>
      ) : (
        <ul class="list" data-testid="meeting-list">
          {meetings.map((meeting) => <MeetingItem key={meeting.id} meeting={meeting} />)}
        </ul>
      )}
      <div class="floating-action">
        <IfCanWrite kind="meeting">
          <AddLink href="/pokja/pertemuan/baru" label={t('pokja.home.addMeeting')} testId="add-meeting" />
        </IfCanWrite>
      </div>
    </div>
  );
}
