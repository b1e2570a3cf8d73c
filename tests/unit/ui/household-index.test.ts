import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  buildHouseholdIndex,
  filterChoices,
  filterHouseholds,
  householdsInListOrder,
  noFilters,
} from '../../../src/ui/households/household-index.ts';
import { makeHousehold, makePerson, makeVisit } from './fixtures.ts';

const today = '2025-06-15';

const sutrisno = makeHousehold({ headName: 'Sutrisno', dusun: 'Krajan', rt: '2', rw: '1', address: 'Jl. Melati 4', kkNumber: '3374121234567890', drinkingWater: 'sumur-tak-terlindung', toilet: 'sendiri-septik' });
const budi = makeHousehold({ headName: 'Budi Santoso', dusun: 'Banaran', rt: '1', rw: '3', drinkingWater: 'ledeng', toilet: 'sendiri-septik' });
const rina = makeHousehold({ headName: 'Rina Wati', dusun: 'krajan', rt: '5', rw: '1' });
const gone = makeHousehold({ headName: 'Sudah Dihapus', dusun: 'Banaran', deleted: true });

const persons = [
  makePerson(sutrisno, { name: 'Ani Lestari', relation: 'istri', birthDate: '1998-02-01', maritalStatus: 'kawin', isPregnant: true, lastMenstrualPeriod: '2025-03-01' }),
  makePerson(sutrisno, { name: 'Dewi', birthDate: '2024-04-10' }),
  makePerson(budi, { name: 'Joko', sex: 'M', birthDate: '2021-01-01' }),
  makePerson(budi, { name: 'Tono Dihapus', sex: 'M', birthDate: '2024-01-01', deleted: true }),
  makePerson(rina, { name: 'Rina Wati', relation: 'kepala-keluarga', birthDate: '1970-01-01' }),
];
const visits = [
  makeVisit(budi, { date: '2025-06-01' }),
  makeVisit(sutrisno, { date: '2025-04-01', nextVisitDate: '2025-05-01' }),
  makeVisit(sutrisno, { date: '2025-05-10' }),
  makeVisit(rina, { date: '2025-06-10', deleted: true }),
];

const index = buildHouseholdIndex([sutrisno, budi, rina, gone], persons, visits, today);
const names = (list: typeof index) => list.map((entry) => entry.household.headName);

