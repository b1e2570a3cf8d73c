import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../src/domain/attendance.ts';
import { countNamedParticipants, sortOutreachSessions, summariseOutreachByMonth } from '../../../src/reports/outreach-summary.ts';
import { makeOutreach } from './fixtures.ts';

const sessions = [
  makeOutreach({ date: '2025-03-05', maleRemaja: 10, femaleRemaja: 12, femaleDewasa: 3 }),
  makeOutreach({ date: '2025-03-28', startTime: '09:00', maleAnak: 4, femaleAnak: 5, maleRemaja: 1 }),
  makeOutreach({ date: '2025-03-28', startTime: '14:00', maleDewasa: 7 }),
  makeOutreach({ date: '2025-04-02', femaleRemaja: 20 }),
  makeOutreach({ date: '2025-04-03', maleRemaja: 99, deleted: true }),
  makeOutreach({ date: '2025-02-14' }),
];

function named(outreachId: string, deleted = false): Attendance {
  const stamp = '2025-03-01T00:00:00.000Z';
  return { id: `0190a5b2-1c3d-7e4f-9a5b-${outreachId.slice(-12)}`, villageCode: '6101052001', createdAt: stamp, updatedAt: stamp, deleted, outreachId, name: 'Peserta', status: 'hadir' };
}

describe('GenRe outreach summary', () => {
  it('totals each month by sex and age group, newest month first, deleted sessions left out', () => {
    const [april, march, february] = summariseOutreachByMonth(sessions);
    expect(april).toMatchObject({ month: '2025-04', sessions: 1, male: 0, female: 20, total: 20 });
    expect(march).toMatchObject({ month: '2025-03', sessions: 3, male: 22, female: 20, total: 42 });
    expect(march?.byGroup).toEqual({ anak: { male: 4, female: 5 }, remaja: { male: 11, female: 12 }, dewasa: { male: 7, female: 3 } });
    expect(february).toMatchObject({ month: '2025-02', sessions: 1, total: 0 });
  });

  it('reports named participants of living attendance beside the counts', () => {
    const first = sessions[0]!;
    const attendance = [named(first.id), { ...named(first.id), id: '0190a5b2-1c3d-7e4f-9a5b-ffffffffffff' }, named(sessions[3]!.id, true)];
    expect(countNamedParticipants(attendance).get(first.id)).toBe(2);
    const months = summariseOutreachByMonth(sessions, attendance);
    expect(months.map((month) => month.namedParticipants)).toEqual([0, 2, 0]);
    expect(months[1]?.total).toBe(42);
  });

  it('lists sessions newest first (date, then start time)', () => {
    expect(sortOutreachSessions(sessions).map((session) => `${session.date} ${session.startTime ?? ''}`)).toEqual([
      '2025-04-02 ',
      '2025-03-28 14:00',
      '2025-03-28 09:00',
      '2025-03-05 ',
      '2025-02-14 ',
    ]);
  });
});
