import { describe, expect, it } from 'vitest';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';
import type { ActionItem } from '../../../src/domain/action-item.ts';
import { actionItemStatusOn, buildGentingRecap, monthEnd, pledgeStatusOn, previousMonth } from '../../../src/reports/genting-recap.ts';
import { makeDelivery, makeHousehold, makeMeasurement, makePerson, makePledge, makeSponsor, village } from './genting-fixtures.ts';

const tables = loadGrowthTablesSync();

function actionItem(status: ActionItem['status'], fields: Partial<ActionItem> = {}): ActionItem {
  return { id: `0190a5b2-1c3d-7e4f-9a5b-${Math.random().toString().slice(2, 14).padEnd(12, '0')}`, villageCode: village, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deleted: false, meetingId: '0190a5b2-1c3d-7e4f-9a5b-000000009999', what: 'Kunjungan', who: 'Bidan', status, ...fields };
}

function scenario() {
  const atRisk = makeHousehold({ headName: 'Sutrisno' });
  const wife = makePerson(atRisk, { name: 'Ani', relation: 'istri', birthDate: '1995-01-01', maritalStatus: 'kawin', isPregnant: true, lastMenstrualPeriod: '2025-01-01' });
  const stunted = makePerson(atRisk, { name: 'Citra', birthDate: '2023-01-01', motherId: wife.id });
  const safe = makeHousehold({ headName: 'Warsito', drinkingWater: 'ledeng' });
  const thin = makePerson(safe, { name: 'Bima', sex: 'M', birthDate: '2024-06-01' });
  const unmeasured = makePerson(safe, { name: 'Dodi', sex: 'M', birthDate: '2021-06-01' });
  const otherVillage = makeHousehold({ headName: 'Lain', villageCode: '3374122004' });
  const otherChild = makePerson(otherVillage, { name: 'Lain', birthDate: '2024-01-01', villageCode: '3374122004' });
  const deleted = makeHousehold({ headName: 'Hapus', deleted: true });
  const measurements = [
    makeMeasurement(stunted, { date: '2025-03-10', weightKg: 11, lengthCm: 79, measure: 'h' }),
    makeMeasurement(stunted, { date: '2025-03-02', weightKg: 8, lengthCm: 76, measure: 'h' }),
    makeMeasurement(thin, { date: '2025-03-05', weightKg: 6.2, lengthCm: 70, measure: 'l' }),
    makeMeasurement(thin, { date: '2025-02-05', weightKg: 8.5, lengthCm: 70, measure: 'l' }),
    makeMeasurement(unmeasured, { date: '2025-02-20', weightKg: 14 }),
    makeMeasurement(otherChild, { date: '2025-03-05', weightKg: 5, villageCode: '3374122004' }),
  ];
  const sponsor = makeSponsor();
  const oldSponsor = makeSponsor({ deleted: true });
  const family = makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: atRisk.id, startDate: '2025-01-10', amountRp: 300_000 });
  const open = makePledge(sponsor, { startDate: '2025-02-01', schedule: 'mingguan', periods: 8 });
  const future = makePledge(sponsor, { startDate: '2025-04-01' });
  const done = makePledge(sponsor, { status: 'selesai', startDate: '2024-01-01' });
  const deliveries = [
    makeDelivery(family, { date: '2025-01-10', valueRp: 300_000 }),
    makeDelivery(family, { date: '2025-03-11', valueRp: 300_000 }),
    makeDelivery(open, { date: '2025-03-01', valueRp: 50_000 }),
    makeDelivery(open, { date: '2025-03-02', valueRp: 70_000, deleted: true }),
  ];
  const actionItems = [actionItem('rencana'), actionItem('rencana'), actionItem('berjalan'), actionItem('selesai'), actionItem('batal', { deleted: true })];
  return {
    households: [atRisk, safe, otherVillage, deleted],
    persons: [wife, stunted, thin, unmeasured, otherChild],
    measurements,
    sponsors: [sponsor, oldSponsor],
    pledges: [family, open, future, done],
    deliveries,
    actionItems,
  };
}

