// Calendar dates as 'YYYY-MM-DD' strings (a birth date, a visit date): no time, no time zone.
// Invariant: all arithmetic here is integer day counting on the proleptic Gregorian calendar
// (days-from-civil, H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"), so a result
// never depends on the machine's time zone or DST. Only calendarDateIn() looks at a zone.

/** A 'YYYY-MM-DD' string that names a real day (Feb 29 only in leap years). */
export type CalendarDate = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parts of a valid calendar date, or null when the text is not one. */
export function parseCalendarDate(text: string): { year: number; month: number; day: number } | null {
  const match = datePattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function requireParts(date: CalendarDate): { year: number; month: number; day: number } {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return parts;
}

/** Days since 1970-01-01 (negative before). Throws on an invalid date: validate first. */
export function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = requireParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromEpochDay(epochDay: number): CalendarDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatCalendarDate(year, month, day);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Adds calendar months; the day is clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = requireParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return formatCalendarDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** Completed calendar months from `from` to `to` (age in months: 0 until the first monthly birthday). */
export function completedMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const a = requireParts(from);
  const b = requireParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && addMonths(from, months) > to) months -= 1;
  if (months < 0 && addMonths(from, months) < to) months += 1;
  return months;
}

/** Completed years from `from` to `to` (age in years; Feb 29 birthdays count on Feb 28). */
export function completedYearsBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.trunc(completedMonthsBetween(from, to) / 12);
}

/** The calendar date of an instant in an IANA time zone (Asia/Jakarta = WIB, Asia/Makassar = WITA, Asia/Jayapura = WIT). */
/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one (~2 ms on a slow phone). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format;
}

export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  const parts = dateFormatIn(timeZone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
  return formatCalendarDate(get('year'), get('month'), get('day'));
}
