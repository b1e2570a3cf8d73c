// "Kunjungan jatuh tempo": households a TPK cadre should visit now, most urgent first.
// Rule (one per household, from its latest visit):
//   1. the latest visit set a next visit date: due when that date is today or past
//      (the cadre's own plan wins, whether or not the family still has targets);
//   2. otherwise, a household with targets (catin, pregnant, post-partum, under five) is
//      due when it was never visited or last visited more than 30 days ago.
// Urgency = days overdue (a never-visited household counts from the day it was
// registered); ties: families at risk of stunting first, then pregnant women, then name.
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { addDays, daysBetween } from '../../domain/calendar-date.ts';
import type { HouseholdEntry } from '../households/household-index.ts';
import { visitIntervalDays } from '../households/household-index.ts';

export type DueReason = 'planned' | 'no-recent-visit' | 'never-visited';

export type DueVisit = {
  entry: HouseholdEntry;
  reason: DueReason;
  /** The day the visit became due. */
  dueDate: CalendarDate;
  /** Days since dueDate (0 = due today). */
  overdueDays: number;
};

function dueOf(entry: HouseholdEntry, today: CalendarDate, registeredOn: (entry: HouseholdEntry) => CalendarDate): DueVisit | null {
  if (entry.nextVisitDate) {
    return entry.nextVisitDate <= today
      ? { entry, reason: 'planned', dueDate: entry.nextVisitDate, overdueDays: daysBetween(entry.nextVisitDate, today) }
      : null;
  }
  if (!entry.hasTargets) return null;
  if (entry.lastVisitDate === null) {
    const since = registeredOn(entry);
    const dueDate = since < today ? since : today;
    return { entry, reason: 'never-visited', dueDate, overdueDays: daysBetween(dueDate, today) };
  }
  const dueDate = addDays(entry.lastVisitDate, visitIntervalDays + 1);
  return dueDate <= today ? { entry, reason: 'no-recent-visit', dueDate, overdueDays: daysBetween(dueDate, today) } : null;
}

const collator = new Intl.Collator('id', { sensitivity: 'base' });

function compareDue(a: DueVisit, b: DueVisit): number {
  return (
    b.overdueDays - a.overdueDays ||
    Number(b.entry.risk.atRisk) - Number(a.entry.risk.atRisk) ||
    Number(b.entry.hasPregnant) - Number(a.entry.hasPregnant) ||
    collator.compare(a.entry.household.headName, b.entry.household.headName)
  );
}

/** Due visits, most urgent first. `registeredOn` gives a household's registration date on this device. */
export function listVisitsDue(
  entries: readonly HouseholdEntry[],
  today: CalendarDate,
  registeredOn: (entry: HouseholdEntry) => CalendarDate,
): DueVisit[] {
  const due: DueVisit[] = [];
  for (const entry of entries) {
    const item = dueOf(entry, today, registeredOn);
    if (item) due.push(item);
  }
  return due.sort(compareDue);
}
