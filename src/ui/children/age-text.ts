// "14 bulan" under two years, "3 tahun 2 bulan" from then on.
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { completedMonthsBetween } from '../../domain/calendar-date.ts';
import type { Translate } from '../i18n/language.tsx';

export function ageText(t: Translate, birthDate: CalendarDate | null | undefined, today: CalendarDate): string {
  if (!birthDate || birthDate > today) return '';
  const months = completedMonthsBetween(birthDate, today);
  if (months < 24) return t('children.age.months', { months });
  return t('children.age.yearsMonths', { years: Math.floor(months / 12), months: months % 12 });
}
