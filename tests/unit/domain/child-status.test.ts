import { describe, expect, it } from 'vitest';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';
import { assessGrowthFaltering } from '../../../src/anthro/faltering.ts';
import { addMonths } from '../../../src/domain/calendar-date.ts';
import { childFlags, childStatus, childStatusList, compareByUrgency } from '../../../src/domain/child-status.ts';
import { makeHousehold, makeMeasurement, makePerson } from '../reports/genting-fixtures.ts';

const tables = loadGrowthTablesSync();
const household = makeHousehold();
const today = '2024-01-20';

describe('childStatus', () => {
  const girl = makePerson(household, { name: 'Citra', birthDate: '2023-01-01' });

  it('reads the latest measurement into z-scores, Permenkes categories and flags, most urgent first', () => {
    const status = childStatus(tables, girl, [makeMeasurement(girl, { date: '2024-01-01', weightKg: 6.5, lengthCm: 66, measure: 'l' })], today);
    expect(status.indices.pbu).toMatchObject({ z: -3.11, category: 'severely-stunted', severity: 'severe', problem: null, date: '2024-01-01' });
    expect(status.indices.bbu?.category).toBe('underweight');
    expect(status.indices.bbpb?.category).toBe('normal-nutrition');
    expect(status.flags).toEqual(['severely-stunted', 'underweight']);
    expect(status.urgency).toBe(childFlags.indexOf('severely-stunted'));
    expect(status.daysSinceMeasured).toBe(19);
    expect(status.faltering).toBe('B');
    expect(status.ageMonths).toBe(12);
    expect(status.isAtRisk).toBe(true);
  });

  it('keeps an index from an earlier measurement when the latest is a weighing only', () => {
    const status = childStatus(tables, girl, [
      makeMeasurement(girl, { date: '2023-12-01', weightKg: 6.4, lengthCm: 66, measure: 'l' }),
      makeMeasurement(girl, { date: '2024-01-05', weightKg: 6.5 }),
    ], today);
    expect(status.indices.pbu?.date).toBe('2023-12-01');
    expect(status.indices.bbu?.date).toBe('2024-01-05');
    expect(status.lastMeasured).toBe('2024-01-05');
  });

  it('marks T and 2T faltering from monthly weighings (KBM), 2T above a moderate category', () => {
    const boy = makePerson(household, { name: 'Bima', sex: 'M', birthDate: '2022-06-10' });
    const weighings = ['2023-10-10', '2023-11-10', '2023-12-10'].map((date, i) => makeMeasurement(boy, { date, weightKg: [11, 11.1, 11.1][i] ?? 0 }));
    const status = childStatus(tables, boy, weighings, today);
    expect(status.faltering).toBe('2T');
    expect(status.flags[0]).toBe('faltering-2t');
    const once = childStatus(tables, boy, weighings.slice(0, 2), today);
    expect(once.faltering).toBe('T');
    expect(once.flags).toContain('faltering-t');
    expect(once.urgency).toBeGreaterThan(status.urgency);
  });

  it('gives the same latest faltering mark as the whole weighing history, across year ends and gaps', () => {
    const boy = makePerson(household, { name: 'Bima', sex: 'M', birthDate: '2022-03-15' });
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 40; run += 1) {
      const weighings = [];
      let weight = 9;
      for (let k = 14; k >= 0; k -= 1) {
        if (next() < 0.2) continue;
        weight += next() * 0.5 - 0.15;
        weighings.push(makeMeasurement(boy, { date: addMonths('2023-11-10', -k), weightKg: Math.round(weight * 10) / 10 }));
      }
      const all = assessGrowthFaltering('2022-03-15', weighings.map((m) => ({ date: m.date, weightKg: m.weightKg ?? 0 })));
      expect(childStatus(tables, boy, weighings, '2023-11-20').faltering).toBe(all[all.length - 1]?.status ?? null);
    }
  });

  it('flags a child never measured or not measured for more than 60 days', () => {
    expect(childStatus(tables, girl, [], today).flags).toEqual(['not-measured']);
    const normal = { weightKg: 9.2, lengthCm: 74.5, measure: 'l' as const };
    const stale = childStatus(tables, girl, [makeMeasurement(girl, { date: '2023-11-20', ...normal })], today);
    expect(stale.daysSinceMeasured).toBe(61);
    expect(stale.flags).toEqual(['not-measured']);
    const fresh = childStatus(tables, girl, [makeMeasurement(girl, { date: '2023-11-21', ...normal })], today);
    expect(fresh.flags).toEqual([]);
    expect(fresh.isAtRisk).toBe(false);
    expect(fresh.urgency).toBe(childFlags.length);
  });

  it('asks for a re-measure on a flagged value and refers on oedema; ignores deleted and future measurements', () => {
    const flagged = childStatus(tables, girl, [makeMeasurement(girl, { date: '2024-01-10', weightKg: 25, lengthCm: 74, measure: 'l' })], today);
    expect(flagged.indices.bbu?.problem).toBe('recheck');
    expect(flagged.flags).toContain('recheck');
    const oedema = childStatus(tables, girl, [makeMeasurement(girl, { date: '2024-01-10', weightKg: 8, lengthCm: 74, measure: 'l', oedema: true })], today);
    expect(oedema.flags[0]).toBe('oedema');
    expect(oedema.faltering).toBeNull();
    const ignored = childStatus(tables, girl, [
      makeMeasurement(girl, { date: '2024-01-10', weightKg: 6.5, lengthCm: 66, measure: 'l', deleted: true }),
      makeMeasurement(girl, { date: '2024-02-10', weightKg: 6.5, lengthCm: 66, measure: 'l' }),
    ], today);
    expect(ignored.flags).toEqual(['not-measured']);
  });
});

describe('childStatusList', () => {
  it('lists living children under five, most urgent first; ties by more flags, then longest unmeasured', () => {
    const stunted = makePerson(household, { name: 'Stunted', birthDate: '2023-01-01' });
    const wasted = makePerson(household, { name: 'Wasted', sex: 'M', birthDate: '2023-06-01' });
    const never = makePerson(household, { name: 'Never', birthDate: '2023-05-01' });
    const fine = makePerson(household, { name: 'Fine', birthDate: '2023-01-01' });
    const older = makePerson(household, { name: 'Older', birthDate: '2018-01-01' });
    const gone = makePerson(household, { name: 'Gone', birthDate: '2023-01-01', deleted: true });
    const unknown = makePerson(household, { name: 'Unknown' });
    const measurements = [
      makeMeasurement(stunted, { date: '2024-01-01', weightKg: 8.2, lengthCm: 68, measure: 'l' }),
      makeMeasurement(wasted, { date: '2024-01-02', weightKg: 5.6, lengthCm: 68, measure: 'l' }),
      makeMeasurement(fine, { date: '2024-01-03', weightKg: 9.2, lengthCm: 74.5, measure: 'l' }),
      makeMeasurement(gone, { date: '2024-01-03', weightKg: 6.5, lengthCm: 66, measure: 'l' }),
    ];
    const list = childStatusList(tables, [fine, never, older, gone, unknown, stunted, wasted], measurements, today);
    expect(list.map((entry) => entry.person.name)).toEqual(['Wasted', 'Stunted', 'Never', 'Fine']);
    expect(list[0]?.status.flags[0]).toBe('severely-wasted');
    expect(list[1]?.status.flags).toContain('stunted');
    const sorted = list.map((entry) => entry.status);
    expect([...sorted].reverse().sort(compareByUrgency)).toEqual(sorted);
  });
});
