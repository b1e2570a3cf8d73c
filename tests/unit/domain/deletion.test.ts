import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../src/domain/action-item.ts';
import type { Attendance } from '../../../src/domain/attendance.ts';
import type { Visit } from '../../../src/domain/visit.ts';
import { householdDeletion, meetingDeletion, outreachDeletion, personDeletion, pledgeDeletion, sponsorDeletion } from '../../../src/domain/deletion.ts';
import { makeDelivery, makeHousehold, makeMeasurement, makePerson, makePledge, makeSponsor } from '../reports/genting-fixtures.ts';

const ref = (kind: string, record: { id: string }) => ({ kind, id: record.id });

describe('pledgeDeletion', () => {
  it('takes the pledge\'s living deliveries first, then the pledge', () => {
    const sponsor = makeSponsor();
    const pledge = makePledge(sponsor);
    const other = makePledge(sponsor);
    const first = makeDelivery(pledge, { date: '2025-01-10' });
    const gone = makeDelivery(pledge, { date: '2025-02-10', deleted: true });
    const foreign = makeDelivery(other, { date: '2025-02-10' });
    const deletion = pledgeDeletion(pledge, [first, gone, foreign]);
    expect(deletion.records).toEqual([ref('delivery', first), ref('pledge', pledge)]);
    expect(deletion.deliveries).toBe(1);
  });
});

describe('sponsorDeletion', () => {
  it('is refused while a pledge is active or on hold', () => {
    const sponsor = makeSponsor();
    const pledges = [makePledge(sponsor, { status: 'aktif' }), makePledge(sponsor, { status: 'ditunda' }), makePledge(sponsor, { status: 'selesai' })];
    expect(sponsorDeletion(sponsor, pledges, [])).toEqual({ ok: false, runningPledges: 2 });
  });

  it('ignores deleted pledges and other sponsors\' running pledges', () => {
    const sponsor = makeSponsor();
    const other = makeSponsor();
    const pledges = [makePledge(sponsor, { status: 'aktif', deleted: true }), makePledge(other, { status: 'aktif' })];
    expect(sponsorDeletion(sponsor, pledges, [])).toEqual({ ok: true, records: [ref('sponsor', sponsor)], pledges: 0, deliveries: 0 });
  });

  it('takes finished and cancelled pledges with their deliveries, the sponsor last', () => {
    const sponsor = makeSponsor();
    const done = makePledge(sponsor, { status: 'selesai' });
    const cancelled = makePledge(sponsor, { status: 'batal' });
    const deliveries = [makeDelivery(done, { date: '2025-01-10' }), makeDelivery(done, { date: '2025-02-10' })];
    const deletion = sponsorDeletion(sponsor, [done, cancelled], deliveries);
    expect(deletion).toEqual({
      ok: true,
      records: [ref('delivery', deliveries[0]!), ref('delivery', deliveries[1]!), ref('pledge', done), ref('pledge', cancelled), ref('sponsor', sponsor)],
      pledges: 2,
      deliveries: 2,
    });
  });
});

describe('personDeletion', () => {
  const household = makeHousehold();
  const child = makePerson(household, { name: 'Citra', birthDate: '2024-01-01' });

  it('takes the member\'s measurements, the member last', () => {
    const measurement = makeMeasurement(child, { date: '2025-01-05', weightKg: 9 });
    const old = makeMeasurement(child, { date: '2024-12-05', weightKg: 8, deleted: true });
    expect(personDeletion(child, [measurement, old], [])).toEqual({ ok: true, records: [ref('measurement', measurement), ref('person', child)], measurements: 1 });
  });

  it('is refused while a running pledge names the member; a finished one or a family pledge does not block', () => {
    const sponsor = makeSponsor();
    const running = makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: child.id, status: 'ditunda' });
    const finished = makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: child.id, status: 'selesai' });
    const family = makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: household.id });
    expect(personDeletion(child, [], [running, finished, family])).toEqual({ ok: false, runningPledges: 1 });
    expect(personDeletion(child, [], [finished, family]).ok).toBe(true);
  });
});

