// GENTING data for the screens: sponsors, pledges, deliveries and the field records the
// matching, the sponsor report and the monthly recap read, through client.queries (live:
// a screen re-renders when a record changes here, in another tab or by sync). Writes go
// through the repositories (validated with the kind's zod schema, kept offline, queued).
import type { Delivery } from '../../domain/delivery.ts';
import type { Household } from '../../domain/household.ts';
import type { Measurement } from '../../domain/measurement.ts';
import type { Person } from '../../domain/person.ts';
import type { Pledge } from '../../domain/pledge.ts';
import type { Sponsor } from '../../domain/sponsor.ts';
import type { ActionItem } from '../../domain/action-item.ts';
import { updateRecord } from './pokja.ts';
import type { SaveResult } from './pokja.ts';
import type { GentingClient } from '../../db/client.ts';
import { useLive } from './live.ts';

export type GentingRecords = { sponsors: Sponsor[]; pledges: Pledge[]; deliveries: Delivery[] };
export type FieldRecords = { households: Household[]; persons: Person[]; measurements: Measurement[] };
export type AllGentingRecords = GentingRecords & FieldRecords & { actionItems: ActionItem[] };
/** As AllGentingRecords, with when each pledge's and RTL's status was last set (its sync stamp's time, by id). */
export type RecapRecords = AllGentingRecords & { statusSetAt: ReadonlyMap<string, string> };

const byName = (a: Sponsor, b: Sponsor) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id);

/** Living sponsors, pledges and deliveries (sponsors by name). */
export function useGentingRecords(): GentingRecords | undefined {
  return useLive(async (client) => {
    const [sponsors, pledges, deliveries] = await Promise.all([client.queries.list('sponsor'), client.queries.list('pledge'), client.queries.list('delivery')]);
    return { sponsors: sponsors.sort(byName), pledges, deliveries };
  }, []);
}

async function readAll(client: GentingClient): Promise<AllGentingRecords> {
  const [sponsors, pledges, deliveries, households, persons, measurements, actionItems] = await Promise.all([
    client.queries.list('sponsor'),
    client.queries.list('pledge'),
    client.queries.list('delivery'),
    client.queries.list('household'),
    client.queries.list('person'),
    client.queries.list('measurement'),
    client.queries.list('actionItem'),
  ]);
  return { sponsors: sponsors.sort(byName), pledges, deliveries, households, persons, measurements, actionItems };
}

/** Everything the matching, the sponsor report and the recap read (a village: a few thousand rows). */
export function useAllGentingRecords(): AllGentingRecords | undefined {
  return useLive(readAll, []);
}

/**
 * What the Rekap GENTING bulanan reads: every record, and when each pledge's and RTL's `status`
 * was last set (a past month's status, src/reports/genting-recap.ts), read together so the
 * recap is drawn once with both.
 */
export function useRecapRecords(): RecapRecords | undefined {
  return useLive(async (client) => {
    const [all, pledges, actionItems] = await Promise.all([readAll(client), client.queries.fieldSetAt('pledge', 'status'), client.queries.fieldSetAt('actionItem', 'status')]);
    return { ...all, statusSetAt: new Map([...pledges, ...actionItems]) };
  }, []);
}

export function useSponsor(id: string): Sponsor | null | undefined {
  return useLive(async (client) => (await client.repositories.get('sponsor', id)) ?? null, [id]);
}

export function usePledge(id: string): Pledge | null | undefined {
  return useLive(async (client) => (await client.repositories.get('pledge', id)) ?? null, [id]);
}

/** A pledge's living deliveries, oldest first. */
export function usePledgeDeliveries(pledgeId: string): Delivery[] | undefined {
  return useLive((client) => client.queries.deliveriesOf(pledgeId), [pledgeId]);
}

/** Names the pledge's beneficiary (offline: stored and queued; on sync the later edit wins). */
export function assignPledge(pledgeId: string, beneficiary: { kind: Pledge['beneficiaryKind']; id: string }): Promise<SaveResult> {
  return updateRecord('pledge', pledgeId, { beneficiaryKind: beneficiary.kind, beneficiaryId: beneficiary.id });
}
