// House visits (TPK) for the screens: an append-mostly event written through the
// repository (validated, kept offline, queued for sync).
import type { Visit } from '../../domain/visit.ts';
import { getGentingClient } from '../../db/client.ts';
import type { VisitFields } from '../visits/visit-draft.ts';
import { outcomeOf } from './persons.ts';
import type { SavedOutcome } from './persons.ts';
import { useLive } from './live.ts';

/** Visits to a household, newest first. */
export function useVisits(householdId: string): Visit[] | undefined {
  return useLive(async (client) => (await client.queries.visitsOf(householdId)).reverse(), [householdId]);
}

export async function createVisit(fields: VisitFields & { householdId: string; villageCode: string }): Promise<SavedOutcome> {
  const client = await getGentingClient();
  return outcomeOf(await client.repositories.create('visit', fields));
}
