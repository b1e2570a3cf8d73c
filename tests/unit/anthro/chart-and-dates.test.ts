// Chart curves (−3..+3 SD) and z-scores from calendar dates.
import { describe, expect, it } from 'vitest';
import { computeChartCurves } from '../../../src/anthro/chart-curves.ts';
import { computeZscores } from '../../../src/anthro/compute-zscores.ts';
import { computeZscoresFromDates } from '../../../src/anthro/from-dates.ts';
import { readLms } from '../../../src/anthro/growth-tables.ts';
import { computeLmsZscore } from '../../../src/anthro/lms.ts';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';

const tables = loadGrowthTablesSync();

describe('computeChartCurves', () => {
  it('covers the whole age range, the median is M and each curve is its z-score', () => {
    const chart = computeChartCurves(tables, 2, 'wfa');
    expect(chart.xKind).toBe('age-days');
    expect(chart.x).toHaveLength(1827);
    expect([chart.x[0], chart.x[1826]]).toEqual([0, 1826]);
    expect(chart.curves.map((c) => c.z)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    const lms = readLms(tables.wfa, 2, 1826);
    expect(chart.curves[3]?.values[1826]).toBeCloseTo(lms?.m ?? 0, 12);
    for (const curve of chart.curves) {
      expect(computeLmsZscore(curve.values[700] ?? 0, ...(Object.values(readLms(tables.wfa, 2, 700) ?? {}) as [number, number, number]))).toBeCloseTo(curve.z, 9);
    }
  });
  it('steps through length in cm and keeps the last row; arm circumference starts at 91 days', () => {
    const wfl = computeChartCurves(tables, 1, 'wfl', 10);
    expect(wfl.xKind).toBe('length-cm');
    expect(wfl.x.slice(0, 3)).toEqual([45, 46, 47]);
    expect(wfl.x[wfl.x.length - 1]).toBe(110);
    expect(computeChartCurves(tables, 1, 'acfa').x[0]).toBe(91);
    expect(() => computeChartCurves(tables, 1, 'wfa', 0)).toThrow(RangeError);
  });
});

describe('computeZscoresFromDates', () => {
  it('counts calendar days whatever the time zone: 2025-03-01 to 2025-03-31 is 30 days', () => {
    const result = computeZscoresFromDates(tables, { sex: 1, birthDate: '2025-03-01', measurementDate: '2025-03-31', weightKg: 4.5 });
    expect(result.ok && result.value.ageDays).toBe(30);
  });
  it('counts leap days and gives the same z-scores as the age in days', () => {
    const result = computeZscoresFromDates(tables, {
      sex: 2, birthDate: '2023-02-28', measurementDate: '2024-03-01', weightKg: 9, lengthHeightCm: 74, measure: 'l',
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.ageDays).toBe(367);
    const { ageDays, ...zscores } = result.value;
    expect(ageDays).toBe(367);
    expect(zscores).toEqual(computeZscores(tables, { sex: 2, age: 367, weightKg: 9, lengthHeightCm: 74, measure: 'l' }));
    expect(zscores.zlen).not.toBeNull();
  });
  it('refuses invalid dates and a measurement before birth', () => {
    expect(computeZscoresFromDates(tables, { sex: 1, birthDate: '2025-02-30', measurementDate: '2025-03-31' })).toEqual({ ok: false, reason: 'invalid-birth-date' });
    expect(computeZscoresFromDates(tables, { sex: 1, birthDate: '2025-02-01', measurementDate: '31/03/2025' })).toEqual({ ok: false, reason: 'invalid-measurement-date' });
    expect(computeZscoresFromDates(tables, { sex: 1, birthDate: '2025-02-01', measurementDate: '2025-01-31' })).toEqual({ ok: false, reason: 'measured-before-birth' });
  });
});
