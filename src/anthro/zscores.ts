// WHO Child Growth Standards z-scores for children 0-60 months, computed exactly as
// anthro_zscores() of WHO's anthro R package 1.1.0 (R/z-score*.R). The numbered steps follow
// ../shared/who-growth-standards/README.md ("The method"), which is also in docs/anthro.md.
// Invariants: NaN is R's NA inside this module (callers see null through computeZscores);
// every z-score is rounded with R's round(x, 2) before its flag is set; nothing here reads
// a clock, the network or the file system.
import { toAgeDays, toAgeMonths, type AgeUnit } from './age.ts';
import { lmsOfSex, type GrowthTables, type LmsTable } from './growth-tables.ts';
import { computeLmsZscore, computeRestrictedZscore, roundLikeR2 } from './lms.ts';

/** Measuring position: 'l' recumbent length, 'h' standing height. */
export type Measure = 'l' | 'h';

/** Inputs as plain numbers: NaN means missing (R's NA). `sex` is 0 when missing. */
export type RawZscoreInput = {
  sex: 0 | 1 | 2;
  age: number;
  ageUnit: AgeUnit;
  weightKg: number;
  lengthHeightCm: number;
  /** 0 unknown, 1 'l', 2 'h'. */
  measure: 0 | 1 | 2;
  hasOedema: boolean;
  headCircumferenceCm: number;
  armCircumferenceCm: number;
  tricepsSkinfoldMm: number;
  subscapularSkinfoldMm: number;
};

/** anthro's output columns as numbers: NaN for NA; cmeasure 0 = NA, 1 = 'l', 2 = 'h'. */
export type RawZscores = {
  clenhei: number;
  cmeasure: 0 | 1 | 2;
  c9moFlag: 0 | 1;
  cbmi: number;
  csex: 0 | 1 | 2;
  zlen: number; flen: number;
  zwei: number; fwei: number;
  zwfl: number; fwfl: number;
  zbmi: number; fbmi: number;
  zhc: number; fhc: number;
  zac: number; fac: number;
  zts: number; fts: number;
  zss: number; fss: number;
};

/** Oldest rounded age in days for which anthro keeps an age-based z-score. */
const MAX_AGE_DAYS = 1856;
/** Children from this rounded age in days are treated as measured standing (24 months). */
const HEIGHT_FROM_DAYS = 731;
const LENGTH_HEIGHT_CORRECTION_CM = 0.7;

export function createRawZscores(): RawZscores {
  const na = Number.NaN;
  return {
    clenhei: na, cmeasure: 0, c9moFlag: 0, cbmi: na, csex: 0,
    zlen: na, flen: na, zwei: na, fwei: na, zwfl: na, fwfl: na, zbmi: na, fbmi: na,
    zhc: na, fhc: na, zac: na, fac: na, zts: na, fts: na, zss: na, fss: na,
  };
}

/**
 * Age-based z-score (step 6) of a child whose rounded age is valid (<= 1856 days, < 60
 * months): the row of exactly that day; NA without a row or for a measurement <= 0.
 */
function computeAgeBasedZscore(table: LmsTable, sex: 1 | 2, ageDays: number, y: number, isRestricted: boolean): number {
  if (!(y > 0)) return Number.NaN;
  const row = ageDays - table.firstStep;
  if (!(row >= 0 && row < table.count)) return Number.NaN;
  const packed = lmsOfSex(table, sex);
  const l = packed[3 * row] ?? Number.NaN;
  const m = packed[3 * row + 1] ?? Number.NaN;
  const s = packed[3 * row + 2] ?? Number.NaN;
  return roundLikeR2(isRestricted ? computeRestrictedZscore(y, l, m, s) : computeLmsZscore(y, l, m, s));
}

/** Which weight-for-length/height table (step 7): by age, else by measure, else by 87 cm. */
function chooseLengthOrHeightTable(tables: GrowthTables, ageDays: number, cmeasure: 0 | 1 | 2, clenhei: number): LmsTable | undefined {
  if (!Number.isNaN(ageDays)) return ageDays < HEIGHT_FROM_DAYS ? tables.wfl : tables.wfh;
  if (cmeasure === 1) return tables.wfl;
  if (cmeasure === 2) return tables.wfh;
  if (!Number.isNaN(clenhei)) return clenhei < 87 ? tables.wfl : tables.wfh;
  return undefined;
}

