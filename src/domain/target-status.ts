// Target status (sasaran) of a person on a day, from DOMAIN.md's TPK targets:
// catin (wedding within the next 3 months), ibu hamil (gestational age from the last
// menstrual period; due date = HPHT + 280 days, Naegele), pasca persalinan (42 days after
// delivery), baduta (0-23 completed months), balita (24-59), and PUS (a married woman
// 15-49: the "couple of reproductive age" of the family-at-risk rule).
import type { CalendarDate } from './calendar-date.ts';
import { addDays, addMonths, completedMonthsBetween, daysBetween } from './calendar-date.ts';
import type { PersonInput } from './person.ts';

export const targetKinds = ['catin', 'ibu-hamil', 'pasca-persalinan', 'baduta', 'balita', 'pus'] as const;
export type TargetKind = (typeof targetKinds)[number];

export const postPartumDays = 42;
export const pregnancyDays = 280;

export type Pregnancy = {
  /** Completed weeks since the last menstrual period; null without HPHT. */
  gestationalWeeks: number | null;
  /** Days beyond the completed weeks (0-6). */
  gestationalDays: number | null;
  dueDate: CalendarDate | null;
  trimester: 1 | 2 | 3 | null;
};

export type TargetStatus = {
  targets: TargetKind[];
  ageMonths: number | null;
  pregnancy: Pregnancy | null;
  /** Day 0-42 of the post-partum window, when in it. */
  postPartumDay: number | null;
};

type PersonFacts = Pick<PersonInput, 'sex' | 'birthDate' | 'maritalStatus' | 'weddingDate' | 'isPregnant' | 'lastMenstrualPeriod' | 'deliveryDate'> & {
  /** When given: the wife of the head ('istri') counts as married while her marital status is not filled in. */
  relation?: PersonInput['relation'] | null;
};

export function pregnancyOf(lastMenstrualPeriod: CalendarDate | null | undefined, today: CalendarDate): Pregnancy {
  if (!lastMenstrualPeriod) return { gestationalWeeks: null, gestationalDays: null, dueDate: null, trimester: null };
  const days = Math.max(0, daysBetween(lastMenstrualPeriod, today));
  const weeks = Math.floor(days / 7);
  return {
    gestationalWeeks: weeks,
    gestationalDays: days % 7,
    dueDate: addDays(lastMenstrualPeriod, pregnancyDays),
    trimester: weeks < 14 ? 1 : weeks < 28 ? 2 : 3,
  };
}

export function targetStatus(person: PersonFacts, today: CalendarDate): TargetStatus {
  const targets: TargetKind[] = [];
  const ageMonths = person.birthDate && person.birthDate <= today ? completedMonthsBetween(person.birthDate, today) : null;
  if (person.weddingDate && person.weddingDate >= today && person.weddingDate <= addMonths(today, 3)) targets.push('catin');
  const pregnant = person.sex === 'F' && person.isPregnant === true;
  if (pregnant) targets.push('ibu-hamil');
  let postPartumDay: number | null = null;
  if (person.sex === 'F' && person.deliveryDate && !pregnant) {
    const day = daysBetween(person.deliveryDate, today);
    if (day >= 0 && day <= postPartumDays) {
      postPartumDay = day;
      targets.push('pasca-persalinan');
    }
  }
  if (ageMonths !== null && ageMonths < 24) targets.push('baduta');
  else if (ageMonths !== null && ageMonths < 60) targets.push('balita');
  const married = person.maritalStatus === 'kawin' || (person.maritalStatus == null && person.relation === 'istri');
  if (person.sex === 'F' && married && ageMonths !== null && ageMonths >= 15 * 12 && ageMonths < 50 * 12) targets.push('pus');
  return { targets, ageMonths, pregnancy: pregnant ? pregnancyOf(person.lastMenstrualPeriod, today) : null, postPartumDay };
}

/** Under five (0-59 completed months) on `today`. */
export function isUnderFive(birthDate: CalendarDate | null | undefined, today: CalendarDate): boolean {
  if (!birthDate || birthDate > today) return false;
  return completedMonthsBetween(birthDate, today) < 60;
}
