// z-scores from calendar dates: the age is the whole number of days between the birth date
// and the measurement date ('YYYY-MM-DD', no time, no time zone), counted on the calendar
// (src/domain/calendar-date.ts), so 2025-03-01 to 2025-03-31 is 30 days on every device.
import { daysBetween, isCalendarDate, type CalendarDate } from '../domain/calendar-date.ts';
import { computeZscores, type ZscoreInput, type ZscoreResult } from './compute-zscores.ts';
import type { GrowthTables, Sex } from './growth-tables.ts';

export type DatedMeasurement = Omit<ZscoreInput, 'sex' | 'age' | 'ageUnit'> & {
  sex: Sex | null;
  birthDate: CalendarDate;
  measurementDate: CalendarDate;
};

export type DatedZscores = ZscoreResult & { ageDays: number };

export type DatedZscoresFailure = 'invalid-birth-date' | 'invalid-measurement-date' | 'measured-before-birth';

export function computeZscoresFromDates(
  tables: GrowthTables,
  measurement: DatedMeasurement,
): { ok: true; value: DatedZscores } | { ok: false; reason: DatedZscoresFailure } {
  const { birthDate, measurementDate, ...rest } = measurement;
  if (!isCalendarDate(birthDate)) return { ok: false, reason: 'invalid-birth-date' };
  if (!isCalendarDate(measurementDate)) return { ok: false, reason: 'invalid-measurement-date' };
  const ageDays = daysBetween(birthDate, measurementDate);
  if (ageDays < 0) return { ok: false, reason: 'measured-before-birth' };
  return { ok: true, value: { ...computeZscores(tables, { ...rest, age: ageDays, ageUnit: 'days' }), ageDays } };
}