/** Weight-for-length/height z-score with anthro's interpolation between 0.1 cm rows. */
function computeWeightForLengthHeight(
  tables: GrowthTables, sex: 1 | 2, ageDays: number, ageMonths: number, cmeasure: 0 | 1 | 2,
  clenhei: number, weightKg: number, hasOedema: boolean,
): number {
  const table = chooseLengthOrHeightTable(tables, ageDays, cmeasure, clenhei);
  if (!table || hasOedema || Number.isNaN(clenhei)) return Number.NaN;
  const minCm = table.firstStep / table.perUnit;
  const maxCm = (table.firstStep + table.count - 1) / table.perUnit;
  if (!(clenhei >= minCm && clenhei <= maxCm)) return Number.NaN;
  // With a known age, the age must be valid too; with an unknown age there is no condition.
  if (!Number.isNaN(ageDays) && !(ageDays <= MAX_AGE_DAYS && ageMonths < 60)) return Number.NaN;
  // 7.1 lo = trunc(10x)/10, up = trunc(10x + 1)/10, d = (x − lo)/0.1, in this order.
  const lowStep = Math.trunc(clenhei * 10);
  const upStep = Math.trunc(clenhei * 10 + 1);
  const d = (clenhei - lowStep / 10) / 0.1;
  const packed = lmsOfSex(table, sex);
  const low = lowStep - table.firstStep;
  if (!(low >= 0 && low < table.count)) return Number.NaN;
  let l = packed[3 * low] ?? Number.NaN;
  let m = packed[3 * low + 1] ?? Number.NaN;
  let s = packed[3 * low + 2] ?? Number.NaN;
  if (d > 0) {
    // 7.2 rows are matched by tenth of a cm; a missing upper row makes the z-score NA.
    const up = upStep - table.firstStep;
    if (!(up >= 0 && up < table.count)) return Number.NaN;
    l = l + d * ((packed[3 * up] ?? Number.NaN) - l);
    m = m + d * ((packed[3 * up + 1] ?? Number.NaN) - m);
    s = s + d * ((packed[3 * up + 2] ?? Number.NaN) - s);
  }
  return roundLikeR2(computeRestrictedZscore(weightKg, l, m, s));
}

/** flen: |z| > 6; fwei: z < −6 or z > 5; the others: |z| > 5. NA when z is NA. */
function flagAbove(z: number, limit: number): number {
  return Number.isNaN(z) ? Number.NaN : Math.abs(z) > limit ? 1 : 0;
}

/** Computes every z-score and flag of one child into `out` (reused by the batch CLI). */
export function computeRawZscores(tables: GrowthTables, input: RawZscoreInput, out: RawZscores): RawZscores {
  // 1. Age: rounded days for the table row, unrounded months for the age limits.
  const ageDays = toAgeDays(input.age, input.ageUnit);
  const ageMonths = toAgeMonths(input.age, input.ageUnit);
  if (ageDays < 0) throw new RangeError('age must not be negative');
  // 2. Standing height under 9 months: the measure is treated as missing and flagged.
  let cmeasure = input.measure;
  const isStandingTooYoung = cmeasure === 2 && ageMonths < 9;
  if (isStandingTooYoung) cmeasure = 0;
  // 3. Length/height correction by the rounded age: +0.7 cm for height < 731 days,
  //    −0.7 cm for length >= 731 days.
  let clenhei = input.lengthHeightCm;
  if (ageDays < HEIGHT_FROM_DAYS && cmeasure === 2) clenhei = clenhei + LENGTH_HEIGHT_CORRECTION_CM;
  else if (ageDays >= HEIGHT_FROM_DAYS && cmeasure === 1) clenhei = clenhei - LENGTH_HEIGHT_CORRECTION_CM;
  // 4. BMI from the corrected length/height (also with oedema).
  const heightM = clenhei / 100;
  const cbmi = input.weightKg / (heightM * heightM);

  out.clenhei = clenhei;
  out.cmeasure = cmeasure;
  out.c9moFlag = isStandingTooYoung ? 1 : 0;
  out.cbmi = cbmi;
  out.csex = input.sex;
  const sex = input.sex;
  const na = Number.NaN;
  let zlen = na, zwei = na, zwfl = na, zbmi = na, zhc = na, zac = na, zts = na, zss = na;
  // 5. No sex, no z-score.
  if (sex !== 0) {
    const oedema = input.hasOedema;
    // 6. Age-based indicators; length/height-for-age and head circumference use the plain
    //    LMS z-score, the others the restricted one; weight and BMI are NA with oedema.
    //    Valid ages: rounded days known and <= 1856, unrounded months < 60.
    if (ageDays <= MAX_AGE_DAYS && ageMonths < 60) {
      zlen = computeAgeBasedZscore(tables.lhfa, sex, ageDays, clenhei, false);
      if (!oedema) zwei = computeAgeBasedZscore(tables.wfa, sex, ageDays, input.weightKg, true);
      if (!oedema) zbmi = computeAgeBasedZscore(tables.bfa, sex, ageDays, cbmi, true);
      zhc = computeAgeBasedZscore(tables.hcfa, sex, ageDays, input.headCircumferenceCm, false);
      zac = computeAgeBasedZscore(tables.acfa, sex, ageDays, input.armCircumferenceCm, true);
      zts = computeAgeBasedZscore(tables.tsfa, sex, ageDays, input.tricepsSkinfoldMm, true);
      zss = computeAgeBasedZscore(tables.ssfa, sex, ageDays, input.subscapularSkinfoldMm, true);
    }
    // 7. Weight-for-length/height (computed without age too).
    zwfl = computeWeightForLengthHeight(tables, sex, ageDays, ageMonths, cmeasure, clenhei, input.weightKg, oedema);
  }
  // 8. Flags on the rounded z-scores.
  out.zlen = zlen; out.flen = flagAbove(zlen, 6);
  out.zwei = zwei; out.fwei = Number.isNaN(zwei) ? na : zwei < -6 || zwei > 5 ? 1 : 0;
  out.zwfl = zwfl; out.fwfl = flagAbove(zwfl, 5);
  out.zbmi = zbmi; out.fbmi = flagAbove(zbmi, 5);
  out.zhc = zhc; out.fhc = flagAbove(zhc, 5);
  out.zac = zac; out.fac = flagAbove(zac, 5);
  out.zts = zts; out.fts = flagAbove(zts, 5);
  out.zss = zss; out.fss = flagAbove(zss, 5);
  return out;
}
