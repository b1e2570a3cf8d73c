// Rekap GENTING bulanan: the village's monthly figures for the Pokja and the district.
// The reference day is the month's last day, or today for the running month: targets, risk,
// coverage and overdue pledges are as on that day; measurements and deliveries are those
// dated inside the month. Prevalence counts, among the children measured in the month (their
// last measurement of the month), those below -2 SD (child-growth.ts); a child whose index
// could not be judged (no length, flagged, oedema) is out of that index's denominator.
// Only records of `villageCode` count (a device may hold several villages), and households,
// members, sponsors and RTL only once recorded (createdAt's UTC day on or before the reference
// day): last month's figures are what the Pokja could have known then. Records carry only
// their current state, so a past month's pledge and RTL status is rebuilt from when the status
// was last set (pledgeStatusOn, actionItemStatusOn; docs/genting.md "A past month"): the
// status field's own sync stamp when the device gives it (`statusSetAt`), else updatedAt (the
// last edit of any field): a pledge finished, cancelled or put on hold after the month counts
// as active in it, and an RTL done or cancelled after the month counts as still in progress
// (berjalan). Deliveries of a deleted pledge do not count.
import type { GrowthTables } from '../anthro/growth-tables.ts';
import type { ActionItem, ActionItemStatus } from '../domain/action-item.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { daysInMonth, formatCalendarDate } from '../domain/calendar-date.ts';
import type { Delivery } from '../domain/delivery.ts';
import type { Household } from '../domain/household.ts';
import type { Measurement } from '../domain/measurement.ts';
import type { Person } from '../domain/person.ts';
import type { Pledge, PledgeStatus } from '../domain/pledge.ts';
import type { Sponsor } from '../domain/sponsor.ts';
import { targetStatus } from '../domain/target-status.ts';
import type { TargetKind } from '../domain/target-status.ts';
import { targetKinds } from '../domain/target-status.ts';
import { countActionItemsByStatus } from './action-items.ts';
import { assessMeasurement, latestChildGrowth } from './child-growth.ts';
import { isActivePledge, listAtRiskTargets, targetCoverage } from './genting-targets.ts';
import type { Coverage } from './genting-targets.ts';
import { buildPledgeRows, overduePledges } from './pledge-overview.ts';

/** 'YYYY-MM'. */
export type Month = string;

export type Prevalence = { count: number; of: number };

export type GentingRecap = {
  month: Month;
  villageCode: string;
  referenceDate: CalendarDate;
  households: number;
  familiesAtRisk: number;
  targets: Record<TargetKind, number>;
  childrenMeasured: number;
  /** null when the growth tables were not available. */
  prevalence: { stunting: Prevalence; underweight: Prevalence; wasting: Prevalence } | null;
  sponsors: number;
  activePledges: number;
  deliveries: number;
  deliveriesValueRp: number;
  coverage: Coverage;
  overduePledges: number;
  actionItems: Record<ActionItemStatus, number>;
};

export type RecapData = {
  households: readonly Household[];
  persons: readonly Person[];
  measurements: readonly Measurement[];
  sponsors: readonly Sponsor[];
  pledges: readonly Pledge[];
  deliveries: readonly Delivery[];
  actionItems: readonly ActionItem[];
  /**
   * When the `status` of a pledge or an RTL was last set (ISO time of the field's stamp), by
   * record id; a record without an entry falls back to its updatedAt.
   */
  statusSetAt?: ReadonlyMap<string, string>;
};

export function monthOf(date: CalendarDate): Month {
  return date.slice(0, 7);
}

export function previousMonth(month: Month): Month {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return mon === 1 ? `${year - 1}-12` : `${year}-${String(mon - 1).padStart(2, '0')}`;
}

export function monthEnd(month: Month): CalendarDate {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return formatCalendarDate(year, mon, daysInMonth(year, mon));
}

/**
 * Whether the status was set after `day`: the UTC day of `statusSetAt` (the status field's own
 * stamp) is later; without it, of updatedAt (any field's last edit, so a later note counts too).
 */
function setAfter(record: { updatedAt: string }, day: CalendarDate, statusSetAt: string | undefined): boolean {
  return (statusSetAt ?? record.updatedAt).slice(0, 10) > day;
}

/**
 * A pledge's status at the end of `day`: its current status if it was set on or before that
 * day; otherwise, when it is no longer active now ('selesai', 'batal', 'ditunda'), 'aktif' (a
 * pledge is recorded active and leaves that state by a later edit).
 */
export function pledgeStatusOn(pledge: Pick<Pledge, 'status' | 'updatedAt'>, day: CalendarDate, statusSetAt?: string): PledgeStatus {
  return pledge.status !== 'aktif' && setAfter(pledge, day, statusSetAt) ? 'aktif' : pledge.status;
}

