// The visit form's draft: dates and texts as typed, the members seen and the topics given
// as lists of ids/values. parseVisitDraft() turns it into the visit's user fields and
// validates them with the domain's visit schema and the event-date rule (not in the future).
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { toFieldIssues } from '../../domain/field-issues.ts';
import type { FieldIssue } from '../../domain/field-issues.ts';
import { checkEventDate } from '../../domain/rules.ts';
import { visitSchema } from '../../domain/visit.ts';
import type { CounsellingTopic, Visit } from '../../domain/visit.ts';

export type VisitDraft = {
  date: string;
  targetIds: string[];
  topics: CounsellingTopic[];
  findings: string;
  referral: string;
  referralNote: string;
  nextVisitDate: string;
  cadreName: string;
};
export type VisitTextField = 'date' | 'findings' | 'referral' | 'referralNote' | 'nextVisitDate' | 'cadreName';

type VisitUserField = 'date' | 'targetIds' | 'topics' | 'findings' | 'referral' | 'referralNote' | 'nextVisitDate' | 'cadreName';
export type VisitFields = Pick<Visit, VisitUserField>;

export type ParsedVisit = { ok: true; value: VisitFields } | { ok: false; issues: FieldIssue[] };

export function emptyVisitDraft(today: CalendarDate, cadreName = ''): VisitDraft {
  return { date: today, targetIds: [], topics: [], findings: '', referral: '', referralNote: '', nextVisitDate: '', cadreName };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function visitDraftToInput(draft: VisitDraft): Record<VisitUserField, unknown> {
  return {
    date: orNull(draft.date),
    targetIds: draft.targetIds.length > 0 ? draft.targetIds : null,
    topics: draft.topics.length > 0 ? draft.topics : null,
    findings: orNull(draft.findings),
    referral: orNull(draft.referral),
    referralNote: orNull(draft.referralNote),
    nextVisitDate: orNull(draft.nextVisitDate),
    cadreName: orNull(draft.cadreName),
  };
}

const placeholderId = '00000000-0000-7000-8000-000000000000';

export function parseVisitDraft(draft: VisitDraft, context: { householdId: string; villageCode: string; today: CalendarDate }): ParsedVisit {
  const input = visitDraftToInput(draft);
  const stamp = `${context.today}T00:00:00.000Z`;
  const candidate = { ...input, id: placeholderId, householdId: context.householdId, villageCode: context.villageCode, createdAt: stamp, updatedAt: stamp, deleted: false };
  const parsed = visitSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  const rules = checkEventDate(parsed.data, { today: context.today });
  if (rules.errors.length > 0) return { ok: false, issues: rules.errors };
  const value = Object.fromEntries(Object.keys(input).map((field) => [field, parsed.data[field as VisitUserField] ?? null])) as VisitFields;
  return { ok: true, value };
}

/** Toggles a value in a list, keeping the list's order otherwise. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}
