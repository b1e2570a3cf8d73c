// Deleting records from the screens: each record becomes a tombstone (deleted: true) through
// the repository, kept on the device (offline too) and sent at the next sync, where the delete
// wins over edits made elsewhere meanwhile (docs/sync-protocol.md, section 7). Records that
// hang from another (a pledge's deliveries, a meeting's attendance and RTL) are listed before
// it (src/domain/deletion.ts), so an interrupted delete never leaves children of a record
// already gone.
import type { RecordRef } from '../../domain/deletion.ts';
import type { Measurement } from '../../domain/measurement.ts';
import type { Person } from '../../domain/person.ts';
import type { Pledge } from '../../domain/pledge.ts';
import type { Visit } from '../../domain/visit.ts';
import { getGentingClient } from '../../db/client.ts';
import { useLive } from './live.ts';

export type { RecordRef };

/** Tombstones every record in order; stops at the first failure (false). */
export async function removeRecords(records: readonly RecordRef[]): Promise<boolean> {
  const client = await getGentingClient();
  for (const record of records) {
    const result = await client.repositories.remove(record.kind, record.id);
    if (!result.ok && result.reason !== 'not-found') return false;
  }
  return true;
}

export type HouseholdDependants = { members: Person[]; measurements: Measurement[]; visits: Visit[]; pledges: Pledge[] };

/** What a household's delete reads (live): its members, their measurements, its visits, and the pledges. */
export function useHouseholdDependants(householdId: string): HouseholdDependants | undefined {
  return useLive(async (client) => {
    const [members, visits, pledges] = await Promise.all([client.queries.personsOf(householdId), client.queries.visitsOf(householdId), client.queries.list('pledge')]);
    const measurements = (await Promise.all(members.map((member) => client.queries.measurementsOf(member.id)))).flat();
    return { members, measurements, visits, pledges };
  }, [householdId]);
}
