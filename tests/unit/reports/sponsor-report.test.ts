import { describe, expect, it } from 'vitest';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';
import { buildSponsorReport } from '../../../src/reports/sponsor-report.ts';
import { makeDelivery, makeHousehold, makeMeasurement, makePerson, makePledge, makeSponsor } from './genting-fixtures.ts';

const tables = loadGrowthTablesSync();
const today = '2025-03-15';

function scenario() {
  const household = makeHousehold({ headName: 'Sutrisno', dusun: 'Krajan', address: 'Jl. Melati 4', rt: '002', rw: '001', kkNumber: '3374120101900099', phone: '081234567890', gps: { lat: -7, lon: 110 } });
  const mother = makePerson(household, { name: 'Ani Lestari', relation: 'istri', nik: '3374124101900001', birthDate: '1990-01-01', isPregnant: true, lastMenstrualPeriod: '2024-09-01' });
  const girl = makePerson(household, { name: 'Citra', nik: '3374124101230002', birthDate: '2023-01-01', motherId: mother.id });
  const baby = makePerson(household, { name: 'Bayi Ani', birthDate: '2025-02-01', motherId: mother.id });
  const sponsor = makeSponsor({ name: 'PT Sumber Rejeki', phone: '0241234567' });
  const other = makeSponsor({ name: 'Bu Hartini', kind: 'perorangan' });
  const forGirl = makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: girl.id, startDate: '2024-12-15', schedule: 'bulanan', periods: 6, amountRp: 450_000 });
  const forFamily = makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: household.id, supportType: 'air-sanitasi', schedule: 'sekali', startDate: '2025-02-01', periods: null });
  const forMother = makePledge(sponsor, { beneficiaryKind: 'ibu-hamil', beneficiaryId: mother.id, startDate: '2025-01-01', supportType: 'pmt' });
  const cancelled = makePledge(sponsor, { status: 'batal' });
  const othersPledge = makePledge(other, { beneficiaryKind: 'anak', beneficiaryId: girl.id });
  const deliveries = [
    makeDelivery(forGirl, { date: '2025-02-15', valueRp: 450_000, receivedBy: 'Ani Lestari', deliveredBy: 'Kader Siti' }),
    makeDelivery(forGirl, { date: '2024-12-15', valueRp: 450_000 }),
    makeDelivery(forGirl, { date: '2025-01-20', valueRp: 400_000, deleted: true }),
    makeDelivery(forGirl, { date: '2025-04-01', valueRp: 450_000 }),
    makeDelivery(othersPledge, { date: '2025-02-01', valueRp: 1 }),
  ];
  const measurements = [
    makeMeasurement(girl, { date: '2024-01-01', weightKg: 6.5, lengthCm: 66, measure: 'l' }),
    makeMeasurement(girl, { date: '2024-12-01', weightKg: 8, lengthCm: 75.5, measure: 'l' }),
    makeMeasurement(girl, { date: '2025-01-01', weightKg: 8, lengthCm: 76, measure: 'h' }),
    makeMeasurement(girl, { date: '2025-03-10', weightKg: 11, lengthCm: 79, measure: 'h' }),
  ];
  const data = { pledges: [forGirl, forFamily, forMother, cancelled, othersPledge], deliveries, households: [household], persons: [mother, girl, baby], measurements };
  return { sponsor, data, forGirl, forFamily, forMother, girl };
}

describe('buildSponsorReport', () => {
  it('lists the sponsor\'s pledges (not cancelled, not another sponsor\'s) with deliveries up to today', () => {
    const { sponsor, data, forGirl } = scenario();
    const report = buildSponsorReport(sponsor, data, tables, today);
    expect(report.pledges.map((p) => p.supportType)).toEqual(['paket-pangan', 'pmt', 'air-sanitasi']);
    const girlPledge = report.pledges.find((p) => p.pledgeId === forGirl.id);
    expect(girlPledge?.deliveries.map((d) => [d.date, d.valueRp, d.receivedBy])).toEqual([['2024-12-15', 450_000, null], ['2025-02-15', 450_000, 'Ani Lestari']]);
    expect(girlPledge?.fulfilment).toMatchObject({ due: 4, delivered: 2, overdue: true, behind: 1 });
    expect(report.totals).toEqual({ deliveries: 2, valueRp: 900_000, beneficiaries: 3 });
  });

  it('shows the child\'s growth then (last measurement before the pledge) and now, with the trend between', () => {
    const { sponsor, data, forGirl } = scenario();
    const girlPledge = buildSponsorReport(sponsor, data, tables, today).pledges.find((p) => p.pledgeId === forGirl.id);
    const [growth] = girlPledge?.children ?? [];
    expect(girlPledge?.beneficiary).toEqual({ kind: 'anak', name: 'Citra', dusun: 'Krajan', sex: 'F', ageMonths: 26 });
    expect(growth?.then?.date).toBe('2024-12-01');
    expect(growth?.then?.readings.pbu.category).toBe('severely-stunted');
    expect(growth?.now?.date).toBe('2025-03-10');
    expect(growth?.now?.readings.pbu.category).toBe('stunted');
    expect(growth?.trend.map((p) => p.date)).toEqual(['2024-12-01', '2025-01-01', '2025-03-10']);
  });

  it('follows a family\'s children under five and a mother\'s babies born since the pledge', () => {
    const { sponsor, data, forFamily, forMother } = scenario();
    const report = buildSponsorReport(sponsor, data, tables, today);
    expect(report.pledges.find((p) => p.pledgeId === forFamily.id)?.children.map((c) => c.name)).toEqual(['Citra', 'Bayi Ani']);
    expect(report.pledges.find((p) => p.pledgeId === forFamily.id)?.beneficiary?.name).toBe('Sutrisno');
    const mother = report.pledges.find((p) => p.pledgeId === forMother.id);
    expect(mother?.children.map((c) => [c.name, c.then, c.trend])).toEqual([['Bayi Ani', null, []]]);
  });

  it('carries no NIK, KK number, phone, address, RT/RW or GPS point', () => {
    const { sponsor, data } = scenario();
    const text = JSON.stringify(buildSponsorReport(sponsor, data, tables, today));
    for (const secret of ['3374124101900001', '3374124101230002', '3374120101900099', '081234567890', '0241234567', 'Melati', '"rt"', '"rw"', '"gps"', '"nik"', 'Kader Siti']) {
      expect(text).not.toContain(secret);
    }
  });

  it('without growth tables still lists the children, without growth', () => {
    const { sponsor, data, forGirl } = scenario();
    const girlPledge = buildSponsorReport(sponsor, data, null, today).pledges.find((p) => p.pledgeId === forGirl.id);
    expect(girlPledge?.children.map((c) => [c.name, c.then, c.now])).toEqual([['Citra', null, null]]);
  });
});
