import { describe, expect, it } from 'vitest';
import { buildMeetingReport, latestAttendanceByMember } from '../../../src/reports/meeting-report.ts';
import { makeActionItem, makeAttendance, makeMeeting, makeMember, tinyPng } from './fixtures.ts';

const meeting = makeMeeting({ title: 'Pertemuan Pokja Maret', date: '2025-03-10' });
const other = makeMeeting({ title: 'Lain', date: '2025-03-20' });
const kades = makeMember({ name: 'Hendra', position: 'kepala-desa' });
const bidan = makeMember({ name: 'Sri Wahyuni', position: 'bidan-desa' });
const kaderA = makeMember({ name: 'Ayu', position: 'kader-tpk' });
const kaderB = makeMember({ name: 'Budi', position: 'kader-tpk', positionNote: 'Koordinator TPK' });
const genre = makeMember({ name: 'Citra', position: 'duta-genre', active: false });
const members = [kades, bidan, kaderA, kaderB, genre];

const later = '2025-03-10T05:00:00.000Z';
const attendance = [
  makeAttendance(meeting, { memberId: kaderB.id, status: 'hadir', signature: tinyPng }),
  makeAttendance(meeting, { memberId: kades.id, status: 'tidak-hadir' }),
  // A second phone marked the head of village later: that one counts.
  makeAttendance(meeting, { memberId: kades.id, status: 'hadir', updatedAt: later }),
  makeAttendance(meeting, { memberId: bidan.id, status: 'izin' }),
  makeAttendance(meeting, { memberId: kaderA.id, status: 'hadir' }),
  makeAttendance(meeting, { memberId: genre.id, status: 'hadir' }),
  makeAttendance(meeting, { name: 'Pak Camat', position: 'Camat Tebas', status: 'hadir' }),
  makeAttendance(meeting, { name: 'Tamu dihapus', status: 'hadir', deleted: true }),
  makeAttendance(other, { memberId: bidan.id, status: 'hadir' }),
];

describe('Laporan Kegiatan Pertemuan Pokja', () => {
  const report = buildMeetingReport(meeting, {
    attendance,
    members,
    actionItems: [
      makeActionItem(meeting, { what: 'Kunjungan rumah', dueDate: '2025-03-31' }),
      makeActionItem(meeting, { what: 'Data sasaran', dueDate: '2025-03-17' }),
      makeActionItem(other, { what: 'Rapat lain' }),
    ],
  });

  it('takes the attendance written last per member and every living guest', () => {
    expect(latestAttendanceByMember(meeting.id, attendance).get(kades.id)?.status).toBe('hadir');
    expect(report.attendance.map((row) => [row.name, row.status])).toEqual([
      ['Hendra', 'hadir'],
      ['Sri Wahyuni', 'izin'],
      ['Citra', 'hadir'],
      ['Ayu', 'hadir'],
      ['Budi', 'hadir'],
      ['Pak Camat', 'hadir'],
    ]);
  });

  it('keeps the signature, the position note of a member and the position text of a guest', () => {
    const budi = report.attendance.find((row) => row.name === 'Budi');
    expect(budi).toMatchObject({ position: 'kader-tpk', positionText: 'Koordinator TPK', signature: tinyPng });
    expect(report.attendance.at(-1)).toMatchObject({ memberId: null, position: null, positionText: 'Camat Tebas', signature: null });
  });

  it('counts D Peserta: present members and guests, and the composition by position', () => {
    expect(report.participants).toEqual({
      present: 5,
      presentMembers: 4,
      presentGuests: 1,
      excused: 1,
      absent: 0,
      composition: [
        { group: 'kepala-desa', count: 1 },
        { group: 'duta-genre', count: 1 },
        { group: 'kader-tpk', count: 2 },
        { group: 'tamu', count: 1 },
      ],
    });
  });

  it("lists only this meeting's RTL, soonest due first", () => {
    expect(report.actionItems.map((item) => item.what)).toEqual(['Data sasaran', 'Kunjungan rumah']);
  });
});
