// Growth faltering (N, T, 2T, O, B) with the Indonesian minimum weight gain (KBM) by age.
import { describe, expect, it } from 'vitest';
import { assessGrowthFaltering, minimumWeightGainG } from '../../../src/anthro/faltering.ts';

const birth = '2024-01-15';
const statuses = (weighings: { date: string; weightKg: number }[]) => assessGrowthFaltering(birth, weighings).map((r) => r.status);

describe('minimumWeightGainG (KBM)', () => {
  it.each([[0, 800], [1, 800], [2, 900], [3, 800], [4, 600], [5, 500], [6, 400], [7, 400], [8, 300], [10, 300], [11, 200], [24, 200], [59, 200]])(
    'age %d months → %d g', (age, grams) => expect(minimumWeightGainG(age)).toBe(grams),
  );
});

describe('KBM as the Buku KIA / KMS prints it (interval "k−1 to k bulan" = weighing at k completed months)', () => {
  const printed: [string, number][] = [
    ['0-1', 800], ['1-2', 900], ['2-3', 800], ['3-4', 600], ['4-5', 500], ['5-6', 400],
    ['6-7', 400], ['7-8', 300], ['8-9', 300], ['9-10', 300], ['10-11', 200], ['11-12', 200],
  ];
  it.each(printed)('%s bulan: %d g', (interval, grams) => {
    expect(minimumWeightGainG(Number(interval.split('-')[1]))).toBe(grams);
  });
  it('is 200 g for every month from 12 to 60', () => {
    for (let age = 12; age <= 60; age += 1) expect(minimumWeightGainG(age)).toBe(200);
  });
  it('reads the age on the day of weighing: 10 months 30 days still needs 300 g, 11 months 200 g', () => {
    // birth 2024-01-15: 2024-12-14 is 10 months 29 days (10 completed), 2024-12-15 is 11 months
    expect(assessGrowthFaltering(birth, [{ date: '2024-11-14', weightKg: 8 }, { date: '2024-12-14', weightKg: 8.29 }])[1]).toMatchObject({ ageMonths: 10, minimumGainG: 300, status: 'T' });
    expect(assessGrowthFaltering(birth, [{ date: '2024-11-15', weightKg: 8 }, { date: '2024-12-15', weightKg: 8.2 }])[1]).toMatchObject({ ageMonths: 11, minimumGainG: 200, status: 'N' });
  });
});

describe('assessGrowthFaltering', () => {
  it('B for the first weighing, N when the gain reaches the KBM exactly (no float error)', () => {
    // 2024-03-15: 2 completed months → KBM 900 g; 2024-04-15: 3 months → 800 g (7.3 − 6.5 kg)
    const results = assessGrowthFaltering(birth, [
      { date: '2024-02-15', weightKg: 4.7 },
      { date: '2024-03-15', weightKg: 5.6 },
      { date: '2024-04-15', weightKg: 6.4 },
    ]);
    expect(results.map((r) => [r.status, r.gainG, r.minimumGainG])).toEqual([['B', null, null], ['N', 900, 900], ['N', 800, 800]]);
    expect(statuses([{ date: '2024-09-20', weightKg: 6.5 }, { date: '2024-10-20', weightKg: 7.3 }].map((w) => w))).toEqual(['B', 'N']);
  });
  it('T below the KBM, 2T at the second T in a row, N again resets', () => {
    expect(statuses([
      { date: '2025-01-10', weightKg: 9 },
      { date: '2025-02-10', weightKg: 9.1 }, // +100 g < 200 g
      { date: '2025-03-10', weightKg: 9.1 },
      { date: '2025-04-10', weightKg: 9.0 },
      { date: '2025-05-10', weightKg: 9.2 }, // +200 g
      { date: '2025-06-10', weightKg: 9.3 },
    ])).toEqual(['B', 'T', '2T', '2T', 'N', 'T']);
  });
  it('O when last month was skipped; the month after O is judged again', () => {
    expect(statuses([
      { date: '2025-01-10', weightKg: 9 },
      { date: '2025-03-10', weightKg: 9.1 },
      { date: '2025-04-10', weightKg: 9.1 },
    ])).toEqual(['B', 'O', 'T']);
  });
  it('the last weighing of a month counts; order of input does not matter; bad entries are left out', () => {
    const results = assessGrowthFaltering(birth, [
      { date: '2025-02-25', weightKg: 9.4 },
      { date: '2025-01-31', weightKg: 9 },
      { date: '2025-02-03', weightKg: 9.0 },
      { date: '2025-02-30', weightKg: 9.9 },
      { date: '2023-12-01', weightKg: 3 },
      { date: '2025-03-01', weightKg: 0 },
    ]);
    expect(results.map((r) => [r.month, r.status, r.weightKg])).toEqual([['2025-01', 'B', 9], ['2025-02', 'N', 9.4]]);
  });
  it('counts months across a year end (December → January)', () => {
    expect(statuses([{ date: '2024-12-20', weightKg: 8 }, { date: '2025-01-05', weightKg: 8.1 }])).toEqual(['B', 'T']);
  });
});
