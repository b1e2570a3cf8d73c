// Household members (person records) for the screens, read and written through the
// repositories: every save is validated with the person schema, kept on the device
// (offline too) and queued for sync.
import type { Person } from '../../domain/person.ts';
import { getGentingClient } from '../../db/client.ts';
import type { WriteResult } from '../../db/repositories.ts';
import type { MemberFields } from '../members/member-draft.ts';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useLive } from './live.ts';

export type SavedOutcome = { ok: true; id: string } | Exclude<SaveOutcome, { ok: true }>;

export function outcomeOf(result: WriteResult): SavedOutcome {
  if (result.ok) return { ok: true, id: result.id };
  if (result.reason === 'invalid') return { ok: false, issues: result.issues };
  return { ok: false, reason: result.reason };
}

/** Living members of a household, sorted by name. */
export function useMembers(householdId: string): Person[] | undefined {
  return useLive((client) => client.queries.personsOf(householdId), [householdId]);
}

/** One person; null when not on this device. */
export function usePerson(id: string): Person | null | undefined {
  return useLive(async (client) => (await client.repositories.get('person', id)) ?? null, [id]);
}

export async function createPerson(fields: MemberFields & { householdId: string; villageCode: string }): Promise<SavedOutcome> {
  const client = await getGentingClient();
  return outcomeOf(await client.repositories.create('person', fields));
}

/** Per-field merge on sync: a colleague's edit of another field of this person survives. */
export async function updatePerson(id: string, fields: MemberFields): Promise<SavedOutcome> {
  const client = await getGentingClient();
  return outcomeOf(await client.repositories.update('person', id, fields));
}
