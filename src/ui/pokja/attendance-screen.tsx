// Daftar hadir of one meeting: every active member (and any inactive one already marked)
// with Hadir / Izin / Tidak hadir and an optional signature, then the guests. Each tap saves
// at once through the repository (offline: kept and queued); per member the record written
// last counts (src/reports/meeting-report.ts), so two phones marking the same member agree
// after sync.
import { useState } from 'preact/hooks';
import type { Attendance } from '../../domain/attendance.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { PokjaMember } from '../../domain/pokja-member.ts';
import { countParticipants, latestAttendanceByMember, resolveAttendance } from '../../reports/meeting-report.ts';
import { PageHeader } from '../components/page-header.tsx';
import { markAttendance, removeRecord, useMeeting, useMeetingAttendance, usePokjaMembers } from '../data/pokja.ts';
import type { SaveResult } from '../data/pokja.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { nextAttendanceFields } from './attendance-change.ts';
import type { AttendanceChange } from './attendance-change.ts';
import { AttendancePerson } from './attendance-person.tsx';
import { GuestForm } from './guest-form.tsx';
import './pokja.css';


function AttendanceLists({ meeting, members, attendance }: { meeting: Meeting; members: PokjaMember[]; attendance: Attendance[] }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const byMember = latestAttendanceByMember(meeting.id, attendance);
  const shown = members.filter((member) => member.active || byMember.has(member.id));
  const rows = resolveAttendance(meeting.id, attendance, members);
  const guests = rows.filter((row) => row.memberId === null);
  const counts = countParticipants(rows);
  const report = (result: Promise<SaveResult>) => void result.then((outcome) => setFailed(!outcome.ok));

  const markMember = (member: PokjaMember, change: AttendanceChange) => {
    const current = byMember.get(member.id);
    const position = t(`enums.pokjaPosition.${member.position}`);
    report(markAttendance(current, { villageCode: meeting.villageCode, meetingId: meeting.id, memberId: member.id, name: member.name, position, ...nextAttendanceFields(current, change) }));
  };
  const markGuest = (attendanceId: string, change: AttendanceChange) => {
    const current = attendance.find((record) => record.id === attendanceId);
    if (current) report(markAttendance(current, { villageCode: meeting.villageCode, meetingId: meeting.id, name: current.name, ...nextAttendanceFields(current, change) }));
  };
  return (
    <>
      <p class="page-lead" data-testid="attendance-counts">
        {t('pokja.attendance.counts', { present: counts.present, excused: counts.excused, absent: counts.absent, unmarked: shown.filter((member) => !byMember.has(member.id)).length })}
      </p>
      {failed && <p class="form-alert" role="alert">{t('pokja.attendance.saveFailed')}</p>}
      <h2 class="section-title">{t('pokja.attendance.members')}</h2>
      {shown.length === 0 ? (
        <div class="card">
          <p class="card__lead">{t('pokja.attendance.noMembers')}</p>
          <a class="button button--secondary button--wide" href="/pokja/anggota/baru">{t('pokja.attendance.addMembers')}</a>
        </div>
      ) : (
        <ul class="attendance-list" data-testid="attendance-members">
          {shown.map((member) => {
            const record = byMember.get(member.id);
            return (
              <AttendancePerson
                key={member.id}
                name={member.name}
                detail={member.positionNote ?? t(`enums.pokjaPosition.${member.position}`)}
                status={record?.status ?? null}
                signature={record?.signature ?? null}
                onStatus={(status) => markMember(member, { status })}
                onSignature={(signature) => markMember(member, { status: 'hadir', signature })}
              />
            );
          })}
        </ul>
      )}
      <h2 class="section-title">{t('pokja.attendance.guests')}</h2>
      {guests.length > 0 && (
        <ul class="attendance-list" data-testid="attendance-guests">
          {guests.map((guest) => (
            <AttendancePerson
              key={guest.attendanceId}
              name={guest.name}
              detail={guest.positionText}
              status={guest.status}
              signature={guest.signature}
              onStatus={(status) => markGuest(guest.attendanceId, { status })}
              onSignature={(signature) => markGuest(guest.attendanceId, { status: 'hadir', signature })}
              onRemove={() => report(removeRecord('attendance', guest.attendanceId))}
            />
          ))}
        </ul>
      )}
      <GuestForm meeting={meeting} />
    </>
  );
}

export function AttendanceScreen({ id }: { id: string }) {
  const t = useT();
  const [language] = useLanguage();
  const meeting = useMeeting(id);
  const members = usePokjaMembers();
  const attendance = useMeetingAttendance(id);
  const back = { href: `/pokja/pertemuan/${id}`, label: t('pokja.attendance.back') };
  if (meeting === undefined || !members || !attendance) return <p class="loading">{t('common.loading')}</p>;
  if (meeting === null || meeting.deleted) return <div class="screen"><PageHeader title={t('pokja.attendance.title')} back={back} lead={t('pokja.meeting.notFound')} /></div>;
  return (
    <div class="screen" data-testid="attendance-screen">
      <PageHeader title={t('pokja.attendance.title')} back={back} lead={t('pokja.attendance.lead', { title: meeting.title, date: formatDate(meeting.date, language) })} />
      <AttendanceLists meeting={meeting} members={members} attendance={attendance} />
    </div>
  );
}
