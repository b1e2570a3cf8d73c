// What one tap on the attendance screen writes: the new status (a first mark without a
// status means hadir) and the signature that goes with it. A signature belongs to presence:
// marking izin or tidak hadir drops it; marking hadir again keeps an earlier one.
import type { Attendance, AttendanceStatus } from '../../domain/attendance.ts';

export type AttendanceChange = { status?: AttendanceStatus; signature?: string | null };

export function nextAttendanceFields(
  current: Pick<Attendance, 'status' | 'signature'> | undefined,
  change: AttendanceChange,
): { status: AttendanceStatus; signature: string | null } {
  const status = change.status ?? current?.status ?? 'hadir';
  if (status !== 'hadir') return { status, signature: null };
  return { status, signature: change.signature !== undefined ? change.signature : (current?.signature ?? null) };
}