describe('meetingDeletion and outreachDeletion', () => {
  const base = { villageCode: '3374122003', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
  const id = (n: number) => `0190a5b2-1c3d-7e4f-9a5b-${String(900 + n).padStart(12, '0')}`;
  const meeting = { id: id(1), deleted: false };
  const present: Attendance = { ...base, id: id(2), deleted: false, meetingId: meeting.id, name: 'Siti', status: 'hadir' };
  const elsewhere: Attendance = { ...base, id: id(3), deleted: false, meetingId: id(9), name: 'Rina', status: 'hadir' };
  const rtl: ActionItem = { ...base, id: id(4), deleted: false, meetingId: meeting.id, what: 'Kunjungan', who: 'Bidan', status: 'rencana' };

  it('a meeting takes its attendance and RTL', () => {
    expect(meetingDeletion(meeting, [present, elsewhere], [rtl])).toEqual({
      records: [ref('attendance', present), ref('actionItem', rtl), ref('meeting', meeting)],
      attendance: 1,
      actionItems: 1,
    });
  });

  it('an outreach session takes its named participants', () => {
    const session = { id: id(5), deleted: false };
    const participant: Attendance = { ...base, id: id(6), deleted: false, outreachId: session.id, name: 'Dewi', status: 'hadir' };
    expect(outreachDeletion(session, [participant, present])).toEqual({ records: [ref('attendance', participant), ref('outreach', session)], participants: 1 });
  });
});

describe('householdDeletion', () => {
  const sponsor = makeSponsor();
  const household = makeHousehold();
  const head = makePerson(household, { name: 'Sutrisno', relation: 'kepala-keluarga', sex: 'M' });
  const child = makePerson(household, { name: 'Citra', birthDate: '2024-01-01' });
  const leftEarlier = makePerson(household, { name: 'Dewi', deleted: true });
  const neighbour = makePerson(makeHousehold(), { name: 'Rina' });
  const visit = (of: { id: string }, fields: Partial<Visit> = {}): Visit => {
    const { id, villageCode, createdAt, updatedAt, deleted } = makeHousehold();
    return { id, villageCode, createdAt, updatedAt, deleted, householdId: of.id, date: '2025-01-03', ...fields };
  };

  it('takes the visits, then each member after their measurements, the household last', () => {
    const weighed = makeMeasurement(child, { date: '2025-01-05', weightKg: 9 });
    const old = makeMeasurement(child, { date: '2024-12-05', weightKg: 8, deleted: true });
    const elsewhere = makeMeasurement(neighbour, { date: '2025-01-05', weightKg: 9 });
    const first = visit(household);
    const gone = visit(household, { deleted: true });
    const foreign = visit(makeHousehold());
    const finished = makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: child.id, status: 'selesai' });
    const deletion = householdDeletion(household, [head, child, leftEarlier, neighbour], [weighed, old, elsewhere], [first, gone, foreign], [finished]);
    expect(deletion).toEqual({
      ok: true,
      records: [ref('visit', first), ref('person', head), ref('measurement', weighed), ref('person', child), ref('household', household)],
      members: 2,
      measurements: 1,
      visits: 1,
    });
  });

  it('a household alone takes only itself', () => {
    expect(householdDeletion(household, [], [], [], [])).toEqual({ ok: true, records: [ref('household', household)], members: 0, measurements: 0, visits: 0 });
  });

  it('is refused while a running pledge names the household or one of its living members', () => {
    const family = makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: household.id, status: 'aktif' });
    const forChild = makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: child.id, status: 'ditunda' });
    const members = [head, child];
    expect(householdDeletion(household, members, [], [], [family, forChild])).toEqual({ ok: false, runningPledges: 2 });
    expect(householdDeletion(household, members, [], [], [family])).toEqual({ ok: false, runningPledges: 1 });
    expect(householdDeletion(household, members, [], [], [forChild])).toEqual({ ok: false, runningPledges: 1 });
  });

  it('is not blocked by finished, cancelled or deleted pledges, nor by those of other families', () => {
    const pledges = [
      makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: household.id, status: 'selesai' }),
      makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: child.id, status: 'batal' }),
      makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: child.id, status: 'aktif', deleted: true }),
      makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: neighbour.id, status: 'aktif' }),
      makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: leftEarlier.id, status: 'aktif' }),
    ];
    expect(householdDeletion(household, [head, child, leftEarlier], [], [], pledges).ok).toBe(true);
  });
});
