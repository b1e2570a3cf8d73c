// GenRe outreach sessions and their optional named participants for the screens, read and
// written through the repositories (validated, kept offline, queued for sync). Participants
// are attendance records with the session's outreachId; attendance is indexed by meeting
// only, so they are read from the whole (small) attendance table.
import type { Attendance } from '../../domain/attendance.ts';
import type { Outreach } from '../../domain/outreach.ts';
import { useLive } from './live.ts';

/** Every outreach session on this device (tombstones left out). */
export function useOutreachSessions(): Outreach[] | undefined {
  return useLive((client) => client.queries.list('outreach'), []);
}

export function useOutreach(id: string): Outreach | null | undefined {
  return useLive(async (client) => (await client.repositories.get('outreach', id)) ?? null, [id]);
}

/** Named participants of every session (living attendance records with an outreachId). */
export function useOutreachAttendance(): Attendance[] | undefined {
  return useLive(async (client) => (await client.queries.list('attendance')).filter((record) => !!record.outreachId), []);
}
