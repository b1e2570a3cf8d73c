import { describe, expect, it } from 'vitest';
import { buildPledgeRows, overduePledges } from '../../../src/reports/pledge-overview.ts';
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
});
