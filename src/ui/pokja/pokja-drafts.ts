// The fields of each Pokja and GenRe form and how their drafts become record fields.
import type { FieldIssue } from '../../domain/field-issues.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { checkActionItem } from '../../domain/rules.ts';
import type { DraftSpec } from './record-draft.ts';

export const memberSpec = {
  villageCode: 'village',
  name: 'text',
  position: 'optional',
  positionNote: 'optional',
  phone: 'optional',
  active: 'switch',
} satisfies DraftSpec<string>;

export const meetingSpec = {
  villageCode: 'village',
  title: 'text',
  date: 'optional',
  startTime: 'optional',
  endTime: 'optional',
  place: 'optional',
  agenda: 'optional',
  background: 'optional',
  objectives: 'optional',
  expectedResults: 'optional',
  material: 'optional',
  conclusions: 'optional',
} satisfies DraftSpec<string>;

export const actionItemSpec = {
  what: 'text',
  who: 'text',
  dueDate: 'optional',
  status: 'optional',
  progressNotes: 'optional',
} satisfies DraftSpec<string>;

export const outreachSpec = {
  villageCode: 'village',
  date: 'optional',
  startTime: 'optional',
  endTime: 'optional',
  place: 'text',
  topic: 'optional',
  title: 'optional',
  presenter: 'optional',
  maleAnak: 'count',
  femaleAnak: 'count',
  maleRemaja: 'count',
  femaleRemaja: 'count',
  maleDewasa: 'count',
  femaleDewasa: 'count',
  notes: 'optional',
} satisfies DraftSpec<string>;

export type MemberField = keyof typeof memberSpec;
export type MeetingField = keyof typeof meetingSpec;
export type ActionItemField = keyof typeof actionItemSpec;
export type OutreachField = keyof typeof outreachSpec;

/** Context rules of an RTL that its schema cannot see: the due date against the meeting's date. */
export function checkActionItemDraft(fields: { dueDate?: unknown }, meetingDate: CalendarDate): FieldIssue[] {
  const dueDate = typeof fields.dueDate === 'string' ? fields.dueDate : null;
  const result = checkActionItem({ dueDate }, { meetingDate });
  return result.errors;
}

/** The standing sections of a meeting report (A Latar Belakang, B Maksud dan Tujuan, C Hasil yang Diharapkan): much the same meeting after meeting. */
export const standingSections = ['background', 'objectives', 'expectedResults'] as const;

/**
 * The meeting to copy the standing sections from: the latest other living meeting held before
 * `date` (any date when it is empty) that has one of them filled; null when none.
 */
export function previousMeetingWithSections<M extends { id: string; date: string; deleted?: boolean; background?: string | null; objectives?: string | null; expectedResults?: string | null }>(
  meetings: readonly M[],
  currentId: string | null,
  date: string,
): M | null {
  const candidates = meetings
    .filter((m) => !m.deleted && m.id !== currentId && (!date || m.date < date) && standingSections.some((field) => (m[field] ?? '').trim() !== ''))
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  return candidates[0] ?? null;
}
