// The measurement form's draft: numbers as typed ("8,5" or "8.5"), the date, lying or
// standing. parseMeasurementDraft() validates with the measurement schema and the context
// rules (not before birth, not in the future); assessDraft() gives the live z-scores.
import type { GrowthTables } from '../../anthro/growth-tables.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { completedMonthsBetween } from '../../domain/calendar-date.ts';
import { assessChildMeasurement } from '../../domain/child-status.ts';
import type { IndexStatus, StatusIndex } from '../../domain/child-status.ts';
import { toFieldIssues } from '../../domain/field-issues.ts';
import type { FieldIssue } from '../../domain/field-issues.ts';
import { measurementSchema } from '../../domain/measurement.ts';
import type { MeasureMethod, Measurement } from '../../domain/measurement.ts';
import type { Person } from '../../domain/person.ts';
import { checkMeasurement } from '../../domain/rules.ts';

export type MeasurementDraft = {
  date: string;
  weightKg: string;
  lengthCm: string;
  measure: string;
  headCm: string;
  armCm: string;
  oedema: boolean;
  place: string;
  measuredBy: string;
  notes: string;
};
export type MeasurementTextField = Exclude<keyof MeasurementDraft, 'oedema'>;

type UserField = 'date' | 'weightKg' | 'lengthCm' | 'measure' | 'headCm' | 'armCm' | 'oedema' | 'place' | 'measuredBy' | 'notes';
export type MeasurementFields = Pick<Measurement, UserField>;
export type ParsedMeasurement = { ok: true; value: MeasurementFields } | { ok: false; issues: FieldIssue[] };
type Child = Pick<Person, 'sex' | 'birthDate'>;

/** Lying (length) under 24 months, standing from then on (WHO, Permenkes). */
export function defaultMeasure(birthDate: CalendarDate | null | undefined, date: CalendarDate): MeasureMethod {
  if (!birthDate || date < birthDate) return 'l';
  return completedMonthsBetween(birthDate, date) < 24 ? 'l' : 'h';
}

export function emptyMeasurementDraft(today: CalendarDate, birthDate: CalendarDate | null | undefined, measuredBy = ''): MeasurementDraft {
  return { date: today, weightKg: '', lengthCm: '', measure: defaultMeasure(birthDate, today), headCm: '', armCm: '', oedema: false, place: 'posyandu', measuredBy, notes: '' };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** '8,5' and '8.5' are the same number; anything else goes to the schema as text (its error). */
export function numberOrText(value: string): number | string | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

function toInput(draft: MeasurementDraft): Record<UserField, unknown> {
  const lengthCm = numberOrText(draft.lengthCm);
  return {
    date: orNull(draft.date),
    weightKg: numberOrText(draft.weightKg),
    lengthCm,
    measure: lengthCm === null ? null : orNull(draft.measure),
    headCm: numberOrText(draft.headCm),
    armCm: numberOrText(draft.armCm),
    oedema: draft.oedema,
    place: orNull(draft.place),
    measuredBy: orNull(draft.measuredBy),
    notes: orNull(draft.notes),
  };
}

const placeholderId = '00000000-0000-7000-8000-000000000000';

export function parseMeasurementDraft(draft: MeasurementDraft, context: { personId: string; villageCode: string; today: CalendarDate; birthDate: CalendarDate | null | undefined }): ParsedMeasurement {
  const input = toInput(draft);
  const stamp = `${context.today}T00:00:00.000Z`;
  const candidate = { ...input, id: placeholderId, personId: context.personId, villageCode: context.villageCode, createdAt: stamp, updatedAt: stamp, deleted: false };
  const parsed = measurementSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  const rules = checkMeasurement(parsed.data, { today: context.today, childBirthDate: context.birthDate ?? null });
  if (rules.errors.length > 0) return { ok: false, issues: rules.errors };
  const value = Object.fromEntries(Object.keys(input).map((field) => [field, parsed.data[field as UserField] ?? null])) as MeasurementFields;
  return { ok: true, value };
}

export type DraftAssessment = { ageDays: number; indices: Record<StatusIndex, IndexStatus | null>; hasImplausible: boolean };

/** Live z-scores of what is typed so far; null until a number and a valid date are in. */
export function assessDraft(tables: GrowthTables, child: Child, draft: MeasurementDraft): DraftAssessment | null {
  const weight = numberOrText(draft.weightKg);
  const length = numberOrText(draft.lengthCm);
  const weightKg = typeof weight === 'number' && weight > 0 ? weight : null;
  const lengthCm = typeof length === 'number' && length > 0 ? length : null;
  if (weightKg === null && lengthCm === null) return null;
  const measure = draft.measure === 'l' || draft.measure === 'h' ? draft.measure : null;
  const assessed = assessChildMeasurement(tables, child, { date: draft.date, weightKg, lengthCm, measure, oedema: draft.oedema });
  if (!assessed) return null;
  const hasImplausible = Object.values(assessed.indices).some((reading) => reading?.problem === 'recheck');
  return { ...assessed, hasImplausible };
}
