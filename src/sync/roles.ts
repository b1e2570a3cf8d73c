// Roles and what each may write (issue #5; docs/security.md, "Roles"). Shared by the server,
// which enforces it on every push and admin call, and the app, which hides what a role may
// not do. Pure: no I/O.
//   kader        field data of her villages: household, person, measurement, visit, outreach,
//                and the attendance (named participants) of an outreach session, never of a
//                Pokja meeting (issue #6: canWriteRecord decides on the whole record)
//   koordinator  also sponsors, pledges, deliveries, Pokja members, meetings, attendance,
//                action items, and the kader accounts of her villages
//   admin        everything inside her scope, every account inside it
//   viewer       reads her scope (a district officer); writes nothing
import type { RecordKind } from '../domain/record-kinds.ts';

export const roles = ['kader', 'koordinator', 'admin', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** A kader's team: TPK (Tim Pendamping Keluarga), Duta GenRe, or a poktan cadre. */
export const kaderKinds = ['tpk', 'genre', 'poktan'] as const;
export type KaderKind = (typeof kaderKinds)[number];

/** The record kinds a kader records in the field. */
export const fieldDataKinds: readonly RecordKind[] = ['household', 'person', 'measurement', 'visit', 'outreach'];

export function canWriteKind(role: Role, kind: string): boolean {
  switch (role) {
    case 'viewer':
      return false;
    case 'kader':
      return (fieldDataKinds as readonly string[]).includes(kind);
    case 'koordinator':
    case 'admin':
      return true;
  }
}

/**
 * Kinds a role may write for some records only: the record decides (canWriteRecord). A kader
 * writes the attendance of an outreach session (its participants), not of a Pokja meeting.
 */
export function canWriteSomeOfKind(role: Role, kind: string): boolean {
  return canWriteKind(role, kind) || (role === 'kader' && kind === 'attendance');
}

/** An attendance record that belongs to an outreach session, and not to a meeting. */
function isOutreachAttendance(record: Readonly<Record<string, unknown>>): boolean {
  const { outreachId, meetingId } = record;
  return typeof outreachId === 'string' && outreachId !== '' && (meetingId === undefined || meetingId === null || meetingId === '');
}

/**
 * Whether `role` may write this record, judged on its whole (merged) state: the server checks
 * it after merging a change with the stored record, since an update carries only the fields it
 * changes; the app asks it before offering a form for one record.
 */
export function canWriteRecord(role: Role, kind: string, record: Readonly<Record<string, unknown>>): boolean {
  if (canWriteKind(role, kind)) return true;
  return role === 'kader' && kind === 'attendance' && isOutreachAttendance(record);
}

/**
 * What the app lets a device do (issue #5): `role` is the signed-in user's, or null before the
 * first sign-in on a fresh device, when local work is allowed (the server checks the role of
 * whoever signs in when the changes are pushed).
 */
export function deviceMayWrite(role: Role | null, kind: string): boolean {
  return role === null || canWriteKind(role, kind);
}

/** deviceMayWrite for one record (or the record a form would create): see canWriteRecord. */
export function deviceMayWriteRecord(role: Role | null, kind: string, record: Readonly<Record<string, unknown>>): boolean {
  return role === null || canWriteRecord(role, kind, record);
}

/** Whether `manager` may create or change an account of role `target` (scope checked apart). */
export function canManageRole(manager: Role, target: Role): boolean {
  if (manager === 'admin') return true;
  return manager === 'koordinator' && target === 'kader';
}

export function canManageAccounts(role: Role): boolean {
  return role === 'admin' || role === 'koordinator';
}
