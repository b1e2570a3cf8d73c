// The device's calendar: today's date in the phone's own time zone (a cadre's "today" is
// WIB, WITA or WIT, whatever the server thinks), and dates written the way people read them.
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { calendarDateIn, parseCalendarDate } from '../../domain/calendar-date.ts';
import type { Language } from '../../i18n/index.ts';

function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Jakarta';
  } catch {
    return 'Asia/Jakarta';
  }
}

/** Today on this device, 'YYYY-MM-DD'. */
export function deviceToday(now: Date = new Date()): CalendarDate {
  return calendarDateIn(now, deviceTimeZone());
}

/** The calendar date an ISO instant (createdAt, updatedAt) falls on, on this device. */
export function deviceDateOf(instant: string): CalendarDate {
  return calendarDateIn(new Date(instant), deviceTimeZone());
}

/** '12 Maret 2025' / '12 March 2025'; the text itself when it is not a date. */
export function formatDate(date: CalendarDate, language: Language, style: 'long' | 'medium' = 'long'): string {
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  const instant = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return instant.toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: style, timeZone: 'UTC' });
}