/**
 * An RTL's status at the end of `day`: its current status if it was set on or before that
 * day; otherwise an item now done or cancelled is counted as still 'berjalan' (open: there is
 * no done date, and it was not done as far as the records then showed).
 */
export function actionItemStatusOn(item: Pick<ActionItem, 'status' | 'updatedAt'>, day: CalendarDate, statusSetAt?: string): ActionItemStatus {
  return (item.status === 'selesai' || item.status === 'batal') && setAfter(item, day, statusSetAt) ? 'berjalan' : item.status;
}

function living<T extends { deleted: boolean; villageCode: string }>(records: readonly T[], villageCode: string): T[] {
  return records.filter((record) => !record.deleted && record.villageCode === villageCode);
}

function prevalenceOf(tables: GrowthTables, children: Map<string, Person>, lastOfMonth: Map<string, Measurement>): GentingRecap['prevalence'] {
  const stunting = { count: 0, of: 0 };
  const underweight = { count: 0, of: 0 };
  const wasting = { count: 0, of: 0 };
  for (const [personId, measurement] of lastOfMonth) {
    const child = children.get(personId);
    const point = child ? assessMeasurement(tables, child, measurement) : null;
    if (!point) continue;
    for (const [fact, tally] of [[point.isStunted, stunting], [point.isUnderweight, underweight], [point.isWasted, wasting]] as const) {
      if (fact === null) continue;
      tally.of += 1;
      if (fact) tally.count += 1;
    }
  }
  return { stunting, underweight, wasting };
}

export function buildGentingRecap(data: RecapData, villageCode: string, month: Month, today: CalendarDate, tables: GrowthTables | null): GentingRecap {
  const referenceDate = monthEnd(month) < today ? monthEnd(month) : today;
  const known = <T extends { createdAt: string }>(records: T[]) => records.filter((record) => record.createdAt.slice(0, 10) <= referenceDate);
  const households = known(living(data.households, villageCode));
  const persons = known(living(data.persons, villageCode));
  const pledges = living(data.pledges, villageCode)
    .filter((p) => p.startDate <= referenceDate)
    .map((p) => ({ ...p, status: pledgeStatusOn(p, referenceDate, data.statusSetAt?.get(p.id)) }));
  const livingPledgeIds = new Set(living(data.pledges, villageCode).map((p) => p.id));

  const targets = Object.fromEntries(targetKinds.map((kind) => [kind, 0])) as Record<TargetKind, number>;
  for (const person of persons) for (const kind of targetStatus(person, referenceDate).targets) targets[kind] += 1;

  const personsById = new Map(persons.map((p) => [p.id, p]));
  const lastOfMonth = new Map<string, Measurement>();
  for (const m of living(data.measurements, villageCode)) {
    if (monthOf(m.date) !== month || !personsById.has(m.personId)) continue;
    const current = lastOfMonth.get(m.personId);
    if (!current || m.date > current.date || (m.date === current.date && m.createdAt > current.createdAt)) lastOfMonth.set(m.personId, m);
  }
  const deliveries = living(data.deliveries, villageCode).filter((d) => livingPledgeIds.has(d.pledgeId));
  const monthDeliveries = deliveries.filter((d) => monthOf(d.date) === month);
  const allDeliveries = deliveries.filter((d) => d.date <= referenceDate);
  const sponsors = known(living(data.sponsors, villageCode));
  const growth = tables ? latestChildGrowth(tables, persons, living(data.measurements, villageCode), referenceDate) : null;
  const targetList = listAtRiskTargets({ households, persons, pledges }, referenceDate, (id) => growth?.get(id) ?? null);
  const rows = buildPledgeRows(pledges, allDeliveries, sponsors, referenceDate);
  return {
    month,
    villageCode,
    referenceDate,
    households: households.length,
    // One 'keluarga' target per family at risk (family-risk.ts): no second pass over the rule.
    familiesAtRisk: targetList.filter((target) => target.kind === 'keluarga').length,
    targets,
    childrenMeasured: lastOfMonth.size,
    prevalence: tables ? prevalenceOf(tables, personsById, lastOfMonth) : null,
    sponsors: sponsors.length,
    activePledges: pledges.filter(isActivePledge).length,
    deliveries: monthDeliveries.length,
    deliveriesValueRp: monthDeliveries.reduce((sum, d) => sum + (d.valueRp ?? 0), 0),
    coverage: targetCoverage(targetList),
    overduePledges: overduePledges(rows).length,
    actionItems: countActionItemsByStatus(known(living(data.actionItems, villageCode)).map((item) => ({ ...item, status: actionItemStatusOn(item, referenceDate, data.statusSetAt?.get(item.id)) }))),
  };
}
