import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/calendar-date.ts';
import type { Household } from '../../../src/domain/household.ts';
import type { Person } from '../../../src/domain/person.ts';
import type { Visit } from '../../../src/domain/visit.ts';
import { buildHouseholdIndex } from '../../../src/ui/households/household-index.ts';
import { countVisitsDue } from '../../../src/ui/visits/visits-due-count.ts';
import { listVisitsDue } from '../../../src/ui/visits/visits-due.ts';
import { makeHousehold, makePerson, makeVisit } from './fixtures.ts';

const today = '2025-06-15';
const indexCount = (households: Household[], persons: Person[], visits: Visit[]) =>
  listVisitsDue(buildHouseholdIndex(households, persons, visits, today), today, (entry) => entry.household.createdAt.slice(0, 10)).length;

/** A small PRNG so the village is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('countVisitsDue', () => {
  it('counts the households listVisitsDue lists over the household index (rules at their day bounds)', () => {
    const families = Array.from({ length: 12 }, (_, i) => makeHousehold({ headName: `Keluarga ${i}` }));
    const [planned, plannedToday, plannedTomorrow, stale, justFresh, never, noTargets, catin, postPartum, pregnant, gone, deletedVisit] = families as [
      Household, Household, Household, Household, Household, Household, Household, Household, Household, Household, Household, Household,
    ];
    const child = (household: Household) => makePerson(household, { name: 'Anak', birthDate: '2024-05-01' });
    const persons = [
      child(plannedTomorrow),
      child(stale),
      child(justFresh),
      child(never),
      makePerson(noTargets, { name: 'Ibu PUS', birthDate: '1995-01-01', relation: 'istri', maritalStatus: 'kawin' }),
      makePerson(catin, { name: 'Catin', birthDate: '2000-01-01', weddingDate: addDays(today, 30) }),
      makePerson(postPartum, { name: 'Nifas', birthDate: '1996-01-01', deliveryDate: addDays(today, -42) }),
      makePerson(pregnant, { name: 'Hamil', birthDate: '1996-01-01', isPregnant: true }),
      makePerson(deletedVisit, { name: 'Anak dihapus', birthDate: '2024-05-01', deleted: true }),
      child(deletedVisit),
    ];
    const visits = [
      makeVisit(planned, { date: '2025-05-01', nextVisitDate: '2025-06-01' }),
      makeVisit(plannedToday, { date: '2025-05-01', nextVisitDate: today }),
      makeVisit(plannedTomorrow, { date: '2025-06-01', nextVisitDate: addDays(today, 1) }),
      makeVisit(stale, { date: addDays(today, -31) }),
      makeVisit(justFresh, { date: addDays(today, -30) }),
      makeVisit(noTargets, { date: '2025-01-01' }),
      makeVisit(deletedVisit, { date: today, deleted: true }),
    ];
    const households = [...families, { ...gone, deleted: true }];
    expect(countVisitsDue(households, persons, visits, today)).toBe(indexCount(households, persons, visits));
    expect(countVisitsDue(households, persons, visits, today)).toBe(8);
  });

  it('equals the index count on a generated village of 400 households', () => {
    const random = mulberry32(20250615);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const day = (from: number, to: number) => addDays(today, from + Math.floor(random() * (to - from + 1)));
    const households: Household[] = [];
    const persons: Person[] = [];
    const visits: Visit[] = [];
    for (let i = 0; i < 400; i++) {
      const household = makeHousehold({ headName: `Kepala ${i}`, deleted: random() < 0.03 });
      households.push(household);
      const members = Math.floor(random() * 5);
      for (let m = 0; m < members; m++) {
        const kind = pick(['child', 'adult', 'pregnant', 'bride', 'mother', 'old'] as const);
        const fields: Partial<Person> = { deleted: random() < 0.05 };
        if (kind === 'child') fields.birthDate = day(-70 * 30, 0);
        if (kind === 'adult') Object.assign(fields, { birthDate: day(-40 * 365, -20 * 365), relation: 'istri', maritalStatus: 'kawin' });
        if (kind === 'pregnant') Object.assign(fields, { birthDate: day(-35 * 365, -20 * 365), isPregnant: true });
        if (kind === 'bride') Object.assign(fields, { birthDate: day(-25 * 365, -19 * 365), weddingDate: day(-10, 100) });
        if (kind === 'mother') Object.assign(fields, { birthDate: day(-35 * 365, -20 * 365), deliveryDate: day(-50, 2) });
        if (kind === 'old') fields.birthDate = day(-80 * 365, -60 * 365);
        persons.push(makePerson(household, { name: `Anggota ${i}-${m}`, ...fields }));
      }
      const count = Math.floor(random() * 4);
      for (let v = 0; v < count; v++) {
        const date = day(-120, 0);
        const next = random() < 0.4 ? addDays(date, Math.floor(random() * 60)) : null;
        visits.push(makeVisit(household, { date, nextVisitDate: next, deleted: random() < 0.05, createdAt: `${date}T0${v}:00:00.000Z` }));
      }
    }
    const counted = countVisitsDue(households, persons, visits, today);
    expect(counted).toBe(indexCount(households, persons, visits));
    expect(counted).toBeGreaterThan(50);
  });
});
