import { describe, expect, it } from 'vitest';
import { assignablePledges, listAtRiskTargets, targetCoverage, unmatchedTargets } from '../../../src/reports/genting-targets.ts';
import type { ChildGrowth } from '../../../src/reports/child-growth.ts';
import type { ChildFlag } from '../../../src/domain/child-status.ts';
import { makeHousehold, makePerson, makePledge, makeSponsor } from './genting-fixtures.ts';

const today = '2025-03-15';

function village() {
  const h1 = makeHousehold({ headName: 'Sutrisno', dusun: 'Krajan', welfareDecile: 3 });
  const wife = makePerson(h1, { name: 'Ani', relation: 'istri', birthDate: '1990-05-01', maritalStatus: 'kawin', isPregnant: true, lastMenstrualPeriod: '2024-07-01' });
  const baby = makePerson(h1, { name: 'Dewi', birthDate: '2024-06-01', motherId: wife.id });
  const toddler = makePerson(h1, { name: 'Bima', sex: 'M', birthDate: '2021-01-01', motherId: wife.id });
  const h2 = makeHousehold({ headName: 'Warsito', dusun: 'Sidomulyo', drinkingWater: 'ledeng' });
  const thin = makePerson(h2, { name: 'Citra', birthDate: '2023-01-01' });
  const fine = makePerson(h2, { name: 'Dodi', sex: 'M', birthDate: '2020-09-01' });
  const h3 = makeHousehold({ headName: 'Joko', dusun: 'Sidomulyo' });
  const young = makePerson(h3, { name: 'Rina', relation: 'istri', birthDate: '2007-01-01', maritalStatus: 'kawin' });
  const h4 = makeHousehold({ headName: 'Dihapus', deleted: true });
  const gone = makePerson(h4, { name: 'Eka', birthDate: '2024-01-01' });
  const h5 = makeHousehold({ headName: 'Mbah Karto' });
  const old = makePerson(h5, { name: 'Mbah Karto', sex: 'M', relation: 'kepala-keluarga', birthDate: '1940-01-01' });
  return { households: [h1, h2, h3, h4, h5], persons: [wife, baby, toddler, thin, fine, young, gone, old], h1, h2, h3, wife, baby, toddler, thin, fine };
}

const deficitOf = (flags: readonly ChildFlag[]): ChildGrowth['deficit'] =>
  flags.some((f) => f === 'oedema' || f.startsWith('severely-')) ? 'severe' : flags.some((f) => ['wasted', 'stunted', 'underweight', 'faltering-2t'].includes(f)) ? 'moderate' : 'none';
const growth = (ids: Record<string, readonly ChildFlag[]>) => (id: string): ChildGrowth | null => {
  const flags = ids[id];
  return flags ? { deficit: deficitOf(flags), flags } : null;
};

