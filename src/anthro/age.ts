// Age as WHO's anthro 1.1.0 reads it (R/utils.R, R/z-score.R;
// ../shared/who-growth-standards/README.md "Input cleaning").
// 1. Days input: the table row is the age rounded half up (730.5 -> 731); the age limits use
//    the unrounded days / 30.4375.
// 2. Months input: days = months × 30.4375 (anthro multiplies, whatever its help text says),
//    rounded half up; the age limits use the months as given.
// Invariant: a negative age is an error in anthro; callers reject it before coming here.

/** Average days per month used by WHO (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

export type AgeUnit = 'days' | 'months';

/** anthro's round_up: floor(x), plus 1 when the fraction is at least 0.5. NaN stays NaN. */
export function roundHalfUp(x: number): number {
  const floor = Math.floor(x);
  return x - floor >= 0.5 ? floor + 1 : floor;
}

/** Table age in whole days (NaN when the age is unknown). */
export function toAgeDays(age: number, unit: AgeUnit): number {
  return roundHalfUp(unit === 'months' ? age * DAYS_PER_MONTH : age);
}

/** Unrounded age in months, as used for the "< 60 months" and "< 9 months" rules. */
export function toAgeMonths(age: number, unit: AgeUnit): number {
  return unit === 'months' ? age : age / DAYS_PER_MONTH;
}
