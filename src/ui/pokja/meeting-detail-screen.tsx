// One Pokja meeting: when and where, the attendance so far (with the way to fill it), the
// RTL of the meeting, the report's text fields, and the printable report.
import { RecordHistoryCard } from '../account/record-history-card.tsx';
import { IfCanWrite } from '../account/if-can-write.tsx';
import type { Meeting } from '../../domain/meeting.ts';
import { buildMeetingReport } from '../../reports/meeting-report.ts';
import { DetailCard } from '../components/detail-card.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useMeeting, useMeetingActionItems, useMeetingAttendance, usePokjaMembers } from '../data/pokja.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import { ActionItemRow } from './action-item-row.tsx';
import { DeleteMeetingButton } from './delete-meeting-button.tsx';
import { meetingTimeText } from './meeting-text.ts';
import './pokja.css';

function MeetingBody({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const [language] = useLanguage();
  const attendance = useMeetingAttendance(meeting.id);
  const actionItems = useMeetingActionItems(meeting.id);
  const members = usePokjaMembers();
  if (!attendance || !actionItems || !members) return <p class="loading">{t('common.loading')}</p>;
  const report = buildMeetingReport(meeting, { attendance, members, actionItems });
  const { present, excused, absent } = report.participants;
  const today = deviceToday();
  const base = `/pokja/pertemuan/${meeting.id}`;
  return (
    <>
      <DetailCard
        title={t('pokja.meeting.sectionWhen')}
        rows={[
          { label: t('pokja.meeting.fields.date'), value: formatDate(meeting.date, language, 'full') },
          { label: t('pokja.report.time'), value: meetingTimeText(t, meeting) },
          { label: t('pokja.meeting.fields.place'), value: meeting.place },
        ]}
      />
      <section class="card" data-testid="meeting-attendance">
        <h2 class="card__title">{t('pokja.meeting.attendance')}</h2>
        <p class="card__lead">{report.attendance.length ? t('pokja.meeting.attendanceSummary', { present, excused, absent }) : t('pokja.meeting.attendanceNone')}</p>
        <IfCanWrite kind="attendance">
          <a class="button button--secondary button--wide" href={`${base}/hadir`} data-testid="fill-attendance">{t('pokja.meeting.fillAttendance')}</a>
        </IfCanWrite>
      </section>
      <section class="card card--flush" data-testid="meeting-actions">
        <h2 class="card__title">{t('pokja.meeting.actions')}</h2>
        {report.actionItems.length === 0 ? (
          <p class="card__lead">{t('pokja.meeting.noActions')}</p>
        ) : (
          <ul class="list list--inset">
            {report.actionItems.map((item) => <ActionItemRow key={item.id} item={item} today={today} />)}
          </ul>
        )}
        <IfCanWrite kind="actionItem">
          <a class="button button--secondary button--wide" href={`${base}/rtl/baru`} data-testid="add-action">{t('pokja.meeting.addAction')}</a>
        </IfCanWrite>
      </section>
      <DetailCard
        title={t('pokja.meeting.sectionContent')}
        rows={(['agenda', 'background', 'objectives', 'expectedResults', 'material', 'conclusions'] as const).map((field) => ({
          label: t(`pokja.meeting.fields.${field}`),
          value: meeting[field],
        }))}
      />
      <a class="button button--primary button--wide button--large" href={`${base}/laporan`} data-testid="open-report">{t('pokja.report.documentTitle')}</a>
    </>
  );
}

export function MeetingDetailScreen({ id }: { id: string }) {
  const t = useT();
  const meeting = useMeeting(id);
  const back = { href: '/pokja', label: t('pokja.meeting.back') };
  if (meeting === undefined) return <p class="loading">{t('common.loading')}</p>;
  if (meeting === null || meeting.deleted) return <div class="screen"><PageHeader title={t('pokja.meeting.attendance')} back={back} lead={t('pokja.meeting.notFound')} /></div>;
  const edit = <IfCanWrite kind="meeting"><a class="button button--secondary" href={`/pokja/pertemuan/${id}/ubah`} data-testid="edit-meeting">{t('pokja.meeting.edit')}</a></IfCanWrite>;
  return (
    <div class="screen" data-testid="meeting-detail">
      <PageHeader title={meeting.title} back={back} action={edit} />
      <MeetingBody meeting={meeting} />
      <RecordHistoryCard kind="meeting" id={meeting.id} fieldKeys="pokja.meeting.fields" />
      <DeleteMeetingButton meeting={meeting} />
    </div>
  );
}
