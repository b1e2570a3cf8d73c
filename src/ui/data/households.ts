// Households for the screens, read from and written to the device database through the
// repositories (so every save is validated, kept offline and queued for sync).
import type { Household } from '../../domain/household.ts';
import { getGentingClient } from '../../db/client.ts';
import type { WriteResult } from '../../db/repositories.ts';
import type { HouseholdFields } from '../households/household-draft.ts';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useLive } from './live.ts';

export type SavedOutcome = { ok: true; id: string } | Exclude<SaveOutcome, { ok: true }>;

/** Every household on this device, tombstones included (screens filter `deleted`). */
export function useHouseholds(): Household[] | undefined {
  return useLive((client) => client.queries.list('household', { includeDeleted: true }), []);
}

/** One household; null when it is not on this device. */
export function useHousehold(id: string): Household | null | undefined {
  return useLive(async (client) => (await client.repositories.get('household', id)) ?? null, [id]);
}

export function useMemberCounts(): Map<string, number> | undefined {
  return useLive((client) => client.queries.memberCounts(), []);
}

function outcomeOf(result: WriteResult): SavedOutcome {
  if (result.ok) return { ok: true, id: result.id };
  if (result.reason === 'invalid') return { ok: false, issues: result.issues };
  return { ok: false, reason: result.reason };
}

export async function createHousehold(fields: HouseholdFields): Promise<SavedOutcome> {
  const client = await getGentingClient();
  return outcomeOf(await client.repositories.create('household', fields));
}

export async function updateHousehold(id: string, fields: HouseholdFields): Promise<SavedOutcome> {
  const client = await getGentingClient();
  return outcomeOf(await client.repositories.update('household', id, fields));
}
