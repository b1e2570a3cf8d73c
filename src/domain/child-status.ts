// A child's latest growth status, as "Anak berisiko" (children at risk) and the GENTING target
// list read it. Pure: no DOM, no database.
//   measurements → WHO z-scores (src/anthro, as WHO anthro) → Permenkes No. 2/2020 categories
//   + growth faltering of the latest weighing month (N/T/2T/O/B) + days since last measured
//   → flags, most urgent first, and an urgency rank (0 = most urgent).
// Each index (BB/U, PB/U-TB/U, BB/PB-BB/TB) is read from the latest measurement that assesses
// it: a posyandu weighs every month but measures length less often, so a weighing alone does
// not hide last month's "Pendek". A flagged (implausible) latest value asks for a re-measure.
import type { GrowthTables, Sex as AnthroSex } from '../anthro/growth-tables.ts';
import { classifyZscores } from '../anthro/classify.ts';
import type { Classification, PermenkesCategory, Severity } from '../anthro/classify.ts';
import { assessGrowthFaltering } from '../anthro/faltering.ts';
import type { FalteringStatus } from '../anthro/faltering.ts';
import { computeZscoresFromDates } from '../anthro/from-dates.ts';
import type { CalendarDate } from './calendar-date.ts';
import { completedMonthsBetween, daysBetween } from './calendar-date.ts';
import type { Measurement } from './measurement.ts';
import type { Person } from './person.ts';
import { isUnderFive } from './target-status.ts';

/** A child not measured for more than this many days is flagged. */
export const notMeasuredDays = 60;

/** Flags in order of urgency (the first is the most urgent). */
export const childFlags = [
  'oedema',
  'severely-wasted',
  'severely-stunted',
  'severely-underweight',
  'faltering-2t',
  'wasted',
  'stunted',
  'underweight',
  'faltering-t',
  'recheck',
  'not-measured',
] as const;
export type ChildFlag = (typeof childFlags)[number];

export type StatusIndex = 'bbu' | 'pbu' | 'bbpb';
export const statusIndices: readonly StatusIndex[] = ['bbu', 'pbu', 'bbpb'];

export type IndexStatus = {
  /** Date of the measurement the index was read from. */
  date: CalendarDate;
  ageDays: number;
  /** z-score rounded to 2 decimals (as anthro); null when hidden by oedema. */
  z: number | null;
  category: PermenkesCategory | null;
  severity: Severity | null;
  /** 'recheck' (WHO flag), 'oedema' (weight not assessable) or null when categorised. */
  problem: 'recheck' | 'oedema' | null;
};

export type ChildStatus = {
  personId: string;
  ageMonths: number | null;
  /** Date of the latest measurement (any value), null when never measured. */
  lastMeasured: CalendarDate | null;
  daysSinceMeasured: number | null;
  indices: Record<StatusIndex, IndexStatus | null>;
  /** Faltering mark of the latest weighing month; null without weighings. */
  faltering: FalteringStatus | null;
  /** Most urgent first. */
  flags: ChildFlag[];
  /** Index of the most urgent flag in childFlags; childFlags.length when none. */
  urgency: number;
  isAtRisk: boolean;
};

export type ChildFacts = Pick<Person, 'id' | 'sex' | 'birthDate'>;