describe('listAtRiskTargets', () => {
  it('lists families at risk, their pregnant women and young children, and children with a growth deficit, most urgent first', () => {
    const v = village();
    const sponsor = makeSponsor();
    const pledges = [makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: v.h1.id })];
    const targets = listAtRiskTargets({ households: v.households, persons: v.persons, pledges }, today, growth({ [v.thin.id]: ['stunted'], [v.fine.id]: [] }));
        expect(targets.map((t) => [t.level, t.urgency, t.kind, t.name, t.dusun])).toEqual([
      ['pendek', 'tinggi', 'anak', 'Citra', 'Sidomulyo'],
      ['ibu-hamil', 'sedang', 'ibu-hamil', 'Ani', 'Krajan'],
      ['keluarga', 'rendah', 'anak', 'Dewi', 'Krajan'],
      ['keluarga', 'rendah', 'anak', 'Bima', 'Krajan'],
      ['keluarga', 'rendah', 'keluarga', 'Sutrisno', 'Krajan'],
      ['keluarga', 'rendah', 'keluarga', 'Joko', 'Sidomulyo'],
    ]);
    expect(targets.find((t) => t.name === 'Citra')?.growthFlag).toBe('stunted');
    const joko = targets.find((t) => t.name === 'Joko');
    expect(joko?.reasons).toEqual(['air-minum', 'terlalu-muda']);
    expect(targets.find((t) => t.name === 'Ani')?.gestationalWeeks).toBe(36);
    expect(targets.find((t) => t.name === 'Citra')?.reasons).toEqual([]);
  });

  it('orders by one explicit urgency: severe, wasted, stunted, underweight, T/2T, pregnant at risk, family factors only', () => {
    const water = makeHousehold({ headName: 'Air', dusun: 'A', drinkingWater: 'air-permukaan', toilet: 'tidak-ada', welfareDecile: 1 });
    const mother = makePerson(water, { name: 'Ibu', relation: 'istri', birthDate: '1995-01-01', maritalStatus: 'kawin', isPregnant: true, lastMenstrualPeriod: '2024-12-01' });
    const safe = makeHousehold({ headName: 'Aman', dusun: 'Z', drinkingWater: 'ledeng', toilet: 'sendiri-septik' });
    const flagged: [string, ChildFlag[]][] = [
      ['T', ['faltering-t']], ['Kurang', ['underweight']], ['SangatKurang', ['severely-underweight']], ['Pendek', ['stunted', 'underweight']],
      ['Kurus', ['wasted', 'stunted']], ['Buruk', ['severely-wasted']], ['Edema', ['oedema']], ['DuaT', ['faltering-2t']],
    ];
    // Every flagged child is in the safe household except T (a single T alone is not a deficit).
    const kids = flagged.map(([name], i) => makePerson(name === 'T' ? water : safe, { name, birthDate: `2023-0${(i % 9) + 1}-01` }));
    const plain = makePerson(water, { name: 'Sehat', birthDate: '2022-01-01', motherId: mother.id });
    const flagsById = Object.fromEntries(flagged.map(([, flags], i) => [kids[i]?.id ?? '', flags]));
    const targets = listAtRiskTargets({ households: [water, safe], persons: [mother, plain, ...kids], pledges: [] }, today, growth(flagsById));
    expect(targets.map((t) => [t.level, t.name])).toEqual([
      ['berat', 'Edema'],
      ['berat', 'Buruk'],
      ['kurus', 'Kurus'],
      ['pendek', 'Pendek'],
      ['bb-kurang', 'SangatKurang'],
      ['bb-kurang', 'Kurang'],
      ['tidak-naik', 'DuaT'],
      ['tidak-naik', 'T'],
      ['ibu-hamil', 'Ibu'],
      ['keluarga', 'Sehat'],
      ['keluarga', 'Air'],
      ['keluarga', 'Aman'], // seven children of one family: terlalu banyak
    ]);
    expect(targets.map((t) => t.urgency)).toEqual(['tinggi', 'tinggi', 'tinggi', 'tinggi', 'sedang', 'sedang', 'sedang', 'sedang', 'sedang', 'rendah', 'rendah', 'rendah']);
  });

  it('a family pledge covers the family and its members; a member pledge covers the family', () => {
    const v = village();
    const sponsor = makeSponsor();
    const family = makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: v.h1.id });
    const child = makePledge(sponsor, { beneficiaryKind: 'anak', beneficiaryId: v.thin.id });
    const targets = listAtRiskTargets({ households: v.households, persons: v.persons, pledges: [family, child] }, today, growth({ [v.thin.id]: ['severely-wasted'] }));
    expect(unmatchedTargets(targets).map((t) => t.name)).toEqual(['Joko']);
    expect(targets.find((t) => t.name === 'Dewi')?.pledgeIds).toEqual([family.id]);
    expect(targetCoverage(targets)).toEqual({ covered: 5, total: 6, share: 5 / 6 });
  });

  it('only active, living pledges cover a target', () => {
    const v = village();
    const sponsor = makeSponsor();
    const pledges = [
      makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: v.h3.id, status: 'selesai' }),
      makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: v.h3.id, status: 'ditunda' }),
      makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: v.h3.id, deleted: true }),
    ];
    const targets = listAtRiskTargets({ households: v.households, persons: v.persons, pledges }, today);
    expect(targets.find((t) => t.name === 'Joko')?.pledgeIds).toEqual([]);
    expect(targetCoverage(targets)).toEqual({ covered: 0, total: 5, share: 0 });
  });

  it('has no coverage share without targets', () => {
    expect(targetCoverage([])).toEqual({ covered: 0, total: 0, share: null });
  });
});

describe('assignablePledges', () => {
  it('offers living active or on-hold pledges without a beneficiary, oldest start first', () => {
    const sponsor = makeSponsor();
    const later = makePledge(sponsor, { startDate: '2025-03-01' });
    const earlier = makePledge(sponsor, { startDate: '2025-02-01', status: 'ditunda' });
    const assigned = makePledge(sponsor, { beneficiaryKind: 'keluarga', beneficiaryId: later.id });
    const cancelled = makePledge(sponsor, { status: 'batal' });
    const deleted = makePledge(sponsor, { deleted: true });
    expect(assignablePledges([later, earlier, assigned, cancelled, deleted]).map((p) => p.id)).toEqual([earlier.id, later.id]);
  });
});
