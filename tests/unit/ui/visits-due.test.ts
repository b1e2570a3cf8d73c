import { describe, expect, it } from 'vitest';
import { buildHouseholdIndex } from '../../../src/ui/households/household-index.ts';
import { listVisitsDue } from '../../../src/ui/visits/visits-due.ts';
import { makeHousehold, makePerson, makeVisit } from './fixtures.ts';

const today = '2025-06-15';
const planned = makeHousehold({ headName: 'Planned Past' });
const plannedFuture = makeHousehold({ headName: 'Planned Future' });
const stale = makeHousehold({ headName: 'Stale' });
const fresh = makeHousehold({ headName: 'Fresh' });
const never = makeHousehold({ headName: 'Never', createdAt: '2025-06-05T03:00:00.000Z' });
const noTargets = makeHousehold({ headName: 'No Targets' });
const dueToday = makeHousehold({ headName: 'Due Today', toilet: 'tidak-ada' });
const dueTodayB = makeHousehold({ headName: 'Also Today' });

const child = (household: typeof planned) => makePerson(household, { name: 'Anak', birthDate: '2024-05-01' });
const persons = [child(stale), child(fresh), child(never), child(plannedFuture), child(dueToday), child(dueTodayB), makePerson(noTargets, { name: 'Tua', birthDate: '1950-01-01' })];
const visits = [
  makeVisit(planned, { date: '2025-05-01', nextVisitDate: '2025-06-01' }),
  makeVisit(plannedFuture, { date: '2025-03-01', nextVisitDate: '2025-07-01' }),
  makeVisit(stale, { date: '2025-05-01' }),
  makeVisit(stale, { date: '2025-04-01', nextVisitDate: '2025-04-20' }),
  makeVisit(fresh, { date: '2025-05-20' }),
  makeVisit(noTargets, { date: '2025-01-01' }),
  makeVisit(dueToday, { date: '2025-06-01', nextVisitDate: today }),
  makeVisit(dueTodayB, { date: '2025-06-01', nextVisitDate: today }),
];

const entries = buildHouseholdIndex([planned, plannedFuture, stale, fresh, never, noTargets, dueToday, dueTodayB], persons, visits, today);
const due = listVisitsDue(entries, today, (entry) => entry.household.createdAt.slice(0, 10));

describe('visits due', () => {
  it('lists planned visits whose date came and target families unvisited for more than 30 days, most overdue first', () => {
    expect(due.map((item) => [item.entry.household.headName, item.reason, item.overdueDays])).toEqual([
      ['Planned Past', 'planned', 14],
      ['Stale', 'no-recent-visit', 14],
      ['Never', 'never-visited', 10],
      ['Due Today', 'planned', 0],
      ['Also Today', 'planned', 0],
    ]);
  });

  it('uses only the latest visit: its plan wins over the 30-day rule', () => {
    expect(due.find((item) => item.entry.household.headName === 'Stale')?.dueDate).toBe('2025-06-01');
    expect(due.some((item) => item.entry.household.headName === 'Planned Future')).toBe(false);
    expect(due.some((item) => item.entry.household.headName === 'Fresh')).toBe(false);
    expect(due.some((item) => item.entry.household.headName === 'No Targets')).toBe(false);
  });

  it('breaks ties by risk of stunting first', () => {
    const today0 = due.filter((item) => item.overdueDays === 0).map((item) => item.entry.risk.atRisk);
    expect(today0).toEqual([true, false]);
  });
});
