// GENTING records for the report tests: plain domain records with valid ids, one village.
import type { Delivery } from '../../../src/domain/delivery.ts';
import type { Household } from '../../../src/domain/household.ts';
import type { Measurement } from '../../../src/domain/measurement.ts';
import type { Person } from '../../../src/domain/person.ts';
import type { Pledge } from '../../../src/domain/pledge.ts';
import type { Sponsor } from '../../../src/domain/sponsor.ts';

let next = 0;
function newId(): string {
  next += 1;
  return `0190a5b2-1c3d-7e4f-9a5b-${String(next).padStart(12, '0')}`;
}

export const village = '3374122003';
const stamp = '2025-01-01T00:00:00.000Z';
const base = () => ({ id: newId(), villageCode: village, createdAt: stamp, updatedAt: stamp, deleted: false });

/** Unsafe water: a family with a target is at risk. */
export function makeHousehold(fields: Partial<Household> = {}): Household {
  return { ...base(), headName: 'Sutrisno', dusun: 'Krajan', drinkingWater: 'sumur-tak-terlindung', toilet: 'sendiri-septik', ...fields };
}

export function makePerson(household: Household, fields: Partial<Person> & Pick<Person, 'name'>): Person {
  return { ...base(), householdId: household.id, sex: 'F', relation: 'anak', ...fields };
}

export function makeSponsor(fields: Partial<Sponsor> = {}): Sponsor {
  return { ...base(), kind: 'perusahaan', name: 'PT Sumber Rejeki', ...fields };
}

export function makePledge(sponsor: Sponsor, fields: Partial<Pledge> = {}): Pledge {
  return { ...base(), sponsorId: sponsor.id, supportType: 'paket-pangan', quantity: 1, unit: 'paket', schedule: 'bulanan', startDate: '2025-01-10', periods: 6, status: 'aktif', ...fields };
}

export function makeDelivery(pledge: Pledge, fields: Partial<Delivery> & Pick<Delivery, 'date'>): Delivery {
  return { ...base(), pledgeId: pledge.id, items: 'Paket telur dan susu', ...fields };
}

export function makeMeasurement(child: Person, fields: Partial<Measurement> & Pick<Measurement, 'date'>): Measurement {
  return { ...base(), personId: child.id, ...fields };
}
