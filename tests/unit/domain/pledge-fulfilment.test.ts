// Pledge fulfilment: deliveries due by the schedule up to today versus deliveries recorded,
// with a grace period; periods cap the schedule; only an active pledge can be overdue.
import { describe, expect, it } from 'vitest';
import { graceDays, periodStart, pledgeFulfilment } from '../../../src/domain/pledge-fulfilment.ts';

type Pledge = Parameters<typeof pledgeFulfilment>[0];
const delivered = (...dates: string[]) => dates.map((date) => ({ date, valueRp: 50_000 }));

describe('periodStart', () => {
  it('once: always the start date; weekly: every 7 days; monthly: same day each month, clamped', () => {
    expect(periodStart({ schedule: 'sekali', startDate: '2025-01-10' }, 3)).toBe('2025-01-10');
    expect(periodStart({ schedule: 'mingguan', startDate: '2025-01-10' }, 3)).toBe('2025-01-31');
    expect(periodStart({ schedule: 'bulanan', startDate: '2025-01-31' }, 1)).toBe('2025-02-28');
    expect(periodStart({ schedule: 'bulanan', startDate: '2025-01-31' }, 2)).toBe('2025-03-31');
    expect(periodStart({ schedule: 'bulanan', startDate: '2023-11-30' }, 3)).toBe('2024-02-29');
  });
});

describe('a one-off pledge (sekali)', () => {
  const once: Pledge = { schedule: 'sekali', startDate: '2025-01-10', status: 'aktif' };

  it('is not due before its start date', () => {
    expect(pledgeFulfilment(once, [], '2025-01-09')).toEqual({
      due: 0,
      dueWithGrace: 0,
      delivered: 0,
      deliveredValueRp: 0,
      behind: 0,
      overdue: false,
      nextDueDate: '2025-01-10',
      lastDueDate: '2025-01-10',
    });
  });

  it('is due on the start date and overdue after the grace days', () => {
    expect(graceDays).toBe(7);
    expect(pledgeFulfilment(once, [], '2025-01-10')).toMatchObject({ due: 1, dueWithGrace: 0, overdue: false });
    expect(pledgeFulfilment(once, [], '2025-01-16')).toMatchObject({ due: 1, dueWithGrace: 0, overdue: false });
    expect(pledgeFulfilment(once, [], '2025-01-17')).toMatchObject({ due: 1, dueWithGrace: 1, behind: 1, overdue: true });
  });

  it('is fulfilled by one delivery, and never due more than once', () => {
    expect(pledgeFulfilment(once, delivered('2025-01-12'), '2026-01-01')).toMatchObject({
      due: 1,
      delivered: 1,
      deliveredValueRp: 50_000,
      behind: 0,
      overdue: false,
      nextDueDate: null,
    });
    expect(pledgeFulfilment({ ...once, periods: 1 }, [], '2026-01-01')).toMatchObject({ due: 1, behind: 1 });
  });
});

describe('a weekly pledge (mingguan)', () => {
  const weekly: Pledge = { schedule: 'mingguan', startDate: '2025-01-01', periods: 4, status: 'aktif' };

  it('is due at the start of each week', () => {
    expect(pledgeFulfilment(weekly, [], '2025-01-07')).toMatchObject({ due: 1, dueWithGrace: 0 });
    expect(pledgeFulfilment(weekly, [], '2025-01-08')).toMatchObject({ due: 2, dueWithGrace: 1, behind: 1 });
    expect(pledgeFulfilment(weekly, delivered('2025-01-02'), '2025-01-14')).toMatchObject({ due: 2, dueWithGrace: 1, behind: 0, nextDueDate: '2025-01-08' });
    expect(pledgeFulfilment(weekly, delivered('2025-01-02'), '2025-01-15')).toMatchObject({ due: 3, dueWithGrace: 2, behind: 1, overdue: true });
  });

  it('stops at its number of periods', () => {
    expect(pledgeFulfilment(weekly, [], '2025-12-31')).toMatchObject({ due: 4, dueWithGrace: 4, behind: 4, lastDueDate: '2025-01-22' });
    const all = delivered('2025-01-01', '2025-01-08', '2025-01-15', '2025-01-22');
    expect(pledgeFulfilment(weekly, all, '2025-12-31')).toMatchObject({ due: 4, delivered: 4, behind: 0, overdue: false, nextDueDate: null });
  });

  it('is open-ended without a number of periods', () => {
    const open = pledgeFulfilment({ ...weekly, periods: null }, [], '2025-12-31');
    expect(open).toMatchObject({ due: 53, lastDueDate: null, nextDueDate: '2025-01-01' });
  });
});

