// The typed entry point to the WHO z-scores: optional inputs, null for "no value" (R's NA).
// The arithmetic is in zscores.ts; this file only converts inputs and outputs.
import type { AgeUnit } from './age.ts';
import type { GrowthTables, Sex } from './growth-tables.ts';
import { computeRawZscores, createRawZscores, type Measure, type RawZscoreInput } from './zscores.ts';

export type ZscoreInput = {
  sex: Sex | null;
  /** Age in `ageUnit` (default days); null when unknown. Must not be negative. */
  age: number | null;
  ageUnit?: AgeUnit;
  weightKg?: number | null;
  /** Length or height as measured; see `measure`. */
  lengthHeightCm?: number | null;
  measure?: Measure | null;
  hasOedema?: boolean;
  headCircumferenceCm?: number | null;
  armCircumferenceCm?: number | null;
  tricepsSkinfoldMm?: number | null;
  subscapularSkinfoldMm?: number | null;
};

export type Flag = 0 | 1;

/** anthro_zscores() output columns, with anthro's names; null where anthro gives NA. */
export type ZscoreResult = {
  /** Length/height after the ±0.7 cm correction (cm). */
  clenhei: number | null;
  /** Measure used; null when unknown or when a standing height under 9 months was ignored. */
  cmeasure: Measure | null;
  /** 1 when a standing height was given under 9 months of age. */
  c9moFlag: Flag;
  /** BMI from clenhei (kg/m²). */
  cbmi: number | null;
  csex: Sex | null;
  zlen: number | null; flen: Flag | null;
  zwei: number | null; fwei: Flag | null;
  zwfl: number | null; fwfl: Flag | null;
  zbmi: number | null; fbmi: Flag | null;
  zhc: number | null; fhc: Flag | null;
  zac: number | null; fac: Flag | null;
  zts: number | null; fts: Flag | null;
  zss: number | null; fss: Flag | null;
};

const measureCodes = { l: 1, h: 2 } as const;
const measures: readonly (Measure | null)[] = [null, 'l', 'h'];

function numberOrNaN(value: number | null | undefined): number {
  return value === null || value === undefined || Number.isNaN(value) ? Number.NaN : value;
}

function numberOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function flagOrNull(value: number): Flag | null {
  return value === 1 ? 1 : value === 0 ? 0 : null;
}

/** Every WHO z-score and flag for one measurement. Throws RangeError for a negative age. */
export function computeZscores(tables: GrowthTables, input: ZscoreInput): ZscoreResult {
  const raw: RawZscoreInput = {
    sex: input.sex ?? 0,
    age: numberOrNaN(input.age),
    ageUnit: input.ageUnit ?? 'days',
    weightKg: numberOrNaN(input.weightKg),
    lengthHeightCm: numberOrNaN(input.lengthHeightCm),
    measure: input.measure ? measureCodes[input.measure] : 0,
    hasOedema: input.hasOedema ?? false,
    headCircumferenceCm: numberOrNaN(input.headCircumferenceCm),
    armCircumferenceCm: numberOrNaN(input.armCircumferenceCm),
    tricepsSkinfoldMm: numberOrNaN(input.tricepsSkinfoldMm),
    subscapularSkinfoldMm: numberOrNaN(input.subscapularSkinfoldMm),
  };
  const out = computeRawZscores(tables, raw, createRawZscores());
  return {
    clenhei: numberOrNull(out.clenhei),
    cmeasure: measures[out.cmeasure] ?? null,
    c9moFlag: out.c9moFlag,
    cbmi: numberOrNull(out.cbmi),
    csex: out.csex === 0 ? null : out.csex,
    zlen: numberOrNull(out.zlen), flen: flagOrNull(out.flen),
    zwei: numberOrNull(out.zwei), fwei: flagOrNull(out.fwei),
    zwfl: numberOrNull(out.zwfl), fwfl: flagOrNull(out.fwfl),
    zbmi: numberOrNull(out.zbmi), fbmi: flagOrNull(out.fbmi),
    zhc: numberOrNull(out.zhc), fhc: flagOrNull(out.fhc),
    zac: numberOrNull(out.zac), fac: flagOrNull(out.fac),
    zts: numberOrNull(out.zts), fts: flagOrNull(out.fts),
    zss: numberOrNull(out.zss), fss: flagOrNull(out.fss),
  };
}
