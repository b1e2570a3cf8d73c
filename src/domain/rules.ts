// Rules that need more than the record itself: today's date (on the device, in its time
// zone) or a related record (the child, the pledge, the meeting). Forms run them before
// saving; `errors` block the save, `warnings` are shown and may be overridden (NIK).
// The schemas (record-local rules) are in each kind's file; the server runs only those,
// because a phone's "today" and a record's relatives are not the server's to judge.
import type { CalendarDate } from './calendar-date.ts';
import { addDays, addMonths } from './calendar-date.ts';
import type { FieldIssue } from './field-issues.ts';
import { fieldIssue } from './field-issues.ts';
import { checkNikConsistency } from './nik.ts';
import type { PersonInput } from './person.ts';

export type RuleResult = { errors: FieldIssue[]; warnings: FieldIssue[] };

function result(errors: readonly (FieldIssue | null)[], warnings: FieldIssue[] = []): RuleResult {
  return { errors: errors.filter((issue): issue is FieldIssue => issue !== null), warnings };
}

function after(date: CalendarDate | null | undefined, limit: CalendarDate): boolean {
  return !!date && date > limit;
}

/** Pregnancies last at most ~44 weeks from the last menstrual period. */
export const maxGestationDays = 44 * 7;

export function checkPerson(
  person: Pick<PersonInput, 'nik' | 'sex' | 'birthDate' | 'lastMenstrualPeriod' | 'deliveryDate' | 'weddingDate' | 'isPregnant'>,
  context: { today: CalendarDate; villageCode?: string | null },
): RuleResult {
  const { today } = context;
  return result(
    [
      after(person.birthDate, today) ? fieldIssue('birthDate', 'birthDateInFuture') : null,
      after(person.lastMenstrualPeriod, today) ? fieldIssue('lastMenstrualPeriod', 'lmpInFuture') : null,
      person.isPregnant && person.lastMenstrualPeriod && person.lastMenstrualPeriod < addDays(today, -maxGestationDays)
        ? fieldIssue('lastMenstrualPeriod', 'lmpTooOld')
        : null,
      after(person.deliveryDate, today) ? fieldIssue('deliveryDate', 'deliveryDateInFuture') : null,
      after(person.weddingDate, addMonths(today, 24)) ? fieldIssue('weddingDate', 'weddingTooFarAhead') : null,
    ],
    checkNikConsistency(person.nik, { birthDate: person.birthDate, sex: person.sex === 'M' || person.sex === 'F' ? person.sex : null, villageCode: context.villageCode }),
  );
}

export function checkMeasurement(
  measurement: { date: CalendarDate },
  context: { today: CalendarDate; childBirthDate?: CalendarDate | null },
): RuleResult {
  return result([
    after(measurement.date, context.today) ? fieldIssue('date', 'dateInFuture') : null,
    context.childBirthDate && measurement.date < context.childBirthDate ? fieldIssue('date', 'measurementBeforeBirth') : null,
  ]);
}

/** Visits, outreach sessions and deliveries are recorded after they happen. */
export function checkEventDate(event: { date: CalendarDate }, context: { today: CalendarDate }): RuleResult {
  return result([after(event.date, context.today) ? fieldIssue('date', 'dateInFuture') : null]);
}

export function checkDelivery(
  delivery: { date: CalendarDate },
  context: { today: CalendarDate; pledgeStartDate?: CalendarDate | null },
): RuleResult {
  return result([
    after(delivery.date, context.today) ? fieldIssue('date', 'dateInFuture') : null,
    context.pledgeStartDate && delivery.date < context.pledgeStartDate ? fieldIssue('date', 'deliveryBeforePledge') : null,
  ]);
}

export function checkActionItem(item: { dueDate?: CalendarDate | null }, context: { meetingDate?: CalendarDate | null }): RuleResult {
  return result([
    item.dueDate && context.meetingDate && item.dueDate < context.meetingDate ? fieldIssue('dueDate', 'dueBeforeMeeting') : null,
  ]);
}
