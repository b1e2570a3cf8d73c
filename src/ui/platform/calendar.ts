// The device's calendar: today's date in the phone's own time zone (a cadre's "today" is
// WIB, WITA or WIT, whatever the server thinks), and dates written the way people read them.
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { calendarDateIn, parseCalendarDate } from '../../domain/calendar-date.ts';
import type { Language } from '../../i18n/translate.ts';

/** The device's time zone is looked up again after this long (a phone moved from WIB to WITA). */
const TIME_ZONE_CHECK_MS = 60_000;
let knownZone: { zone: string; at: number } | null = null;

/** Asking Intl for the zone builds a formatter (~2 ms on a slow phone): done once a minute at most. */
function deviceTimeZone(): string {
  const now = Date.now();
  if (knownZone && now - knownZone.at >= 0 && now - knownZone.at < TIME_ZONE_CHECK_MS) return knownZone.zone;
  let zone = 'Asia/Jakarta';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || zone;
  } catch {
    // no Intl time zone: Jakarta
  }
  knownZone = { zone, at: now };
  return zone;
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
export function formatDate(date: CalendarDate, language: Language, style: 'full' | 'long' | 'medium' = 'long'): string {
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  const instant = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return instant.toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: style, timeZone: 'UTC' });
}
