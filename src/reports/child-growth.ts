// A child's growth as the GENTING reports read it: per measurement the WHO z-scores of the
// three indices a sponsor and the village recap look at (BB/U, PB/U-TB/U, BB/PB-BB/TB), their
// Permenkes No. 2/2020 categories (src/anthro/classify.ts), and the three yes/no facts the
// recap counts: stunted (PB/U or TB/U < -2), underweight (BB/U < -2), wasted (BB/PB < -2).
// A flagged z-score (implausible, WHO) or an index hidden by oedema gives no category and
// counts neither way: the child is left out of that index's denominator.
import type { GrowthTables } from '../anthro/growth-tables.ts';
import type { PermenkesCategory, Severity } from '../anthro/classify.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { completedMonthsBetween } from '../domain/calendar-date.ts';
import { assessChildMeasurement, childStatusList } from '../domain/child-status.ts';
import type { ChildFlag, ChildStatus, IndexStatus } from '../domain/child-status.ts';
import type { Measurement } from '../domain/measurement.ts';
import type { Person } from '../domain/person.ts';

export type GrowthIndex = 'bbu' | 'pbu' | 'bbpb';
export const growthIndices: readonly GrowthIndex[] = ['bbu', 'pbu', 'bbpb'];

export type IndexReading = {
  /** The z-score (2 decimals, as anthro), or null when not computable. */
  z: number | null;
  /** Permenkes category when the z-score is plausible and assessable. */
  category: PermenkesCategory | null;
  severity: Severity | null;
  /** Flagged by WHO or hidden by oedema: measure again. */
  needsRecheck: boolean;
};

export type GrowthPoint = {
  measurementId: string;
  date: CalendarDate;
  ageMonths: number;
  ageDays: number;
  weightKg: number | null;
  lengthCm: number | null;
  readings: Record<GrowthIndex, IndexReading>;
  /** true / false when the index could be judged, null when it could not. */
  isStunted: boolean | null;
  isUnderweight: boolean | null;
  isWasted: boolean | null;
};

type ChildFacts = Pick<Person, 'sex' | 'birthDate'>;

function readingOf(status: IndexStatus | null): IndexReading {
  if (!status) return { z: null, category: null, severity: null, needsRecheck: false };
  return { z: status.problem === null ? status.z : null, category: status.category, severity: status.severity, needsRecheck: status.problem !== null };
}

function below(reading: IndexReading, threshold: number): boolean | null {
  return reading.category === null || reading.z === null ? null : reading.z < threshold;
}

/** The growth point of one measurement (z-scores: src/domain/child-status.ts); null without a birth date or before birth. */
export function assessMeasurement(tables: GrowthTables, child: ChildFacts, measurement: Measurement): GrowthPoint | null {
  const assessed = child.birthDate ? assessChildMeasurement(tables, child, measurement) : null;
  if (!assessed || !child.birthDate) return null;
  const readings: Record<GrowthIndex, IndexReading> = {
    bbu: readingOf(assessed.indices.bbu),
    pbu: readingOf(assessed.indices.pbu),
    bbpb: readingOf(assessed.indices.bbpb),
  };
  return {
    measurementId: measurement.id,
    date: measurement.date,
    ageDays: assessed.ageDays,
    ageMonths: completedMonthsBetween(child.birthDate, measurement.date),
    weightKg: measurement.weightKg ?? null,
    lengthCm: measurement.lengthCm ?? null,
    readings,
    isStunted: below(readings.pbu, -2),
    isUnderweight: below(readings.bbu, -2),
    isWasted: below(readings.bbpb, -2),
  };
}

/** Growth points of a child's living measurements, oldest first (at most 60 months of age). */
export function growthSeries(tables: GrowthTables, child: ChildFacts, measurements: readonly Measurement[]): GrowthPoint[] {
  return measurements
    .filter((m) => !m.deleted)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
    .map((m) => assessMeasurement(tables, child, m))
    .filter((point): point is GrowthPoint => point !== null && point.ageDays <= 1856);
}

export type GrowthDeficit = 'severe' | 'moderate' | 'none';

/**
 * How far below the standard the child is on any of the three indices: 'severe' when a
 * z-score is below -3, 'moderate' below -2, 'none' otherwise; null when no index could be
 * judged. Overweight is not a deficit (not what GENTING sponsors address).
 */
export function growthDeficit(point: GrowthPoint): GrowthDeficit | null {
  const judged = growthIndices.map((index) => point.readings[index]).filter((r) => r.category !== null && r.z !== null);
  if (judged.length === 0) return null;
  if (judged.some((r) => (r.z ?? 0) < -3)) return 'severe';
  if (judged.some((r) => (r.z ?? 0) < -2)) return 'moderate';
  return 'none';
}

const severeFlags: ReadonlySet<ChildFlag> = new Set(['oedema', 'severely-wasted', 'severely-stunted', 'severely-underweight']);
const moderateFlags: ReadonlySet<ChildFlag> = new Set(['faltering-2t', 'wasted', 'stunted', 'underweight']);

/**
 * The deficit a sponsor is sought for, from the child's status ("Anak berisiko",
 * src/domain/child-status.ts): 'severe' for oedema or a category below -3 SD, 'moderate' for
 * one below -2 SD or weight not gained twice (2T); 'none' when measured without those
 * (a single T, a value to re-measure or a late weighing asks the cadre, not a sponsor);
 * null when never measured.
 */
export function deficitOfStatus(status: ChildStatus): GrowthDeficit | null {
  if (status.flags.some((flag) => severeFlags.has(flag))) return 'severe';
  if (status.flags.some((flag) => moderateFlags.has(flag))) return 'moderate';
  return status.lastMeasured === null ? null : 'none';
}

/** A measured child's growth as GENTING reads it: the deficit and the status flags, most urgent first. */
export type ChildGrowth = { deficit: GrowthDeficit; flags: readonly ChildFlag[] };

/** Each living child under five's growth on `asOf`; children never measured are absent. */
export function latestChildGrowth(tables: GrowthTables, persons: readonly Person[], measurements: readonly Measurement[], asOf: CalendarDate): Map<string, ChildGrowth> {
  const growth = new Map<string, ChildGrowth>();
  for (const { person, status } of childStatusList(tables, persons, measurements, asOf)) {
    const deficit = deficitOfStatus(status);
    if (deficit) growth.set(person.id, { deficit, flags: status.flags });
  }
  return growth;
}

/** Each living child under five's deficit on `asOf`; children never measured are absent. */
export function latestDeficits(tables: GrowthTables, persons: readonly Person[], measurements: readonly Measurement[], asOf: CalendarDate): Map<string, GrowthDeficit> {
  return new Map([...latestChildGrowth(tables, persons, measurements, asOf)].map(([id, growth]) => [id, growth.deficit]));
}
