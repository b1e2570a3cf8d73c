// Pledge fulfilment (DOMAIN.md "Rules"): deliveries due by the pledge's schedule up to today
// versus deliveries recorded. A delivery is due at the start of each period (the start date,
// then every 7 days or every calendar month) and counts as late after `graceDays`. Only an
// active pledge can be overdue; 'ditunda' (on hold), 'selesai' and 'batal' never are.
import type { CalendarDate } from './calendar-date.ts';
import { addDays, addMonths, completedMonthsBetween, daysBetween } from './calendar-date.ts';
import type { PledgeInput } from './pledge.ts';

export const graceDays = 7;

export type Fulfilment = {
  /** Deliveries due by today (periods started), capped by the pledge's periods. */
  due: number;
  /** Deliveries due at least `graceDays` ago. */
  dueWithGrace: number;
  delivered: number;
  deliveredValueRp: number;
  /** dueWithGrace - delivered when positive, for an active pledge; else 0. */
  behind: number;
  overdue: boolean;
  /** The start of the next period not yet covered by a delivery, if any remains. */
  nextDueDate: CalendarDate | null;
  /** The last period's start, when the pledge has a number of periods. */
  lastDueDate: CalendarDate | null;
};

type PledgeFacts = Pick<PledgeInput, 'schedule' | 'startDate' | 'periods' | 'status'>;
type DeliveryFacts = { date: CalendarDate; valueRp?: number | null; deleted?: boolean };

/** Start of period `index` (0-based). */
export function periodStart(pledge: Pick<PledgeFacts, 'schedule' | 'startDate'>, index: number): CalendarDate {
  if (pledge.schedule === 'mingguan') return addDays(pledge.startDate, index * 7);
  if (pledge.schedule === 'bulanan') return addMonths(pledge.startDate, index);
  return pledge.startDate;
}

function periodsStartedBy(pledge: PledgeFacts, day: CalendarDate): number {
  if (day < pledge.startDate) return 0;
  const cap = pledge.schedule === 'sekali' ? 1 : (pledge.periods ?? Number.POSITIVE_INFINITY);
  const started =
    pledge.schedule === 'mingguan'
      ? Math.floor(daysBetween(pledge.startDate, day) / 7) + 1
      : pledge.schedule === 'bulanan'
        ? completedMonthsBetween(pledge.startDate, day) + 1
        : 1;
  return Math.min(started, cap);
}

export function pledgeFulfilment(pledge: PledgeFacts, deliveries: readonly DeliveryFacts[], today: CalendarDate): Fulfilment {
  const counted = deliveries.filter((d) => !d.deleted && d.date <= today);
  const due = periodsStartedBy(pledge, today);
  const dueWithGrace = periodsStartedBy(pledge, addDays(today, -graceDays));
  const delivered = counted.length;
  const behind = pledge.status === 'aktif' ? Math.max(0, dueWithGrace - delivered) : 0;
  const total = pledge.schedule === 'sekali' ? 1 : (pledge.periods ?? null);
  const nextIndex = delivered;
  const nextDueDate = pledge.status === 'aktif' && (total === null || nextIndex < total) ? periodStart(pledge, nextIndex) : null;
  return {
    due,
    dueWithGrace,
    delivered,
    deliveredValueRp: counted.reduce((sum, d) => sum + (d.valueRp ?? 0), 0),
    behind,
    overdue: behind > 0,
    nextDueDate,
    lastDueDate: total === null ? null : periodStart(pledge, total - 1),
  };
}
