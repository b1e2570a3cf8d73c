// Laporan Kegiatan Pertemuan Pokja: the figures of the programme's meeting report, filled
// from one meeting record, its attendance and its RTL. Sections in the report's order:
// title, A Latar Belakang, B Tujuan, C Hasil yang diharapkan, D Peserta (number and
// composition by position), E Materi, F Tempat dan Waktu, G Kesimpulan; then the RTL table
// and the Daftar Hadir (with the signature column).
// Attendance is append-mostly and two phones may mark the same member offline: per member
// the record written last (updatedAt, then id) counts. Guests are one record each.
import type { ActionItem } from '../domain/action-item.ts';
import type { Attendance, AttendanceStatus } from '../domain/attendance.ts';
import type { Meeting } from '../domain/meeting.ts';
import type { PokjaMember, PokjaPosition } from '../domain/pokja-member.ts';
import { pokjaPositions } from '../domain/pokja-member.ts';
import { sortMeetingActionItems } from './action-items.ts';

export type AttendanceRow = {
  attendanceId: string;
  memberId: string | null;
  name: string;
  /** The member's position; null for a guest. */
  position: PokjaPosition | null;
  /** The member's position note, or the guest's own position text. */
  positionText: string | null;
  status: AttendanceStatus;
  signature: string | null;
};

/** 'tamu' groups every guest; members group by their position. */
export type CompositionEntry = { group: PokjaPosition | 'tamu'; count: number };

export type Participants = {
  /** Present (hadir), members and guests. */
  present: number;
  presentMembers: number;
  presentGuests: number;
  excused: number;
  absent: number;
  /** Present people by position, in the order of the position list, guests last. */
  composition: CompositionEntry[];
};

export type MeetingReport = {
  meeting: Meeting;
  participants: Participants;
  actionItems: ActionItem[];
  attendance: AttendanceRow[];
};

function isNewer(a: Attendance, b: Attendance): boolean {
  return a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id > b.id);
}

/** Per member of a meeting, the attendance record that counts (living records only). */
export function latestAttendanceByMember(meetingId: string, attendance: readonly Attendance[]): Map<string, Attendance> {
  const byMember = new Map<string, Attendance>();
  for (const record of attendance) {
    if (record.deleted || record.meetingId !== meetingId || !record.memberId) continue;
    const current = byMember.get(record.memberId);
    if (!current || isNewer(record, current)) byMember.set(record.memberId, record);
  }
  return byMember;
}

const positionRank = new Map<string, number>(pokjaPositions.map((position, index) => [position, index]));

function compareRows(a: AttendanceRow, b: AttendanceRow): number {
  const rank = (row: AttendanceRow) => (row.position === null ? pokjaPositions.length : (positionRank.get(row.position) ?? 0));
  return rank(a) - rank(b) || a.name.localeCompare(b.name, 'id') || a.attendanceId.localeCompare(b.attendanceId);
}

/** The Daftar Hadir: members (by position, then name) then guests, with the status that counts. */
export function resolveAttendance(meetingId: string, attendance: readonly Attendance[], members: readonly PokjaMember[]): AttendanceRow[] {
  const membersById = new Map(members.map((member) => [member.id, member]));
  const rows: AttendanceRow[] = [];
  for (const record of latestAttendanceByMember(meetingId, attendance).values()) {
    const member = membersById.get(record.memberId ?? '');
    rows.push({
      attendanceId: record.id,
      memberId: record.memberId ?? null,
      name: member?.name ?? record.name ?? '',
      position: member?.position ?? null,
      positionText: member ? (member.positionNote ?? null) : (record.position ?? null),
      status: record.status,
      signature: record.signature ?? null,
    });
  }
  for (const record of attendance) {
    if (record.deleted || record.meetingId !== meetingId || record.memberId) continue;
    rows.push({
      attendanceId: record.id,
      memberId: null,
      name: record.name ?? '',
      position: null,
      positionText: record.position ?? null,
      status: record.status,
      signature: record.signature ?? null,
    });
  }
  return rows.sort(compareRows);
}

/** D Peserta: how many came, and who they were by position. */
export function countParticipants(rows: readonly AttendanceRow[]): Participants {
  const present = rows.filter((row) => row.status === 'hadir');
  const counts = new Map<PokjaPosition | 'tamu', number>();
  for (const row of present) {
    const group = row.position ?? 'tamu';
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const order: (PokjaPosition | 'tamu')[] = [...pokjaPositions, 'tamu'];
  return {
    present: present.length,
    presentMembers: present.filter((row) => row.position !== null).length,
    presentGuests: present.filter((row) => row.position === null).length,
    excused: rows.filter((row) => row.status === 'izin').length,
    absent: rows.filter((row) => row.status === 'tidak-hadir').length,
    composition: order.flatMap((group) => {
      const count = counts.get(group);
      return count ? [{ group, count }] : [];
    }),
  };
}

export function buildMeetingReport(
  meeting: Meeting,
  records: { attendance: readonly Attendance[]; members: readonly PokjaMember[]; actionItems: readonly ActionItem[] },
): MeetingReport {
  const attendance = resolveAttendance(meeting.id, records.attendance, records.members);
  return {
    meeting,
    participants: countParticipants(attendance),
    actionItems: sortMeetingActionItems(records.actionItems.filter((item) => item.meetingId === meeting.id)),
    attendance,
  };
}