const sexCodes: Record<Person['sex'], AnthroSex> = { M: 1, F: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDate(a: Measurement, b: Measurement): number {
  return compareText(a.date, b.date) || compareText(a.createdAt, b.createdAt);
}

/** 'YYYY-MM' of `months` calendar months before the month of `date`. */
function monthBefore(date: CalendarDate, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function indexStatus(date: CalendarDate, ageDays: number, z: number | null, classification: Classification | null): IndexStatus | null {
  if (!classification) return null;
  if (classification.kind === 'category') {
    return { date, ageDays, z, category: classification.code, severity: classification.severity, problem: null };
  }
  return { date, ageDays, z: classification.kind === 'oedema' ? null : z, category: null, severity: null, problem: classification.kind };
}

const categoryFlags: Partial<Record<PermenkesCategory, ChildFlag>> = {
  'severely-wasted': 'severely-wasted',
  wasted: 'wasted',
  'severely-stunted': 'severely-stunted',
  stunted: 'stunted',
  'severely-underweight': 'severely-underweight',
  underweight: 'underweight',
};

/** The z-scores and categories of one measurement (null before birth or without a birth date). */
export function assessChildMeasurement(
  tables: GrowthTables,
  child: Pick<Person, 'sex' | 'birthDate'>,
  measurement: Pick<Measurement, 'date' | 'weightKg' | 'lengthCm' | 'measure' | 'oedema'>,
): { ageDays: number; indices: Record<StatusIndex, IndexStatus | null> } | null {
  if (!child.birthDate) return null;
  const result = computeZscoresFromDates(tables, {
    sex: sexCodes[child.sex],
    birthDate: child.birthDate,
    measurementDate: measurement.date,
    weightKg: measurement.weightKg ?? null,
    lengthHeightCm: measurement.lengthCm ?? null,
    measure: measurement.measure ?? null,
    hasOedema: measurement.oedema === true,
  });
  if (!result.ok) return null;
  const z = result.value;
  const classes = classifyZscores(z, measurement.oedema === true);
  const { date } = measurement;
  return {
    ageDays: z.ageDays,
    indices: {
      bbu: indexStatus(date, z.ageDays, z.zwei, classes.bbu),
      pbu: indexStatus(date, z.ageDays, z.zlen, classes.pbu),
      bbpb: indexStatus(date, z.ageDays, z.zwfl, classes.bbpb),
    },
  };
}

/**
 * The status of one child on `today` from their measurements (any order; deleted ones and
 * those after `today` are ignored).
 */
export function childStatus(tables: GrowthTables, child: ChildFacts, measurements: readonly Measurement[], today: CalendarDate): ChildStatus {
  const living = measurements.filter((m) => !m.deleted && m.personId === child.id && m.date <= today).sort(byDate);
  const indices: Record<StatusIndex, IndexStatus | null> = { bbu: null, pbu: null, bbpb: null };
  // Newest first, stopping once every index has its latest reading (usually one measurement).
  for (let i = living.length - 1; i >= 0 && statusIndices.some((index) => indices[index] === null); i -= 1) {
    const assessed = assessChildMeasurement(tables, child, living[i] as Measurement);
    if (!assessed) continue;
    for (const index of statusIndices) indices[index] ??= assessed.indices[index];
  }
  const last = living[living.length - 1];
  const lastMeasured = last?.date ?? null;
  const daysSinceMeasured = lastMeasured === null ? null : daysBetween(lastMeasured, today);
  // The latest month's mark depends on the two months before it (T needs last month's
  // weighing, 2T last month's T, which needs the month before) and on whether anything came
  // earlier (O, not B): the weighings of those months and the one weighing before them.
  const allWeighings = living.flatMap((m) => (m.weightKg != null && m.oedema !== true ? [{ date: m.date, weightKg: m.weightKg }] : []));
  const lastWeighing = allWeighings[allWeighings.length - 1];
  const fromMonth = lastWeighing ? monthBefore(lastWeighing.date, 2) : '';
  const first = allWeighings.findIndex((w) => w.date.slice(0, 7) >= fromMonth);
  const weighings = allWeighings.slice(Math.max(0, first - 1));
  const months = child.birthDate && weighings.length > 0 ? assessGrowthFaltering(child.birthDate, weighings) : [];
  const faltering = months[months.length - 1]?.status ?? null;

  const found = new Set<ChildFlag>();
  for (const index of statusIndices) {
    const reading = indices[index];
    if (!reading) continue;
    if (reading.problem === 'oedema') found.add('oedema');
    if (reading.problem === 'recheck') found.add('recheck');
    const flag = reading.category ? categoryFlags[reading.category] : undefined;
    if (flag) found.add(flag);
  }
  if (faltering === '2T') found.add('faltering-2t');
  if (faltering === 'T') found.add('faltering-t');
  if (daysSinceMeasured === null || daysSinceMeasured > notMeasuredDays) found.add('not-measured');
  const flags = childFlags.filter((flag) => found.has(flag));
  const urgency = flags.length > 0 ? childFlags.indexOf(flags[0] as ChildFlag) : childFlags.length;
  return {
    personId: child.id,
    ageMonths: child.birthDate && child.birthDate <= today ? completedMonthsBetween(child.birthDate, today) : null,
    lastMeasured,
    daysSinceMeasured,
    indices,
    faltering,
    flags,
    urgency,
    isAtRisk: flags.length > 0,
  };
}

/** Most urgent first: urgency rank, then more flags, then longest unmeasured, then id. */
export function compareByUrgency(a: ChildStatus, b: ChildStatus): number {
  const days = (s: ChildStatus) => s.daysSinceMeasured ?? Number.POSITIVE_INFINITY;
  return a.urgency - b.urgency || b.flags.length - a.flags.length || (days(b) > days(a) ? 1 : days(b) < days(a) ? -1 : 0) || a.personId.localeCompare(b.personId);
}

/**
 * Every living child under five on `today` (birth date known) with their status, most urgent
 * first. `measurements` may hold anyone's measurements; they are grouped by personId.
 */
export function childStatusList<P extends ChildFacts & { deleted?: boolean | null | undefined }>(
  tables: GrowthTables,
  persons: readonly P[],
  measurements: readonly Measurement[],
  today: CalendarDate,
): { person: P; status: ChildStatus }[] {
  const byPerson = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const list = byPerson.get(m.personId);
    if (list) list.push(m);
    else byPerson.set(m.personId, [m]);
  }
  return persons
    .filter((p) => !p.deleted && isUnderFive(p.birthDate, today))
    .map((person) => ({ person, status: childStatus(tables, person, byPerson.get(person.id) ?? [], today) }))
    .sort((a, b) => compareByUrgency(a.status, b.status));
}
