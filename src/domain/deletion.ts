// What a delete takes with it, and when it is refused (docs/genting.md "Deleting records").
// A delete writes tombstones (deleted: true); records that only make sense under another go
// with it, listed before it. Rules:
//   - a pledge takes its deliveries;
//   - a sponsor is refused while one of its pledges is running ('aktif' or 'ditunda'); else it
//     takes its finished or cancelled pledges and their deliveries;
//   - a household member is refused while a running pledge names them as beneficiary; else the
//     member takes their measurements;
//   - a household is refused while a running pledge names it (a family pledge) or one of its
//     members; else it takes its visits, then its members (each after their measurements);
//   - a meeting takes its attendance and RTL; an outreach session its named participants;
//   - a Pokja member takes nothing: past attendance keeps the name and position as signed.
import type { Attendance } from './attendance.ts';
import type { ActionItem } from './action-item.ts';
import type { Delivery } from './delivery.ts';
import type { Measurement } from './measurement.ts';
import type { Person } from './person.ts';
import type { Pledge, PledgeStatus } from './pledge.ts';
import type { RecordKind } from './record-kinds.ts';
import type { Visit } from './visit.ts';

export type RecordRef = { kind: RecordKind; id: string };

type Living = { id: string; deleted: boolean };

const runningStatuses: ReadonlySet<PledgeStatus> = new Set(['aktif', 'ditunda']);

/** A pledge that may still give: active or on hold. */
export function isRunningPledge(pledge: Pick<Pledge, 'status' | 'deleted'>): boolean {
  return !pledge.deleted && runningStatuses.has(pledge.status);
}

const refs = (kind: RecordKind, records: readonly Living[]): RecordRef[] => records.filter((r) => !r.deleted).map((r) => ({ kind, id: r.id }));

export type PledgeDeletion = { records: RecordRef[]; deliveries: number };

export function pledgeDeletion(pledge: Living, deliveries: readonly Pick<Delivery, 'id' | 'deleted' | 'pledgeId'>[]): PledgeDeletion {
  const own = refs('delivery', deliveries.filter((d) => d.pledgeId === pledge.id));
  return { records: [...own, { kind: 'pledge', id: pledge.id }], deliveries: own.length };
}

export type SponsorDeletion =
  | { ok: true; records: RecordRef[]; pledges: number; deliveries: number }
  | { ok: false; runningPledges: number };

export function sponsorDeletion(
  sponsor: Living,
  pledges: readonly Pick<Pledge, 'id' | 'deleted' | 'sponsorId' | 'status'>[],
  deliveries: readonly Pick<Delivery, 'id' | 'deleted' | 'pledgeId'>[],
): SponsorDeletion {
  const own = pledges.filter((p) => p.sponsorId === sponsor.id && !p.deleted);
  const running = own.filter(isRunningPledge).length;
  if (running > 0) return { ok: false, runningPledges: running };
  const parts = own.map((pledge) => pledgeDeletion(pledge, deliveries));
  return {
    ok: true,
    records: [...parts.flatMap((part) => part.records), { kind: 'sponsor', id: sponsor.id }],
    pledges: own.length,
    deliveries: parts.reduce((sum, part) => sum + part.deliveries, 0),
  };
}

export type PersonDeletion = { ok: true; records: RecordRef[]; measurements: number } | { ok: false; runningPledges: number };

export function personDeletion(
  person: Living,
  measurements: readonly Pick<Measurement, 'id' | 'deleted' | 'personId'>[],
  pledges: readonly Pick<Pledge, 'deleted' | 'status' | 'beneficiaryKind' | 'beneficiaryId'>[],
): PersonDeletion {
  const running = pledges.filter((p) => isRunningPledge(p) && p.beneficiaryId === person.id && p.beneficiaryKind !== 'keluarga').length;
  if (running > 0) return { ok: false, runningPledges: running };
  const own = refs('measurement', measurements.filter((m) => m.personId === person.id));
  return { ok: true, records: [...own, { kind: 'person', id: person.id }], measurements: own.length };
}

export type HouseholdDeletion =
  | { ok: true; records: RecordRef[]; members: number; measurements: number; visits: number }
  | { ok: false; runningPledges: number };

/**
 * A household with everything under it: its visits (they name members as targets), then each
 * living member's measurements and the member, the household last. Refused while a running pledge names the household
 * (beneficiaryKind 'keluarga') or one of its living members.
 */
export function householdDeletion(
  household: Living,
  members: readonly Pick<Person, 'id' | 'deleted' | 'householdId'>[],
  measurements: readonly Pick<Measurement, 'id' | 'deleted' | 'personId'>[],
  visits: readonly Pick<Visit, 'id' | 'deleted' | 'householdId'>[],
  pledges: readonly Pick<Pledge, 'deleted' | 'status' | 'beneficiaryKind' | 'beneficiaryId'>[],
): HouseholdDeletion {
  const own = members.filter((m) => m.householdId === household.id && !m.deleted);
  const memberIds = new Set(own.map((m) => m.id));
  const names = (p: (typeof pledges)[number]) =>
    p.beneficiaryKind === 'keluarga' ? p.beneficiaryId === household.id : p.beneficiaryId != null && memberIds.has(p.beneficiaryId);
  const running = pledges.filter((p) => isRunningPledge(p) && names(p)).length;
  if (running > 0) return { ok: false, runningPledges: running };
  const parts = own.map((member) => personDeletion(member, measurements, []));
  const memberRecords = parts.flatMap((part) => (part.ok ? part.records : []));
  const ownVisits = refs('visit', visits.filter((v) => v.householdId === household.id));
  return {
    ok: true,
    records: [...ownVisits, ...memberRecords, { kind: 'household', id: household.id }],
    members: own.length,
    measurements: parts.reduce((sum, part) => sum + (part.ok ? part.measurements : 0), 0),
    visits: ownVisits.length,
  };
}

export type MeetingDeletion = { records: RecordRef[]; attendance: number; actionItems: number };

export function meetingDeletion(
  meeting: Living,
  attendance: readonly Pick<Attendance, 'id' | 'deleted' | 'meetingId'>[],
  actionItems: readonly Pick<ActionItem, 'id' | 'deleted' | 'meetingId'>[],
): MeetingDeletion {
  const present = refs('attendance', attendance.filter((a) => a.meetingId === meeting.id));
  const items = refs('actionItem', actionItems.filter((a) => a.meetingId === meeting.id));
  return { records: [...present, ...items, { kind: 'meeting', id: meeting.id }], attendance: present.length, actionItems: items.length };
}

export function outreachDeletion(session: Living, attendance: readonly Pick<Attendance, 'id' | 'deleted' | 'outreachId'>[]): { records: RecordRef[]; participants: number } {
  const named = refs('attendance', attendance.filter((a) => a.outreachId === session.id));
  return { records: [...named, { kind: 'outreach', id: session.id }], participants: named.length };
}
