// Children under five and their measurements for the screens: reads through the client's
// queries (live), writes through the repository (validated, kept offline, queued for sync).
import type { Household } from '../../domain/household.ts';
import type { Measurement } from '../../domain/measurement.ts';
import type { Person } from '../../domain/person.ts';
import { getGentingClient } from '../../db/client.ts';
import type { MeasurementFields } from '../children/measurement-draft.ts';
import { useMemo } from 'preact/hooks';
import { useLive } from './live.ts';
import { useLiveList } from './lists.ts';
import { outcomeOf } from './persons.ts';
import type { SavedOutcome } from './persons.ts';

/** A child's living measurements, oldest first. */
export function useMeasurements(personId: string): Measurement[] | undefined {
  return useLive((client) => client.queries.measurementsOf(personId), [personId]);
}

/** The living measurements of several persons (a household's children), oldest first per person. */
export function useMeasurementsOfMany(personIds: readonly string[]): Measurement[] | undefined {
  const key = personIds.join(',');
  return useLive(async (client) => (await Promise.all(personIds.map((id) => client.queries.measurementsOf(id)))).flat(), [key]);
}

export type ChildrenRecords = { persons: Person[]; measurements: Measurement[]; households: Household[] };

/** Everyone, every measurement and every household on this device (living), for "Anak berisiko"; the tables are kept while unchanged and shared with the household list (lists.ts). */
export function useChildrenRecords(): ChildrenRecords | undefined {
  const persons = useLiveList('person');
  const measurements = useLiveList('measurement');
  const households = useLiveList('household');
  return useMemo(() => (persons && measurements && households ? { persons, measurements, households } : undefined), [persons, measurements, households]);
}

export async function createMeasurement(fields: MeasurementFields & { personId: string; villageCode: string }): Promise<SavedOutcome> {
  const client = await getGentingClient();
  return outcomeOf(await client.repositories.create('measurement', fields));
}