describe('buildGentingRecap', () => {
  it('computes the month\'s figures for the village', () => {
    const recap = buildGentingRecap(scenario(), village, '2025-03', '2025-03-20', tables);
    expect(recap.referenceDate).toBe('2025-03-20');
    expect(recap.households).toBe(2);
    expect(recap.familiesAtRisk).toBe(1);
    expect(recap.targets).toEqual({ catin: 0, 'ibu-hamil': 1, 'pasca-persalinan': 0, baduta: 1, balita: 2, pus: 1 });
    expect(recap.childrenMeasured).toBe(2);
    // Citra's last March measurement: stunted, not underweight, not wasted; Bima: wasted and underweight.
    expect(recap.prevalence).toEqual({ stunting: { count: 1, of: 2 }, underweight: { count: 1, of: 2 }, wasting: { count: 1, of: 2 } });
    expect(recap.sponsors).toBe(1);
    expect(recap.activePledges).toBe(2);
    expect(recap.deliveries).toBe(2);
    expect(recap.deliveriesValueRp).toBe(350_000);
    // Targets: Sutrisno's family, Ani, Citra (covered by the family pledge) and Bima (wasted, not covered).
    expect(recap.coverage).toEqual({ covered: 3, total: 4, share: 0.75 });
    // The weekly pledge: 6 weeks started by 13 March (the day minus the grace), 1 delivered; the
    // family pledge: January, February and March due, 2 delivered (February missed).
    expect(recap.overduePledges).toBe(2);
    expect(recap.actionItems).toEqual({ rencana: 2, berjalan: 1, selesai: 1, batal: 0 });
  });

  it('reads a past month as on its last day', () => {
    const recap = buildGentingRecap(scenario(), village, '2025-02', '2025-03-20', tables);
    expect(recap.referenceDate).toBe('2025-02-28');
    expect(recap.childrenMeasured).toBe(2);
    expect(recap.prevalence?.wasting).toEqual({ count: 0, of: 1 });
    expect(recap.prevalence?.underweight).toEqual({ count: 0, of: 2 });
    expect(recap.deliveries).toBe(0);
    expect(recap.activePledges).toBe(2);
    expect(recap.coverage).toEqual({ covered: 3, total: 3, share: 1 });
  });

  it('leaves out families, members and sponsors recorded after the month', () => {
    const data = scenario();
    const late = makeHousehold({ headName: 'Baru', createdAt: '2025-03-05T02:00:00.000Z' });
    const lateChild = makePerson(late, { name: 'Baru', birthDate: '2024-10-01', createdAt: '2025-03-05T02:00:00.000Z' });
    const lateSponsor = makeSponsor({ createdAt: '2025-03-02T00:00:00.000Z' });
    const withLate = { ...data, households: [...data.households, late], persons: [...data.persons, lateChild], sponsors: [...data.sponsors, lateSponsor] };
    const february = buildGentingRecap(withLate, village, '2025-02', '2025-03-20', tables);
    expect([february.households, february.familiesAtRisk, february.targets.baduta, february.sponsors]).toEqual([2, 1, 1, 1]);
    const march = buildGentingRecap(withLate, village, '2025-03', '2025-03-20', tables);
    expect([march.households, march.familiesAtRisk, march.targets.baduta, march.sponsors]).toEqual([3, 2, 2, 2]);
  });

  it('reads pledge status as on the month\'s last day: one ended the month after counts as active and overdue then', () => {
    const data = scenario();
    const sponsor = data.sponsors[0]!;
    // Monthly from 10 January, nothing delivered; marked 'selesai' on 4 March.
    const endedInMarch = makePledge(sponsor, { startDate: '2025-01-10', status: 'selesai', updatedAt: '2025-03-04T03:00:00.000Z' });
    const withEnded = { ...data, pledges: [...data.pledges, endedInMarch] };
    const february = buildGentingRecap(withEnded, village, '2025-02', '2025-03-20', tables);
    const plain = buildGentingRecap(data, village, '2025-02', '2025-03-20', tables);
    expect(february.activePledges).toBe(plain.activePledges + 1);
    expect(february.overduePledges).toBe(plain.overduePledges + 1);
    const march = buildGentingRecap(withEnded, village, '2025-03', '2025-03-20', tables);
    const plainMarch = buildGentingRecap(data, village, '2025-03', '2025-03-20', tables);
    expect([march.activePledges, march.overduePledges]).toEqual([plainMarch.activePledges, plainMarch.overduePledges]);
  });

  it('counts a pledge as covering its beneficiary in a month it was still active', () => {
    const data = scenario();
    const bima = data.persons.find((p) => p.name === 'Bima')!;
    const ended = makePledge(data.sponsors[0]!, { beneficiaryKind: 'anak', beneficiaryId: bima.id, startDate: '2025-03-01', status: 'batal', updatedAt: '2025-04-02T00:00:00.000Z' });
    const march = buildGentingRecap({ ...data, pledges: [...data.pledges, ended] }, village, '2025-03', '2025-04-10', tables);
    expect(march.coverage).toEqual({ covered: 4, total: 4, share: 1 });
  });

  it('reads RTL status as on the month\'s last day and leaves out RTL recorded after it', () => {
    const data = scenario();
    const doneInMarch = actionItem('selesai', { updatedAt: '2025-03-03T08:00:00.000Z' });
    const doneInFebruary = actionItem('selesai', { updatedAt: '2025-02-27T08:00:00.000Z' });
    const agreedInMarch = actionItem('rencana', { createdAt: '2025-03-02T08:00:00.000Z', updatedAt: '2025-03-02T08:00:00.000Z' });
    const withItems = { ...data, actionItems: [...data.actionItems, doneInMarch, doneInFebruary, agreedInMarch] };
    expect(buildGentingRecap(withItems, village, '2025-02', '2025-03-20', tables).actionItems).toEqual({ rencana: 2, berjalan: 2, selesai: 2, batal: 0 });
    expect(buildGentingRecap(withItems, village, '2025-03', '2025-03-20', tables).actionItems).toEqual({ rencana: 3, berjalan: 1, selesai: 3, batal: 0 });
  });

  it('reads when the status was set from statusSetAt, not updatedAt, when the device gives it', () => {
    const data = scenario();
    const sponsor = data.sponsors[0]!;
    const plain = buildGentingRecap(data, village, '2025-02', '2025-03-20', tables);
    // Monthly from 10 January, nothing delivered (overdue while active).
    // Finished by setting its status on 4 March: active (and overdue) at February's end.
    const finishedInMarch = makePledge(sponsor, { startDate: '2025-01-10', status: 'selesai', updatedAt: '2025-03-04T03:00:00.000Z' });
    // Finished on 20 February; a note edited on 6 March: finished at February's end.
    const finishedInFebruary = makePledge(sponsor, { startDate: '2025-01-10', status: 'selesai', updatedAt: '2025-03-06T03:00:00.000Z' });
    const rtlDoneInFebruary = actionItem('selesai', { updatedAt: '2025-03-05T08:00:00.000Z' });
    const rtlDoneInMarch = actionItem('batal', { updatedAt: '2025-03-05T08:00:00.000Z' });
    const statusSetAt = new Map([
      [finishedInMarch.id, '2025-03-04T03:00:00.000Z'],
      [finishedInFebruary.id, '2025-02-20T09:00:00.000Z'],
      [rtlDoneInFebruary.id, '2025-02-25T08:00:00.000Z'],
      [rtlDoneInMarch.id, '2025-03-05T08:00:00.000Z'],
    ]);
    const records = { ...data, pledges: [...data.pledges, finishedInMarch, finishedInFebruary], actionItems: [...data.actionItems, rtlDoneInFebruary, rtlDoneInMarch] };
    const february = buildGentingRecap({ ...records, statusSetAt }, village, '2025-02', '2025-03-20', tables);
    expect([february.activePledges, february.overduePledges]).toEqual([plain.activePledges + 1, plain.overduePledges + 1]);
    expect(february.actionItems).toEqual({ rencana: 2, berjalan: 2, selesai: 2, batal: 0 });
    // Without the stamps (updatedAt only), the note of 6 March makes the February finish count as open.
    const approximated = buildGentingRecap(records, village, '2025-02', '2025-03-20', tables);
    expect([approximated.activePledges, approximated.overduePledges]).toEqual([plain.activePledges + 2, plain.overduePledges + 2]);
    expect(approximated.actionItems).toEqual({ rencana: 2, berjalan: 3, selesai: 1, batal: 0 });
  });

  it('leaves out deliveries of a deleted pledge', () => {
    const data = scenario();
    const gone = makePledge(data.sponsors[0]!, { deleted: true });
    const withGone = { ...data, pledges: [...data.pledges, gone], deliveries: [...data.deliveries, makeDelivery(gone, { date: '2025-03-12', valueRp: 999_000 })] };
    const march = buildGentingRecap(withGone, village, '2025-03', '2025-03-20', tables);
    expect([march.deliveries, march.deliveriesValueRp]).toEqual([2, 350_000]);
  });

  it('has no prevalence without growth tables', () => {
    expect(buildGentingRecap(scenario(), village, '2025-03', '2025-03-20', null).prevalence).toBeNull();
  });
});

