// How many households are due a visit (visits-due.ts's rule), counted from the households,
// members and visits alone, without the household list's index (risk, search text, sort keys
// for every family): Beranda's "Kunjungan jatuh tempo (N)" needs only the number. The rule per
// household, from its latest visit (latest date, then latest recorded, as the index):
//   - a next visit date was written: due when it is today or past;
//   - else, a family with a TPK target (catin, pregnant, post-partum, baduta, balita; not PUS
//     alone) is due when never visited or last visited more than 30 days ago; members are
//     looked at only for households this branch reaches.
// Equal to listVisitsDue(buildHouseholdIndex(...)).length (unit test).
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { addDays } from '../../domain/calendar-date.ts';
import type { Household } from '../../domain/household.ts';
import type { Person } from '../../domain/person.ts';
import { targetStatus } from '../../domain/target-status.ts';
import type { TargetKind } from '../../domain/target-status.ts';
import type { Visit } from '../../domain/visit.ts';
import { visitIntervalDays } from '../households/household-index.ts';

const visitTargets: ReadonlySet<TargetKind> = new Set(['catin', 'ibu-hamil', 'pasca-persalinan', 'baduta', 'balita']);

type LatestVisit = Pick<Visit, 'date' | 'createdAt' | 'nextVisitDate'>;

function isLater(visit: LatestVisit, than: LatestVisit): boolean {
  return visit.date > than.date || (visit.date === than.date && visit.createdAt > than.createdAt);
}

export function countVisitsDue(households: readonly Household[], persons: readonly Person[], visits: readonly Visit[], today: CalendarDate): number {
  const latest = new Map<string, LatestVisit>();
  for (const visit of visits) {
    if (visit.deleted) continue;
    const current = latest.get(visit.householdId);
    if (!current || isLater(visit, current)) latest.set(visit.householdId, visit);
  }
  let membersOf: Map<string, Person[]> | undefined;
  const hasTargets = (householdId: string) => {
    if (!membersOf) {
      membersOf = new Map();
      for (const person of persons) {
        if (person.deleted) continue;
        const list = membersOf.get(person.householdId);
        if (list) list.push(person);
        else membersOf.set(person.householdId, [person]);
      }
    }
    return (membersOf.get(householdId) ?? []).some((member) => targetStatus(member, today).targets.some((target) => visitTargets.has(target)));
  };
  const staleBefore = addDays(today, -visitIntervalDays);
  let count = 0;
  for (const household of households) {
    if (household.deleted) continue;
    const visit = latest.get(household.id);
    if (visit?.nextVisitDate) {
      if (visit.nextVisitDate <= today) count += 1;
    } else if ((!visit || visit.date < staleBefore) && hasTargets(household.id)) count += 1;
  }
  return count;
}
