// Pledges with their fulfilment (src/domain/pledge-fulfilment.ts: deliveries due by the
// schedule up to today versus delivered) and the overdue list the dashboard shows: active
// pledges behind schedule, the most periods behind first, then the oldest missed due date;
// and the deliveries due today or earlier (Beranda's reminder).
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { Delivery } from '../domain/delivery.ts';
import type { Pledge } from '../domain/pledge.ts';
import { pledgeFulfilment } from '../domain/pledge-fulfilment.ts';
import type { Fulfilment } from '../domain/pledge-fulfilment.ts';
import type { Sponsor } from '../domain/sponsor.ts';

export type PledgeRow = {
  pledge: Pledge;
  sponsorName: string | null;
  fulfilment: Fulfilment;
};

/** Living deliveries grouped by pledge id. */
export function groupDeliveries(deliveries: readonly Delivery[]): Map<string, Delivery[]> {
  const byPledge = new Map<string, Delivery[]>();
  for (const delivery of deliveries) {
    if (delivery.deleted) continue;
    const list = byPledge.get(delivery.pledgeId) ?? [];
    list.push(delivery);
    byPledge.set(delivery.pledgeId, list);
  }
  return byPledge;
}

/** Every living pledge with its sponsor's name and fulfilment on `today`; newest start first. */
export function buildPledgeRows(pledges: readonly Pledge[], deliveries: readonly Delivery[], sponsors: readonly Sponsor[], today: CalendarDate): PledgeRow[] {
  const names = new Map(sponsors.filter((s) => !s.deleted).map((s) => [s.id, s.name]));
  const byPledge = groupDeliveries(deliveries);
  return pledges
    .filter((pledge) => !pledge.deleted)
    .map((pledge) => ({ pledge, sponsorName: names.get(pledge.sponsorId) ?? null, fulfilment: pledgeFulfilment(pledge, byPledge.get(pledge.id) ?? [], today) }))
    .sort((a, b) => b.pledge.startDate.localeCompare(a.pledge.startDate) || a.pledge.id.localeCompare(b.pledge.id));
}

/** Overdue pledges: most periods behind first, then the earliest unmet due date. */
export function overduePledges(rows: readonly PledgeRow[]): PledgeRow[] {
  return rows
    .filter((row) => row.fulfilment.overdue)
    .sort(
      (a, b) =>
        b.fulfilment.behind - a.fulfilment.behind ||
        (a.fulfilment.nextDueDate ?? '').localeCompare(b.fulfilment.nextDueDate ?? '') ||
        a.pledge.id.localeCompare(b.pledge.id),
    );
}

/**
 * Deliveries due today or earlier and not yet recorded (issue #14, Beranda's reminder): active
 * pledges with more periods started than deliveries, without the grace days of "overdue";
 * the earliest unmet due date first.
 */
export function deliveriesDue(rows: readonly PledgeRow[]): PledgeRow[] {
  return rows
    .filter((row) => row.pledge.status === 'aktif' && row.fulfilment.due > row.fulfilment.delivered)
    .sort((a, b) => (a.fulfilment.nextDueDate ?? '').localeCompare(b.fulfilment.nextDueDate ?? '') || a.pledge.id.localeCompare(b.pledge.id));
}
