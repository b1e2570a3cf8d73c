// Laporan Kegiatan Pertemuan Pokja, filled from the meeting record, its attendance and its
// RTL (figures from src/reports/meeting-report.ts). On screen it reads as a page with a
// "Cetak / simpan PDF" button; printed (meeting-report.css) it is an A4 document without
// the app's bars, so the browser's "Save as PDF" makes the report offline.
import type { MeetingReport } from '../../reports/meeting-report.ts';
import { buildMeetingReport } from '../../reports/meeting-report.ts';
import { formatVillageCode } from '../../domain/village-code.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useMeeting, useMeetingActionItems, useMeetingAttendance, usePokjaMembers } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { ReportActions, ReportAttendance, ReportParticipants, ReportPlaceTime } from './report-parts.tsx';
import './meeting-report.css';
import './pokja.css';

function TextSection({ heading, text }: { heading: string; text: string | null | undefined }) {
  const t = useT();
  return (
    <section class="report-section">
      <h2 class="report-section__title">{heading}</h2>
      <p class={text ? 'report-text' : 'report-text report-text--empty'}>{text || t('pokja.report.notFilled')}</p>
    </section>
  );
}

function ReportDocument({ report }: { report: MeetingReport }) {
  const t = useT();
  const { meeting } = report;
  return (
    <article class="meeting-report" data-testid="meeting-report" aria-label={t('pokja.report.documentTitle')}>
      <header class="report-head">
        <p class="report-head__kind">{t('pokja.report.heading')}</p>
        <h1 class="report-head__title">{meeting.title}</h1>
        <p class="report-head__village">{t('pokja.report.village', { code: formatVillageCode(meeting.villageCode) })}</p>
      </header>
      <TextSection heading={t('pokja.report.background')} text={meeting.background} />
      <TextSection heading={t('pokja.report.objectives')} text={meeting.objectives} />
      <TextSection heading={t('pokja.report.expectedResults')} text={meeting.expectedResults} />
      <ReportParticipants participants={report.participants} />
      <TextSection heading={t('pokja.report.material')} text={meeting.material} />
      <ReportPlaceTime meeting={meeting} />
      <TextSection heading={t('pokja.report.conclusions')} text={meeting.conclusions} />
      <ReportActions items={report.actionItems} />
      <ReportAttendance rows={report.attendance} />
    </article>
  );
}

export function MeetingReportScreen({ id }: { id: string }) {
  const t = useT();
  const meeting = useMeeting(id);
  const attendance = useMeetingAttendance(id);
  const actionItems = useMeetingActionItems(id);
  const members = usePokjaMembers();
  const back = { href: `/pokja/pertemuan/${id}`, label: t('pokja.report.back') };
  if (meeting === undefined || !attendance || !actionItems || !members) return <p class="loading">{t('common.loading')}</p>;
  if (meeting === null || meeting.deleted) return <div class="screen"><PageHeader title={t('pokja.report.documentTitle')} back={back} lead={t('pokja.meeting.notFound')} /></div>;
  const report = buildMeetingReport(meeting, { attendance, members, actionItems });
  return (
    <div class="screen report-screen">
      <div class="report-toolbar">
        <PageHeader title={t('pokja.report.documentTitle')} back={back} lead={t('pokja.report.printHint')} />
        <button type="button" class="button button--primary button--wide button--large" onClick={() => window.print()} data-testid="print-report">
          {t('pokja.report.print')}
        </button>
      </div>
      <ReportDocument report={report} />
    </div>
  );
}