describe('a monthly pledge (bulanan)', () => {
  const monthly: Pledge = { schedule: 'bulanan', startDate: '2025-01-31', periods: 6, status: 'aktif' };

  it('falls due on the start day each month, clamped to the month end', () => {
    expect(pledgeFulfilment(monthly, [], '2025-02-27')).toMatchObject({ due: 1 });
    expect(pledgeFulfilment(monthly, [], '2025-02-28')).toMatchObject({ due: 2 });
    expect(pledgeFulfilment(monthly, [], '2025-03-30')).toMatchObject({ due: 2 });
    expect(pledgeFulfilment(monthly, [], '2025-03-31')).toMatchObject({ due: 3 });
    expect(pledgeFulfilment(monthly, [], '2026-01-01')).toMatchObject({ due: 6, lastDueDate: '2025-06-30' });
  });

  it('the grace days apply to each month\'s delivery', () => {
    const one = delivered('2025-02-03');
    expect(pledgeFulfilment(monthly, one, '2025-03-06')).toMatchObject({ due: 2, dueWithGrace: 1, behind: 0, nextDueDate: '2025-02-28' });
    expect(pledgeFulfilment(monthly, one, '2025-03-07')).toMatchObject({ due: 2, dueWithGrace: 2, behind: 1, overdue: true });
  });

  it('counts deliveries made ahead of schedule', () => {
    const ahead = delivered('2025-01-31', '2025-02-01', '2025-02-02');
    expect(pledgeFulfilment(monthly, ahead, '2025-03-31')).toMatchObject({ due: 3, delivered: 3, behind: 0, nextDueDate: '2025-04-30' });
  });
});

describe('which deliveries count', () => {
  const monthly: Pledge = { schedule: 'bulanan', startDate: '2025-01-01', status: 'aktif' };

  it('skips deleted deliveries and those dated after today', () => {
    const deliveries = [
      { date: '2025-01-02', valueRp: 100_000 },
      { date: '2025-02-02', valueRp: 100_000, deleted: true },
      { date: '2025-03-02', valueRp: 100_000 },
      { date: '2025-01-05' },
      { date: '2025-01-06', valueRp: null },
    ];
    expect(pledgeFulfilment(monthly, deliveries, '2025-03-01')).toMatchObject({ delivered: 3, deliveredValueRp: 100_000 });
  });
});

describe('statuses: only an active pledge is ever overdue', () => {
  const base: Pledge = { schedule: 'mingguan', startDate: '2025-01-01', periods: 10, status: 'aktif' };

  it.each(['ditunda', 'selesai', 'batal'] as const)('%s: due is counted, but nothing is behind or next', (status) => {
    expect(pledgeFulfilment({ ...base, status }, [], '2025-02-01')).toMatchObject({
      due: 5,
      dueWithGrace: 4,
      behind: 0,
      overdue: false,
      nextDueDate: null,
      lastDueDate: '2025-03-05',
    });
  });

  it('aktif: behind by the deliveries past their grace days', () => {
    expect(pledgeFulfilment(base, delivered('2025-01-01'), '2025-02-01')).toMatchObject({ behind: 3, overdue: true, nextDueDate: '2025-01-08' });
  });
});
