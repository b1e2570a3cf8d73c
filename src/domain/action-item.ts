// Action item (RTL, rencana tindak lanjut) of a meeting: what, who, by when, status.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { calendarDateField, choice, optionalText, recordIdField, text } from './fields.ts';

export const actionItemStatuses = ['rencana', 'berjalan', 'selesai', 'batal'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];

export const actionItemSchema = z.object({
  ...baseRecordShape,
  meetingId: recordIdField,
  what: text(500),
  /** Who is responsible (a name or a body, e.g. "Bidan Desa", "TP PKK"). */
  who: text(150),
  dueDate: calendarDateField.nullish(),
  status: choice(actionItemStatuses),
  progressNotes: optionalText(2000),
});
export type ActionItem = z.infer<typeof actionItemSchema>;
export type ActionItemInput = z.input<typeof actionItemSchema>;
