// Properties of the calendar-date arithmetic (src/domain/calendar-date.ts), checked against
// JavaScript's UTC Date as an independent oracle, over 1900-2100.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  completedMonthsBetween,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isCalendarDate,
  parseCalendarDate,
  toEpochDay,
} from '../../src/domain/calendar-date.ts';
import { fcParams } from './seed.ts';

const dayMs = 86_400_000;
const firstDay = Date.UTC(1900, 0, 1) / dayMs;
const lastDay = Date.UTC(2100, 11, 31) / dayMs;
/** An epoch day and its date as the UTC Date oracle writes it. */
const epochDay = fc.integer({ min: firstDay, max: lastDay });
const oracle = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);
const date = epochDay.map(oracle);
const params = fcParams(20_251_129, 500);

describe('calendar-date properties', () => {
  it('epoch days agree with Date.UTC and round-trip', () => {
    fc.assert(
      fc.property(epochDay, (day) => {
        const text = oracle(day);
        expect(isCalendarDate(text)).toBe(true);
        expect(toEpochDay(text)).toBe(day);
        expect(fromEpochDay(day)).toBe(text);
      }),
      params,
    );
  });

  it('addDays agrees with the oracle and daysBetween undoes it', () => {
    fc.assert(
      fc.property(epochDay, fc.integer({ min: -20_000, max: 20_000 }), (day, days) => {
        const start = oracle(day);
        const end = addDays(start, days);
        expect(end).toBe(oracle(day + days));
        expect(daysBetween(start, end)).toBe(days);
      }),
      params,
    );
  });

  it('string order is calendar order', () => {
    fc.assert(
      fc.property(epochDay, epochDay, (a, b) => {
        expect(Math.sign(oracle(a).localeCompare(oracle(b)))).toBe(Math.sign(a - b));
      }),
      params,
    );
  });

  it('addMonths moves the month and clamps the day to the month end', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (start, months) => {
        const from = parseCalendarDate(start);
        const to = parseCalendarDate(addMonths(start, months));
        if (!from || !to) throw new Error('not a date');
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(months);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
      params,
    );
  });

  it('completedMonthsBetween(from, addMonths(from, m)) is m', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -600, max: 600 }), (from, months) => {
        expect(completedMonthsBetween(from, addMonths(from, months))).toBe(months);
      }),
      params,
    );
  });

  it('completed months m: the m-th monthly date has passed, the next has not', () => {
    fc.assert(
      fc.property(epochDay, fc.integer({ min: 0, max: 25_000 }), (day, span) => {
        const from = oracle(day);
        const to = oracle(day + span);
        const months = completedMonthsBetween(from, to);
        expect(months).toBeGreaterThanOrEqual(0);
        expect(addMonths(from, months) <= to).toBe(true);
        expect(addMonths(from, months + 1) > to).toBe(true);
      }),
      params,
    );
  });

  it('completed months never decrease as `to` moves later', () => {
    fc.assert(
      fc.property(epochDay, fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 100 }), (day, span, more) => {
        const from = oracle(day);
        expect(completedMonthsBetween(from, oracle(day + span + more))).toBeGreaterThanOrEqual(completedMonthsBetween(from, oracle(day + span)));
      }),
      params,
    );
  });
});
