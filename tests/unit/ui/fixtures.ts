// Records for the UI view-logic tests: plain domain records with valid ids.
import type { Household } from '../../../src/domain/household.ts';
import type { Person } from '../../../src/domain/person.ts';
import type { Visit } from '../../../src/domain/visit.ts';

let next = 0;
function newId(): string {
  next += 1;
  return `0190a5b2-1c3d-7e4f-8a5b-${String(next).padStart(12, '0')}`;
}

const base = () => ({ id: newId(), villageCode: '3374122003', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deleted: false });

export function makeHousehold(fields: Partial<Household> & { headName: string }): Household {
  return { ...base(), ...fields };
}

export function makePerson(household: Household, fields: Partial<Person> & { name: string }): Person {
  return { ...base(), householdId: household.id, sex: 'F', relation: 'anak', ...fields };
}

export function makeVisit(household: Household, fields: Partial<Visit> & { date: string }): Visit {
  return { ...base(), householdId: household.id, ...fields };
}
