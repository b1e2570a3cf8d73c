import { describe, expect, it } from 'vitest';
import { buildPledgeRows, deliveriesDue, overduePledges } from '../../../src/reports/pledge-overview.ts';
import { makeDelivery, makePledge, makeSponsor } from './genting-fixtures.ts';

describe('pledge rows and the overdue list', () => {
  const today = '2025-03-20';
  const sponsor = makeSponsor({ name: 'Bu Hartini' });
  const gone = makeSponsor({ name: 'Dihapus', deleted: true });
  const onTime = makePledge(sponsor, { startDate: '2025-03-01' });
  const oneBehind = makePledge(sponsor, { startDate: '2025-02-01' });
  const twoBehind = makePledge(gone, { startDate: '2025-01-01' });
  const onHold = makePledge(sponsor, { startDate: '2024-12-01', status: 'ditunda' });
  const removed = makePledge(sponsor, { startDate: '2024-12-01', deleted: true });
  const deliveries = [
    makeDelivery(onTime, { date: '2025-03-02' }),
    makeDelivery(oneBehind, { date: '2025-02-03' }),
    makeDelivery(oneBehind, { date: '2025-03-01', deleted: true }),
    makeDelivery(twoBehind, { date: '2025-01-15' }),
  ];
  const rows = buildPledgeRows([onTime, oneBehind, twoBehind, onHold, removed], deliveries, [sponsor, gone], today);

  it('gives every living pledge its sponsor and fulfilment, newest start first', () => {
    expect(rows.map((r) => [r.pledge.id, r.sponsorName, r.fulfilment.delivered])).toEqual([
      [onTime.id, 'Bu Hartini', 1],
      [oneBehind.id, 'Bu Hartini', 1],
      [twoBehind.id, null, 1],
      [onHold.id, 'Bu Hartini', 0],
    ]);
  });

  it('lists active pledges behind schedule, most behind first', () => {
    expect(overduePledges(rows).map((r) => [r.pledge.id, r.fulfilment.behind])).toEqual([
      [twoBehind.id, 2],
      [oneBehind.id, 1],
    ]);
  });

  it('lists the deliveries due today or earlier, without the grace days, the earliest due first', () => {
    // Due today: a monthly pledge started on the 20th of last month has its second delivery due today.
    const dueToday = makePledge(sponsor, { startDate: '2025-02-20' });
    const withIt = buildPledgeRows([onTime, oneBehind, twoBehind, onHold, dueToday], [...deliveries, makeDelivery(dueToday, { date: '2025-02-20' })], [sponsor, gone], today);
    expect(deliveriesDue(withIt).map((r) => [r.pledge.id, r.fulfilment.due - r.fulfilment.delivered, r.fulfilment.nextDueDate])).toEqual([
      [twoBehind.id, 2, '2025-02-01'],
      [oneBehind.id, 1, '2025-03-01'],
      [dueToday.id, 1, '2025-03-20'],
    ]);
    expect(overduePledges(withIt).map((r) => r.pledge.id)).not.toContain(dueToday.id);
  });
});
