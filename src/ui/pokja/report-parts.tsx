// The report's structured parts: D Peserta (number and composition by position), F Tempat
// dan Waktu, the RTL table and the Daftar Hadir with its signature column.
import type { ActionItem } from '../../domain/action-item.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { AttendanceRow, Participants } from '../../reports/meeting-report.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { formatDayDate } from './day-date.ts';
import { meetingTimeText } from './meeting-text.ts';

export function ReportParticipants({ participants }: { participants: Participants }) {
  const t = useT();
  const { present, presentMembers, presentGuests, excused, absent, composition } = participants;
  return (
    <section class="report-section" data-testid="report-participants">
      <h2 class="report-section__title">{t('pokja.report.participants')}</h2>
      {present === 0 ? (
        <p class="report-text">{t('pokja.report.noParticipants')}</p>
      ) : (
        <>
          <p class="report-text">{t('pokja.report.participantsTotal', { count: present, members: presentMembers, guests: presentGuests })}</p>
          <p class="report-text">{t('pokja.report.composition')}</p>
          <ul class="report-list">
            {composition.map((entry) => (
              <li key={entry.group}>
                {t('pokja.report.compositionRow', {
                  group: entry.group === 'tamu' ? t('pokja.report.guestGroup') : t(`enums.pokjaPosition.${entry.group}`),
                  count: entry.count,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {excused + absent > 0 && <p class="report-text">{t('pokja.report.participantsAway', { excused, absent })}</p>}
    </section>
  );
}

export function ReportPlaceTime({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const [language] = useLanguage();
  const rows: [string, string][] = [
    [t('pokja.report.day'), formatDayDate(meeting.date, language)],
    [t('pokja.report.time'), meetingTimeText(t, meeting) ?? t('pokja.report.notFilled')],
    [t('pokja.report.place'), meeting.place ?? t('pokja.report.notFilled')],
  ];
  return (
    <section class="report-section">
      <h2 class="report-section__title">{t('pokja.report.placeTime')}</h2>
      <table class="report-facts">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ReportActions({ items }: { items: ActionItem[] }) {
  const t = useT();
  const [language] = useLanguage();
  return (
    <section class="report-section report-section--table" data-testid="report-actions">
      <h2 class="report-section__title">{t('pokja.report.actions')}</h2>
      {items.length === 0 ? (
        <p class="report-text">{t('pokja.report.noActions')}</p>
      ) : (
        <div class="report-table-wrap" role="region" aria-label={t('pokja.report.actions')} tabIndex={0}>
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col" class="report-table__no">{t('pokja.report.number')}</th>
                <th scope="col">{t('pokja.report.what')}</th>
                <th scope="col">{t('pokja.report.who')}</th>
                <th scope="col">{t('pokja.report.due')}</th>
                <th scope="col">{t('pokja.report.status')}</th>
                <th scope="col">{t('pokja.report.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={item.id}>
                  <td class="report-table__no">{index + 1}</td>
                  <td>{item.what}</td>
                  <td>{item.who}</td>
                  <td>{item.dueDate ? formatDate(item.dueDate, language, 'medium') : t('pokja.report.notFilled')}</td>
                  <td>{t(`enums.actionItemStatus.${item.status}`)}</td>
                  <td>{item.progressNotes ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function positionOf(t: ReturnType<typeof useT>, row: AttendanceRow): string {
  if (row.position === null) return row.positionText ?? t('pokja.report.guestGroup');
  const label = t(`enums.pokjaPosition.${row.position}`);
  return row.positionText ? `${label} (${row.positionText})` : label;
}

export function ReportAttendance({ rows }: { rows: AttendanceRow[] }) {
  const t = useT();
  return (
    <section class="report-section report-section--table report-section--attendance" data-testid="report-attendance">
      <h2 class="report-section__title">{t('pokja.report.attendance')}</h2>
      {rows.length === 0 ? (
        <p class="report-text">{t('pokja.report.noAttendance')}</p>
      ) : (
        <div class="report-table-wrap" role="region" aria-label={t('pokja.report.attendance')} tabIndex={0}>
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col" class="report-table__no">{t('pokja.report.number')}</th>
                <th scope="col">{t('pokja.report.name')}</th>
                <th scope="col">{t('pokja.report.position')}</th>
                <th scope="col">{t('pokja.report.presence')}</th>
                <th scope="col" class="report-table__signature">{t('pokja.report.signature')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.attendanceId}>
                  <td class="report-table__no">{index + 1}</td>
                  <td>{row.name}</td>
                  <td>{positionOf(t, row)}</td>
                  <td>{t(`enums.attendanceStatus.${row.status}`)}</td>
                  <td class="report-table__signature">
                    {row.signature && <img src={row.signature} alt={t('pokja.attendance.signatureOf', { name: row.name })} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
