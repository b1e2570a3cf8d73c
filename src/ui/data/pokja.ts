// Pokja members, meetings, attendance and RTL for the screens, read and written through the
// repositories: every save is validated with the kind's zod schema, kept on the device
// (offline too) and queued for sync. Drafts come in as plain field values (record-draft.ts);
// the repository is the one place that decides whether they are valid.
import type { ActionItem } from '../../domain/action-item.ts';
import type { Attendance, AttendanceInput } from '../../domain/attendance.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { PokjaMember } from '../../domain/pokja-member.ts';
import { pokjaPositions } from '../../domain/pokja-member.ts';
import type { RecordKind } from '../../domain/record-kinds.ts';
import { getGentingClient } from '../../db/client.ts';
import type { AppSchemas } from '../../db/client.ts';
import type { CreateFields, UpdatePatch, WriteResult } from '../../db/repositories.ts';
import type { FieldIssue } from '../../domain/field-issues.ts';
import { readLastVillageCode } from '../platform/settings.ts';
import { accountVillagesOf, defaultVillageCode, useSession } from './session.ts';
import { useLive } from './live.ts';

export type SaveResult = { ok: true; id: string } | { ok: false; issues: FieldIssue[] } | { ok: false; reason: string };

export function resultOf(result: WriteResult): SaveResult {
  if (result.ok) return { ok: true, id: result.id };
  if (result.reason === 'invalid') return { ok: false, issues: result.issues };
  return { ok: false, reason: result.reason };
}

type Kind = RecordKind & keyof AppSchemas;

/** New record from form values; the repository validates them (offline: stored and queued). */
export async function createRecord<K extends Kind>(kind: K, fields: Record<string, unknown>): Promise<SaveResult> {
  const client = await getGentingClient();
  return resultOf(await client.repositories.create(kind, fields as CreateFields<AppSchemas, K>));
}

/** Changes fields; on sync the later edit of each field wins on every device. */
export async function updateRecord<K extends Kind>(kind: K, id: string, fields: Record<string, unknown>): Promise<SaveResult> {
  const client = await getGentingClient();
  return resultOf(await client.repositories.update(kind, id, fields as UpdatePatch<AppSchemas, K>));
}

/** Tombstone (deleted: true), queued for sync. */
export async function removeRecord(kind: Kind, id: string): Promise<SaveResult> {
  const client = await getGentingClient();
  return resultOf(await client.repositories.remove(kind, id));
}

const positionRank = new Map<string, number>(pokjaPositions.map((position, index) => [position, index]));

function compareMembers(a: PokjaMember, b: PokjaMember): number {
  return (positionRank.get(a.position) ?? 0) - (positionRank.get(b.position) ?? 0) || a.name.localeCompare(b.name, 'id');
}

/** Living Pokja members, by position (Kepala Desa first) then name. */
export function usePokjaMembers(): PokjaMember[] | undefined {
  return useLive(async (client) => (await client.queries.list('pokjaMember')).sort(compareMembers), []);
}

export function usePokjaMember(id: string): PokjaMember | null | undefined {
  return useLive(async (client) => (await client.repositories.get('pokjaMember', id)) ?? null, [id]);
}

/** Living meetings, newest first. */
export function useMeetings(): Meeting[] | undefined {
  return useLive(
    async (client) => (await client.queries.list('meeting')).sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id)),
    [],
  );
}

export function useMeeting(id: string): Meeting | null | undefined {
  return useLive(async (client) => (await client.repositories.get('meeting', id)) ?? null, [id]);
}

/** Attendance of one meeting (living records; the report picks the latest per member). */
export function useMeetingAttendance(meetingId: string): Attendance[] | undefined {
  return useLive((client) => client.queries.listBy('attendance', 'meetingId', meetingId), [meetingId]);
}

export function useMeetingActionItems(meetingId: string): ActionItem[] | undefined {
  return useLive((client) => client.queries.listBy('actionItem', 'meetingId', meetingId), [meetingId]);
}

/** Every living RTL (a village has tens to a few hundred). */
export function useActionItems(): ActionItem[] | undefined {
  return useLive((client) => client.queries.list('actionItem'), []);
}

export function useActionItem(id: string): ActionItem | null | undefined {
  return useLive(async (client) => (await client.repositories.get('actionItem', id)) ?? null, [id]);
}

/**
 * The village new Pokja records belong to: the account's only village; else the one used last
 * on this device, else the village of the Pokja's existing records, if the account has it; ''
 * when unknown (the form then asks for it: a picker of the account's villages, or a code).
 */
export function useKnownVillageCode(): string | undefined {
  const session = useSession();
  const villages = accountVillagesOf(session);
  const known = useLive(async (client) => {
    const last = readLastVillageCode();
    if (last) return last;
    for (const kind of ['pokjaMember', 'meeting', 'outreach', 'household'] as const) {
      const [first] = await client.queries.list(kind);
      if (first) return first.villageCode;
    }
    return '';
  }, []);
  if (session.state === 'loading' || known === undefined) return undefined;
  return defaultVillageCode(villages, known);
}

/** Marks a member's attendance: updates the record that counts, or writes the first one. */
export async function markAttendance(
  current: Attendance | undefined,
  fields: Omit<AttendanceInput, 'id' | 'createdAt' | 'updatedAt' | 'deleted'>,
): Promise<SaveResult> {
  if (current) return updateRecord('attendance', current.id, fields);
  return createRecord('attendance', fields);
}
