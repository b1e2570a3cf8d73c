import { describe, expect, it } from 'vitest';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';
import { assessDraft, defaultMeasure, emptyMeasurementDraft, parseMeasurementDraft } from '../../../src/ui/children/measurement-draft.ts';
import { growthChartModel } from '../../../src/ui/children/growth-chart-model.ts';
import { makeHousehold, makeMeasurement, makePerson } from '../reports/genting-fixtures.ts';

const tables = loadGrowthTablesSync();
const household = makeHousehold();
const girl = makePerson(household, { name: 'Citra', birthDate: '2023-01-01' });
const today = '2024-01-20';
const context = { personId: girl.id, villageCode: girl.villageCode, today, birthDate: girl.birthDate };

describe('measurement draft', () => {
  it('defaults to lying under 24 months and standing from 24 months', () => {
    expect(defaultMeasure('2023-01-01', '2024-12-31')).toBe('l');
    expect(defaultMeasure('2023-01-01', '2025-01-01')).toBe('h');
    expect(emptyMeasurementDraft(today, girl.birthDate)).toMatchObject({ date: today, measure: 'l', weightKg: '' });
  });

  it('reads comma decimals and saves only the filled fields', () => {
    const parsed = parseMeasurementDraft({ ...emptyMeasurementDraft(today, girl.birthDate), weightKg: '6,5', lengthCm: '66.0' }, context);
    expect(parsed).toMatchObject({ ok: true, value: { weightKg: 6.5, lengthCm: 66, measure: 'l', headCm: null, place: 'posyandu', oedema: false } });
  });

  it('refuses a date before birth or in the future, naming the date field', () => {
    const before = parseMeasurementDraft({ ...emptyMeasurementDraft(today, girl.birthDate), date: '2022-12-31', weightKg: '3' }, context);
    expect(before.ok === false && before.issues.map((i) => [i.field, i.messageKey])).toEqual([['date', 'validation.measurementBeforeBirth']]);
    const future = parseMeasurementDraft({ ...emptyMeasurementDraft(today, girl.birthDate), date: '2024-01-21', weightKg: '8' }, context);
    expect(future.ok === false && future.issues[0]?.field).toBe('date');
    const empty = parseMeasurementDraft(emptyMeasurementDraft(today, girl.birthDate), context);
    expect(empty.ok === false && empty.issues[0]?.field).toBe('weightKg');
  });

  it('assesses the draft live and marks an implausible value', () => {
    const draft = { ...emptyMeasurementDraft('2024-01-01', girl.birthDate), weightKg: '6,5', lengthCm: '66' };
    const live = assessDraft(tables, girl, draft);
    expect(live?.indices.pbu).toMatchObject({ z: -3.11, category: 'severely-stunted' });
    expect(live?.hasImplausible).toBe(false);
    expect(assessDraft(tables, girl, { ...draft, weightKg: '25' })?.hasImplausible).toBe(true);
    expect(assessDraft(tables, girl, { ...draft, weightKg: '', lengthCm: '' })).toBeNull();
  });
});

describe('growth chart model', () => {
  const measurements = [
    makeMeasurement(girl, { date: '2023-07-01', weightKg: 6.1, lengthCm: 62, measure: 'l' }),
    makeMeasurement(girl, { date: '2024-01-01', weightKg: 6.5, lengthCm: 66, measure: 'l' }),
  ];

  it('draws the seven SD curves and the child\'s points inside the frame, below −3 SD when severely stunted', () => {
    const model = growthChartModel(tables, 2, '2023-01-01', measurements, 'lhfa', today);
    expect(model.curves.map((c) => c.z)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(model.points).toHaveLength(2);
    const last = model.points[1];
    const minus3 = model.curves[0];
    expect(last && minus3 && last.py).toBeGreaterThan(minus3?.labelY ?? 0);
    for (const p of model.points) {
      expect(p.px).toBeGreaterThanOrEqual(36);
      expect(p.px).toBeLessThanOrEqual(310);
    }
    expect(model.xTicks.length).toBeGreaterThan(2);
  });

  it('uses weight-for-length under 24 months and weight-for-height from then on', () => {
    expect(growthChartModel(tables, 2, '2023-01-01', measurements, 'wflh', today).indicator).toBe('wfl');
    expect(growthChartModel(tables, 2, '2021-01-01', [], 'wflh', today).indicator).toBe('wfh');
    expect(growthChartModel(tables, 2, '2023-01-01', measurements, 'wfa', today).points.map((p) => p.value)).toEqual([6.1, 6.5]);
  });
});
