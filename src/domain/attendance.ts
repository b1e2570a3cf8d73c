// Attendance (kehadiran) at a meeting or an outreach session: a Pokja member or a guest,
// with an optional signature drawn on the screen (a small PNG data URL).
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { choice, optionalText, recordIdField } from './fields.ts';
import { fieldIssue } from './field-issues.ts';
import { addIssues } from './refine.ts';

export const attendanceStatuses = ['hadir', 'izin', 'tidak-hadir'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** A signature image stays small: a 300x120 two-colour PNG is a few KB. */
export const maxSignatureChars = 60_000;

const signatureField = z
  .string({ error: 'validation.signature' })
  .max(maxSignatureChars, { error: 'validation.signatureTooLarge' })
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, { error: 'validation.signature' });

export const attendanceSchema = z
  .object({
    ...baseRecordShape,
    meetingId: recordIdField.nullish(),
    outreachId: recordIdField.nullish(),
    memberId: recordIdField.nullish(),
    /** A guest's name, or the member's name as signed. */
    name: optionalText(100),
    position: optionalText(100),
    status: choice(attendanceStatuses),
    signature: signatureField.nullish(),
  })
  .superRefine((attendance, ctx) => {
    const events = (attendance.meetingId ? 1 : 0) + (attendance.outreachId ? 1 : 0);
    addIssues(ctx, [
      events !== 1 ? fieldIssue('meetingId', 'attendanceNeedsEvent') : null,
      !attendance.memberId && !attendance.name ? fieldIssue('name', 'attendanceNeedsPerson') : null,
    ]);
  });
export type Attendance = z.infer<typeof attendanceSchema>;
export type AttendanceInput = z.input<typeof attendanceSchema>;
