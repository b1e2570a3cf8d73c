import { describe, expect, it } from 'vitest';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';
import { assessMeasurement, growthDeficit, growthSeries, latestDeficits } from '../../../src/reports/child-growth.ts';
import { makeHousehold, makeMeasurement, makePerson } from './genting-fixtures.ts';

const tables = loadGrowthTablesSync();
const household = makeHousehold();
const girl = makePerson(household, { name: 'Citra', birthDate: '2023-01-01' });
const boy = makePerson(household, { name: 'Bima', sex: 'M', birthDate: '2024-06-01' });

describe('assessMeasurement', () => {
  it('reads BB/U, PB/U and BB/PB with their Permenkes categories and the stunted/underweight/wasted facts', () => {
    const point = assessMeasurement(tables, girl, makeMeasurement(girl, { date: '2024-01-01', weightKg: 6.5, lengthCm: 66, measure: 'l' }));
    expect(point?.ageMonths).toBe(12);
    expect(point?.readings.pbu).toEqual({ z: -3.11, category: 'severely-stunted', severity: 'severe', needsRecheck: false });
    expect(point?.readings.bbu.category).toBe('underweight');
    expect(point?.readings.bbpb.category).toBe('normal-nutrition');
    expect([point?.isStunted, point?.isUnderweight, point?.isWasted]).toEqual([true, true, false]);
    expect(point && growthDeficit(point)).toBe('severe');
  });

  it('counts wasting from BB/PB and leaves an index without a length unjudged', () => {
    const wasted = assessMeasurement(tables, boy, makeMeasurement(boy, { date: '2025-03-05', weightKg: 6.2, lengthCm: 70, measure: 'l' }));
    expect([wasted?.isStunted, wasted?.isUnderweight, wasted?.isWasted]).toEqual([false, true, true]);
    const weightOnly = assessMeasurement(tables, girl, makeMeasurement(girl, { date: '2025-03-10', weightKg: 8 }));
    expect([weightOnly?.isStunted, weightOnly?.isUnderweight, weightOnly?.isWasted]).toEqual([null, true, null]);
  });

  it('gives no category for an implausible (flagged) value or under oedema, and no deficit from them', () => {
    const flagged = assessMeasurement(tables, boy, makeMeasurement(boy, { date: '2025-03-05', weightKg: 25, lengthCm: 70, measure: 'l' }));
    expect(flagged?.readings.bbu).toEqual({ z: null, category: null, severity: null, needsRecheck: true });
    expect(flagged?.isUnderweight).toBeNull();
    const oedema = assessMeasurement(tables, boy, makeMeasurement(boy, { date: '2025-03-05', weightKg: 8.5, lengthCm: 70, measure: 'l', oedema: true }));
    expect(oedema?.readings.bbpb.needsRecheck).toBe(true);
    expect(oedema && growthDeficit(oedema)).toBe('none');
  });

  it('needs a birth date and a measurement on or after it', () => {
    const unknown = makePerson(household, { name: 'X' });
    expect(assessMeasurement(tables, unknown, makeMeasurement(unknown, { date: '2025-01-01', weightKg: 8 }))).toBeNull();
    expect(assessMeasurement(tables, girl, makeMeasurement(girl, { date: '2022-12-01', weightKg: 3 }))).toBeNull();
  });
});

describe('growthSeries and latestDeficits', () => {
  const measurements = [
    makeMeasurement(girl, { date: '2025-03-10', weightKg: 10.9, lengthCm: 86.5, measure: 'h' }),
    makeMeasurement(girl, { date: '2024-01-01', weightKg: 6.5, lengthCm: 66, measure: 'l' }),
    makeMeasurement(girl, { date: '2025-01-01', weightKg: 8, lengthCm: 76, measure: 'h' }),
    makeMeasurement(girl, { date: '2025-02-01', weightKg: 3, deleted: true }),
  ];

  it('orders living measurements oldest first', () => {
    expect(growthSeries(tables, girl, measurements).map((p) => p.date)).toEqual(['2024-01-01', '2025-01-01', '2025-03-10']);
  });

  it('takes each child\'s latest measurement on or before the day', () => {
    expect(latestDeficits(tables, [girl], measurements, '2025-02-28').get(girl.id)).toBe('severe');
    expect(latestDeficits(tables, [girl], measurements, '2025-03-31').get(girl.id)).toBe('none');
    expect(latestDeficits(tables, [girl], measurements, '2023-06-01').has(girl.id)).toBe(false);
  });
});

describe('deficitOfStatus', () => {
  it('asks a sponsor for 2T (weight not gained twice) but not for a single T or a late weighing', () => {
    const weights = (kgs: number[]) => kgs.map((kg, i) => makeMeasurement(boy, { date: `2025-0${i + 1}-05`, weightKg: kg }));
    const twice = latestDeficits(tables, [boy], weights([8.5, 8.4, 8.3]), '2025-03-20');
    expect(twice.get(boy.id)).toBe('moderate');
    const once = latestDeficits(tables, [boy], weights([7.8, 8.4, 8.4]), '2025-03-20');
    expect(once.get(boy.id)).toBe('none');
    const late = latestDeficits(tables, [boy], weights([8.3]), '2025-06-20');
    expect(late.get(boy.id)).toBe('none');
  });
});
