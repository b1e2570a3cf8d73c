// "Senin, 10 Maret 2025" / "Monday, 10 March 2025": the report's "Hari, tanggal".
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { parseCalendarDate } from '../../domain/calendar-date.ts';
import type { Language } from '../../i18n/translate.ts';

export function formatDayDate(date: CalendarDate, language: Language): string {
  const parts = parseCalendarDate(date);
  if (!parts) return date;
  const instant = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  return instant.toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