describe('status on a past day', () => {
  const stamp = (day: string) => `${day}T10:00:00.000Z`;
  it('keeps the current status of a record last changed on or before the day', () => {
    expect(pledgeStatusOn({ status: 'selesai', updatedAt: stamp('2025-02-28') }, '2025-02-28')).toBe('selesai');
    expect(actionItemStatusOn({ status: 'batal', updatedAt: stamp('2025-02-01') }, '2025-02-28')).toBe('batal');
  });
  it('takes a record changed later as active / in progress then', () => {
    for (const status of ['selesai', 'batal', 'ditunda'] as const) expect(pledgeStatusOn({ status, updatedAt: stamp('2025-03-01') }, '2025-02-28')).toBe('aktif');
    expect(pledgeStatusOn({ status: 'aktif', updatedAt: stamp('2025-03-01') }, '2025-02-28')).toBe('aktif');
    expect(actionItemStatusOn({ status: 'selesai', updatedAt: stamp('2025-03-01') }, '2025-02-28')).toBe('berjalan');
    expect(actionItemStatusOn({ status: 'rencana', updatedAt: stamp('2025-03-01') }, '2025-02-28')).toBe('rencana');
  });
});

describe('status on a past day from the status field\'s stamp', () => {
  const at = (day: string) => `${day}T10:00:00.000Z`;
  it('a pledge finished by setting its status in the next month counts as active', () => {
    expect(pledgeStatusOn({ status: 'selesai', updatedAt: at('2025-03-02') }, '2025-02-28', at('2025-03-02'))).toBe('aktif');
    expect(actionItemStatusOn({ status: 'selesai', updatedAt: at('2025-03-02') }, '2025-02-28', at('2025-03-02'))).toBe('berjalan');
  });
  it('a note edited in the next month on a pledge finished in the month keeps it finished', () => {
    expect(pledgeStatusOn({ status: 'selesai', updatedAt: at('2025-03-02') }, '2025-02-28', at('2025-02-14'))).toBe('selesai');
    expect(actionItemStatusOn({ status: 'batal', updatedAt: at('2025-03-02') }, '2025-02-28', at('2025-02-14'))).toBe('batal');
  });
});

describe('months', () => {
  it('steps back over the year and ends months on their last day', () => {
    expect(previousMonth('2025-01')).toBe('2024-12');
    expect(previousMonth('2025-03')).toBe('2025-02');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2025-12')).toBe('2025-12-31');
  });
});
