// Growth faltering at monthly weighing (posyandu), as the KMS / Buku KIA reads it
// (../shared/DOMAIN.md "Growth faltering"; docs/anthro.md):
// 1. One result per calendar month; when a child was weighed more than once in a month, the
//    last weighing of that month counts (a re-weighing corrects the first).
// 2. B (baru): the child's first weighing.
// 3. O: the previous weighing was not in the previous calendar month, so no trend is read.
// 4. N (naik): the gain since last month, in whole grams, is at least the KBM (kenaikan berat
//    badan minimal) for the child's age in completed months on the day of weighing;
//    T (tidak naik): less than the KBM (including no gain or a loss);
//    2T: T this month and T (or 2T) last month, a referral signal.
import { completedMonthsBetween, isCalendarDate, parseCalendarDate, type CalendarDate } from '../domain/calendar-date.ts';

export type Weighing = { date: CalendarDate; weightKg: number };
export type FalteringStatus = 'N' | 'T' | '2T' | 'O' | 'B';

export type MonthlyWeighingResult = {
  /** 'YYYY-MM' of the weighing that counts for the month. */
  month: string;
  date: CalendarDate;
  weightKg: number;
  ageMonths: number;
  status: FalteringStatus;
  /** Gain since last month's weighing (g); null for B and O. */
  gainG: number | null;
  /** The KBM that applied (g); null for B and O. */
  minimumGainG: number | null;
};

/**
 * KBM by age in completed months (Buku KIA / KMS, Kemenkes): 1 month 800 g, 2: 900 g, 3: 800 g,
 * 4: 600 g, 5: 500 g, 6-7: 400 g, 8-10: 300 g, 11 months and older: 200 g. A second weighing
 * within the first month of life (age 0) uses the 1-month value.
 */
export function minimumWeightGainG(ageMonths: number): number {
  if (ageMonths <= 1) return 800;
  if (ageMonths === 2) return 900;
  if (ageMonths === 3) return 800;
  if (ageMonths === 4) return 600;
  if (ageMonths === 5) return 500;
  if (ageMonths <= 7) return 400;
  if (ageMonths <= 10) return 300;
  return 200;
}

function monthIndex(date: CalendarDate): number {
  const parts = parseCalendarDate(date);
  return parts ? parts.year * 12 + parts.month - 1 : Number.NaN;
}

/** The last valid weighing of each calendar month, oldest month first (step 1). */
function lastWeighingPerMonth(birthDate: CalendarDate, weighings: readonly Weighing[]): Weighing[] {
  const valid = weighings
    .filter((w) => isCalendarDate(w.date) && w.date >= birthDate && Number.isFinite(w.weightKg) && w.weightKg > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const perMonth: Weighing[] = [];
  for (const weighing of valid) {
    const last = perMonth[perMonth.length - 1];
    if (last && monthIndex(last.date) === monthIndex(weighing.date)) perMonth[perMonth.length - 1] = weighing;
    else perMonth.push(weighing);
  }
  return perMonth;
}

/**
 * N/T/2T/O/B for every month the child was weighed, oldest first. Weighings with an invalid
 * date, a date before birth or a non-positive weight are left out.
 */
export function assessGrowthFaltering(birthDate: CalendarDate, weighings: readonly Weighing[]): MonthlyWeighingResult[] {
  if (!isCalendarDate(birthDate)) throw new RangeError('birthDate must be a calendar date');
  const results: MonthlyWeighingResult[] = [];
  let previous: MonthlyWeighingResult | undefined;
  for (const weighing of lastWeighingPerMonth(birthDate, weighings)) {
    const ageMonths = completedMonthsBetween(birthDate, weighing.date);
    const base = { month: weighing.date.slice(0, 7), date: weighing.date, weightKg: weighing.weightKg, ageMonths };
    let result: MonthlyWeighingResult;
    if (!previous) {
      result = { ...base, status: 'B', gainG: null, minimumGainG: null }; // 2.
    } else if (monthIndex(previous.date) !== monthIndex(weighing.date) - 1) {
      result = { ...base, status: 'O', gainG: null, minimumGainG: null }; // 3.
    } else {
      // 4. Whole grams, so 7.3 − 6.5 kg is 800 g and not 799.999… g.
      const gainG = Math.round((weighing.weightKg - previous.weightKg) * 1000);
      const minimumGainG = minimumWeightGainG(ageMonths);
      const wasNotGaining = previous.status === 'T' || previous.status === '2T';
      const status: FalteringStatus = gainG >= minimumGainG ? 'N' : wasNotGaining ? '2T' : 'T';
      result = { ...base, status, gainG, minimumGainG };
    }
    results.push(result);
    previous = result;
  }
  return results;
}
