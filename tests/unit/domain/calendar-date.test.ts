// Calendar-date arithmetic on 'YYYY-MM-DD' strings: leap years, month ends, negative spans,
// and independence from the machine's time zone (only calendarDateIn looks at a zone).
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateIn,
  completedMonthsBetween,
  completedYearsBetween,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  fromEpochDay,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  toEpochDay,
} from '../../../src/domain/calendar-date.ts';

describe('leap years and month lengths', () => {
  it('follows the Gregorian rule (every 4 years, not centuries, but every 400)', () => {
    expect([2024, 2000, 1600, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2023, 2025, 1900, 2100, 2200].map(isLeapYear)).toEqual([false, false, false, false, false]);
  });

  it('gives each month its days', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});

describe('parsing and formatting', () => {
  it('reads a real day', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatCalendarDate(5, 3, 7)).toBe('0005-03-07');
  });

  it.each(['2023-02-29', '2024-04-31', '2024-00-10', '2024-13-01', '2024-01-00', '2024-1-01', ' 2024-01-01', '2024-01-01 ', '2024/01/01', '20240101', ''])(
    'rejects %j',
    (text) => {
      expect(parseCalendarDate(text)).toBeNull();
      expect(isCalendarDate(text)).toBe(false);
    },
  );

  it('throws on arithmetic with an invalid date (validate first)', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => addMonths('x', 1)).toThrow(RangeError);
  });
});

describe('epoch days', () => {
  it('counts days from 1970-01-01 and matches Date.UTC', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(toEpochDay('2000-03-01')).toBe(Date.UTC(2000, 2, 1) / 86_400_000);
    expect(toEpochDay('1900-02-28')).toBe(Date.UTC(1900, 1, 28) / 86_400_000);
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(fromEpochDay(Date.UTC(2024, 1, 29) / 86_400_000)).toBe('2024-02-29');
  });
});

describe('adding days', () => {
  it('crosses month ends, year ends and 29 February', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', 280)).toBe('2025-10-08');
    expect(addDays('2025-05-05', 0)).toBe('2025-05-05');
  });

  it('counts the days between two dates, negative backwards', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2025-03-01', '2025-02-01')).toBe(-28);
    expect(daysBetween('1900-01-01', '2100-01-01')).toBe((Date.UTC(2100, 0, 1) - Date.UTC(1900, 0, 1)) / 86_400_000);
  });
});

describe('adding months', () => {
  it('clamps the day to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2025-02-15', -14)).toBe('2023-12-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-01-15', 0)).toBe('2025-01-15');
  });
});

describe('completed months and years (ages)', () => {
  it('is 0 until the first monthly birthday', () => {
    expect(completedMonthsBetween('2024-01-15', '2024-01-15')).toBe(0);
    expect(completedMonthsBetween('2024-01-15', '2024-02-14')).toBe(0);
    expect(completedMonthsBetween('2024-01-15', '2024-02-15')).toBe(1);
    expect(completedMonthsBetween('2023-01-15', '2025-01-14')).toBe(23);
    expect(completedMonthsBetween('2023-01-15', '2025-01-15')).toBe(24);
  });

  it('counts a month-end birthday at the end of a shorter month', () => {
    expect(completedMonthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(completedMonthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(completedMonthsBetween('2023-01-31', '2023-02-28')).toBe(1);
    expect(completedMonthsBetween('2024-01-31', '2024-03-30')).toBe(1);
    expect(completedMonthsBetween('2024-01-31', '2024-03-31')).toBe(2);
  });

  it('is negative (truncated towards 0) when `to` is earlier', () => {
    expect(completedMonthsBetween('2024-03-15', '2024-02-20')).toBe(0);
    expect(completedMonthsBetween('2024-03-15', '2024-02-15')).toBe(-1);
    expect(completedMonthsBetween('2024-03-31', '2024-02-29')).toBe(-1);
    expect(completedMonthsBetween('2025-03-15', '2024-03-16')).toBe(-11);
  });

  it('counts years; a 29 February birthday counts on 28 February', () => {
    expect(completedYearsBetween('1995-05-12', '2025-05-11')).toBe(29);
    expect(completedYearsBetween('1995-05-12', '2025-05-12')).toBe(30);
    expect(completedYearsBetween('2020-02-29', '2021-02-27')).toBe(0);
    expect(completedYearsBetween('2020-02-29', '2021-02-28')).toBe(1);
    expect(completedYearsBetween('2020-02-29', '2024-02-28')).toBe(3);
    expect(completedYearsBetween('2020-02-29', '2024-02-29')).toBe(4);
  });
});

describe('time zones', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('gives the same results whatever the machine time zone (DST days included)', () => {
    const run = () => [
      addDays('2025-03-29', 2),
      addDays('2025-10-25', 2),
      daysBetween('2025-03-29', '2025-03-31'),
      daysBetween('2024-10-26', '2024-10-28'),
      addMonths('2025-03-30', 1),
      completedMonthsBetween('2024-03-31', '2024-10-27'),
      toEpochDay('2025-03-30'),
    ];
    const results = ['UTC', 'Asia/Jakarta', 'Europe/Berlin', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((zone) => {
      process.env.TZ = zone;
      return run();
    });
    for (const result of results) expect(result).toEqual(['2025-03-31', '2025-10-27', 2, 2, '2025-04-30', 6, 20_177]);
  });

  it('calendarDateIn reads the day of an instant in WIB, WITA and WIT', () => {
    const instant = new Date('2025-01-01T16:30:00Z');
    expect(calendarDateIn(instant, 'UTC')).toBe('2025-01-01');
    expect(calendarDateIn(instant, 'Asia/Jakarta')).toBe('2025-01-01'); // 23:30 WIB
    expect(calendarDateIn(instant, 'Asia/Makassar')).toBe('2025-01-02'); // 00:30 WITA
    expect(calendarDateIn(instant, 'Asia/Jayapura')).toBe('2025-01-02'); // 01:30 WIT
    expect(calendarDateIn(new Date('2024-02-28T17:00:00Z'), 'Asia/Jakarta')).toBe('2024-02-29');
  });

  it('calendarDateIn does not depend on the machine time zone', () => {
    const instant = new Date('2025-06-30T18:00:00Z');
    for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect(calendarDateIn(instant, 'Asia/Jakarta')).toBe('2025-07-01');
    }
  });
});