describe('household index', () => {
  it('keeps live households in list order with member counts, targets, risk and the latest visit', () => {
    expect(names(index)).toEqual(['Budi Santoso', 'Sutrisno', 'Rina Wati']);
    const [b, s, r] = index;
    expect(s).toMatchObject({ memberCount: 2, hasPregnant: true, hasUnder2: true, hasUnder5: true, hasTargets: true, lastVisitDate: '2025-05-10', nextVisitDate: null });
    expect(s?.risk.atRisk).toBe(true);
    expect(s?.risk.reasons).toEqual(['air-minum']);
    expect(b).toMatchObject({ memberCount: 1, hasPregnant: false, hasUnder2: false, hasUnder5: true, lastVisitDate: '2025-06-01' });
    expect(b?.risk.atRisk).toBe(false);
    expect(r).toMatchObject({ hasTargets: false, lastVisitDate: null });
  });

  it('searches head, member names, KK number and address, every word, ignoring case and accents', () => {
    const search = (query: string) => names(filterHouseholds(index, query, noFilters, today));
    expect(search('dewi')).toEqual(['Sutrisno']);
    expect(search('ANI lestari')).toEqual(['Sutrisno']);
    expect(search('3374121234')).toEqual(['Sutrisno']);
    expect(search('melati')).toEqual(['Sutrisno']);
    expect(search('joko')).toEqual(['Budi Santoso']);
    expect(search('tono')).toEqual([]);
    expect(search('krajan rt5')).toEqual(['Rina Wati']);
    expect(search('ságara')).toEqual([]);
    expect(search('  ')).toHaveLength(3);
  });

  it('filters by dusun (any case), RW/RT, at risk, pregnant, under 2, under 5 and not visited for 30 days', () => {
    const by = (filters: Partial<typeof noFilters>) => names(filterHouseholds(index, '', { ...noFilters, ...filters }, today));
    expect(by({ dusun: 'KRAJAN' })).toEqual(['Sutrisno', 'Rina Wati']);
    expect(by({ place: '001/005' })).toEqual(['Rina Wati']);
    expect(by({ atRisk: true })).toEqual(['Sutrisno']);
    expect(by({ pregnant: true })).toEqual(['Sutrisno']);
    expect(by({ under2: true })).toEqual(['Sutrisno']);
    expect(by({ under5: true })).toEqual(['Budi Santoso', 'Sutrisno']);
    expect(by({ notVisited: true })).toEqual(['Sutrisno', 'Rina Wati']);
    expect(by({ under5: true, notVisited: true })).toEqual(['Sutrisno']);
    expect(names(filterHouseholds(index, 'budi', { ...noFilters, dusun: 'Krajan' }, today))).toEqual([]);
  });

  it('offers each dusun once and the RW/RT places of the chosen dusun', () => {
    expect(filterChoices(index, '')).toEqual({ dusuns: ['Banaran', 'Krajan'], places: ['001/002', '001/005', '003/001'] });
    expect(filterChoices(index, 'Krajan').places).toEqual(['001/002', '001/005']);
    expect(activeFilterCount({ ...noFilters, dusun: 'Krajan', atRisk: true })).toBe(2);
  });

  it('puts the households alone (before members and visits) in the same order as the index, tombstones left out', () => {
    const preview = householdsInListOrder([rina, gone, sutrisno, budi]);
    expect(preview.map((household) => household.headName)).toEqual(names(index));
    expect(filterChoices(preview.map((household) => ({ household })), '')).toEqual(filterChoices(index, ''));
  });

  it('filters 3,000 households per keystroke well under the 100 ms budget', () => {
    const many = Array.from({ length: 3000 }, (_, i) => makeHousehold({ headName: `Kepala ${i}`, dusun: `Dusun ${i % 7}`, address: `Jalan ${i}` }));
    const big = buildHouseholdIndex(many, many.flatMap((h, i) => [makePerson(h, { name: `Anak ${i}`, birthDate: '2024-01-01' })]), [], today);
    const started = performance.now();
    for (const query of ['k', 'ke', 'kep', 'kepa', 'kepala 12']) filterHouseholds(big, query, { ...noFilters, under5: true }, today);
    expect((performance.now() - started) / 5).toBeLessThan(100);
    expect(filterHouseholds(big, 'anak 2999', noFilters, today)).toHaveLength(1);
  });
});

describe('household indexer', () => {
  it('reuses the entries of untouched households and recomputes a household whose member changed', async () => {
    const { createHouseholdIndexer } = await import('../../../src/ui/households/household-index.ts');
    const build = createHouseholdIndexer();
    const first = build([sutrisno, budi, rina], persons, visits, today);
    const edited = persons.map((person) => (person.name === 'Joko' ? { ...person, birthDate: '2024-01-01', updatedAt: '2025-06-15T01:00:00.000Z' } : person));
    const second = build([sutrisno, budi, rina], edited, visits, today);
    const byName = (list: typeof first, name: string) => list.find((entry) => entry.household.headName === name);
    expect(byName(second, 'Sutrisno')).toBe(byName(first, 'Sutrisno'));
    expect(byName(second, 'Budi Santoso')).not.toBe(byName(first, 'Budi Santoso'));
    expect(byName(second, 'Budi Santoso')?.hasUnder2).toBe(true);
    const nextDay = build([sutrisno, budi, rina], edited, visits, '2025-06-16');
    expect(byName(nextDay, 'Sutrisno')).not.toBe(byName(second, 'Sutrisno'));
  });

  it('counts catin and post-partum women as visit targets with the bounds of targetStatus', () => {
    const h = makeHousehold({ headName: 'Catin' });
    const at = (fields: Parameters<typeof makePerson>[1]) => buildHouseholdIndex([h], [makePerson(h, fields)], [], today)[0]?.hasTargets;
    expect(at({ name: 'A', sex: 'M', relation: 'lainnya', birthDate: '2000-01-01', weddingDate: '2025-09-15' })).toBe(true);
    expect(at({ name: 'A', sex: 'M', relation: 'lainnya', birthDate: '2000-01-01', weddingDate: '2025-09-16' })).toBe(false);
    expect(at({ name: 'B', relation: 'lainnya', birthDate: '2000-01-01', deliveryDate: '2025-05-04' })).toBe(true);
    expect(at({ name: 'B', relation: 'lainnya', birthDate: '2000-01-01', deliveryDate: '2025-05-03' })).toBe(false);
    expect(at({ name: 'C', relation: 'lainnya', birthDate: '2000-01-01' })).toBe(false);
  });
});
