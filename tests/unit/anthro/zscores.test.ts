// anthro_zscores() rules, each on both sides of its limit (../shared/who-growth-standards/
// README.md). Expected values are derived by hand from WHO's tables, or are the values in the
// test suite of WHO's anthro package (tests/testthat, noted "WHO test").
import { describe, expect, it } from 'vitest';
import { computeZscores, type ZscoreInput } from '../../../src/anthro/compute-zscores.ts';
import { readLms, type Indicator, type Sex } from '../../../src/anthro/growth-tables.ts';
import { computeLmsValueAtZ } from '../../../src/anthro/lms.ts';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';

const tables = loadGrowthTablesSync();
const z = (input: ZscoreInput) => computeZscores(tables, input);

function lmsAt(indicator: Indicator, sex: Sex, row: number): [number, number, number] {
  const lms = readLms(tables[indicator], sex, row);
  if (!lms) throw new Error('no row');
  return [lms.l, lms.m, lms.s];
}

/** The measurement whose restricted z-score is `target` (inverse of WHO's rule). */
function restrictedValueAt(target: number, [l, m, s]: [number, number, number]): number {
  if (target > 3) return computeLmsValueAtZ(3, l, m, s) + (target - 3) * (computeLmsValueAtZ(3, l, m, s) - computeLmsValueAtZ(2, l, m, s));
  if (target < -3) return computeLmsValueAtZ(-3, l, m, s) + (target + 3) * (computeLmsValueAtZ(-2, l, m, s) - computeLmsValueAtZ(-3, l, m, s));
  return computeLmsValueAtZ(target, l, m, s);
}

describe('WHO test values (anthro tests/testthat)', () => {
  it('length-for-age uses the corrected length: 987 days, 72.86 cm lying → −6.09, flagged', () => {
    const r = z({ sex: 1, age: 987, lengthHeightCm: 72.86, measure: 'l' });
    expect(r.clenhei).toBeCloseTo(72.16, 12);
    expect([r.zlen, r.flen]).toEqual([-6.09, 1]);
  });
  it('weight-for-age: girl, 1522 days, 17 kg → 0.24; 10.37 kg on day 1 is flagged', () => {
    expect(z({ sex: 2, age: 1522, weightKg: 17 })).toMatchObject({ zwei: 0.24, fwei: 0 });
    expect(z({ sex: 2, age: 1, weightKg: 10.37 }).fwei).toBe(1);
  });
  it('24 months (731 days) uses the height table: girl, 77.5 cm → −2.55', () => {
    expect(z({ sex: 2, age: 24, ageUnit: 'months', lengthHeightCm: 77.5 }).zlen).toBe(-2.55);
    expect(z({ sex: 2, age: 24, ageUnit: 'months', lengthHeightCm: 77.5, measure: 'h' }).clenhei).toBe(77.5);
  });
  it('standing under 9 months: 8 months 60 cm is not corrected; 9 months is', () => {
    const young = z({ sex: 1, age: 8, ageUnit: 'months', lengthHeightCm: 60, measure: 'h' });
    expect(young).toMatchObject({ c9moFlag: 1, cmeasure: null, clenhei: 60, zlen: -4.81 });
    const older = z({ sex: 1, age: 9, ageUnit: 'months', lengthHeightCm: 60, measure: 'h' });
    expect(older).toMatchObject({ c9moFlag: 0, cmeasure: 'h', zlen: -5.02 });
    expect(older.clenhei).toBeCloseTo(60.7, 12);
  });
  it('z-scores only under 60 months: 59.9 yes, 60 and 60.1 no', () => {
    const at = (age: number) => z({ sex: 1, age, ageUnit: 'months', lengthHeightCm: 80, weightKg: 20, armCircumferenceCm: 5, tricepsSkinfoldMm: 3, subscapularSkinfoldMm: 5, headCircumferenceCm: 5, measure: 'h' });
    expect(at(59.9).zlen).not.toBeNull();
    expect(at(59.9).zwfl).not.toBeNull();
    for (const age of [60, 60.1]) {
      const r = at(age);
      expect([r.zlen, r.zwei, r.zwfl, r.zbmi, r.zhc, r.zac, r.zts, r.zss]).toEqual([null, null, null, null, null, null, null, null]);
    }
  });
});

describe('hand-computed LMS cases', () => {
  it('weight-for-age, boy, day 0, 4 kg: ((4/3.3464)^0.3487 − 1)/(0.14602·0.3487) = 1.2606 → 1.26', () => {
    expect(z({ sex: 1, age: 0, weightKg: 4 }).zwei).toBe(1.26);
  });
  it('z = 0 at the median of every age-based table', () => {
    const [, m] = lmsAt('hcfa', 2, 500);
    expect(z({ sex: 2, age: 500, headCircumferenceCm: m }).zhc).toBe(0);
    const [, mWei] = lmsAt('wfa', 1, 1000);
    expect(z({ sex: 1, age: 1000, weightKg: mWei }).zwei).toBe(0);
  });
  it('length-for-age is not restricted: 95 cm at 400 days is (95/77.0812 − 1)/0.03157 = 7.36', () => {
    expect(z({ sex: 1, age: 400, lengthHeightCm: 95, measure: 'l' })).toMatchObject({ zlen: 7.36, flen: 1 });
  });
  it('weight-for-age is restricted: 15 kg at 365 days is 4.22 (plain LMS would say 4.10), 6 kg is −4.14 (not −4.28)', () => {
    expect(z({ sex: 1, age: 365, weightKg: 15 }).zwei).toBe(4.22);
    expect(z({ sex: 1, age: 365, weightKg: 6 }).zwei).toBe(-4.14);
  });
});

describe('age in days and months', () => {
  it('rounds days half up: 730.5 → 731 (height table), 730.4 → 730', () => {
    expect(z({ sex: 1, age: 730.5, lengthHeightCm: 85, measure: 'l' }).clenhei).toBeCloseTo(84.3, 12);
    expect(z({ sex: 1, age: 730.4, lengthHeightCm: 85, measure: 'l' }).clenhei).toBe(85);
    const [, m731] = lmsAt('lhfa', 1, 731);
    expect(z({ sex: 1, age: 730.5, lengthHeightCm: m731 }).zlen).toBe(0);
  });
  it('converts months by multiplying with 30.4375: 24 months = 730.5 days → 731', () => {
    expect(z({ sex: 1, age: 24, ageUnit: 'months', lengthHeightCm: 85, measure: 'l' }).clenhei).toBeCloseTo(84.3, 12);
    const inMonths = z({ sex: 2, age: 10, ageUnit: 'months', weightKg: 8.1 });
    expect(inMonths.zwei).toBe(z({ sex: 2, age: 304.375, weightKg: 8.1 }).zwei);
    expect(inMonths.zwei).toBe(z({ sex: 2, age: 304, weightKg: 8.1 }).zwei);
  });
  it('keeps day 0 and day 1826 but not 1826.25 days (60 months)', () => {
    expect(z({ sex: 1, age: 0, weightKg: 3.3464 }).zwei).toBe(0);
    expect(z({ sex: 1, age: 1826.2, weightKg: 18 }).zwei).not.toBeNull();
    expect(z({ sex: 1, age: 1826.25, weightKg: 18 }).zwei).toBeNull();
    expect(z({ sex: 1, age: 1830, weightKg: 18 }).zwei).toBeNull();
  });
  it('arm circumference and skinfolds start at 91 days (90.5 rounds to 91)', () => {
    const at = (age: number) => z({ sex: 2, age, armCircumferenceCm: 13, tricepsSkinfoldMm: 9, subscapularSkinfoldMm: 7 });
    expect([at(90).zac, at(90).zts, at(90).zss]).toEqual([null, null, null]);
    expect(at(90.4).zac).toBeNull();
    expect(at(90.5).zac).not.toBeNull();
    expect(at(91).zts).not.toBeNull();
    expect(at(91).zss).not.toBeNull();
  });
  it('rejects a negative age and gives NA age-based scores without age', () => {
    expect(() => z({ sex: 1, age: -1, weightKg: 5 })).toThrow(RangeError);
    expect(z({ sex: 1, age: null, weightKg: 5, lengthHeightCm: 60 })).toMatchObject({ zwei: null, zlen: null, zbmi: null });
  });
});

describe('length/height correction and the 9-month rule', () => {
  it('adds 0.7 cm to a height under 731 days and subtracts it from a length from 731 days', () => {
    expect(z({ sex: 1, age: 400, lengthHeightCm: 75.3, measure: 'h' }).clenhei).toBe(75.3 + 0.7);
    expect(z({ sex: 1, age: 800, lengthHeightCm: 85, measure: 'l' }).clenhei).toBe(85 - 0.7);
    expect(z({ sex: 1, age: 400, lengthHeightCm: 75.3, measure: 'l' }).clenhei).toBe(75.3);
    expect(z({ sex: 1, age: 800, lengthHeightCm: 85, measure: 'h' }).clenhei).toBe(85);
    expect(z({ sex: 1, age: 400, lengthHeightCm: 75.3 }).clenhei).toBe(75.3);
    expect(z({ sex: 1, age: null, lengthHeightCm: 75.3, measure: 'h' }).clenhei).toBe(75.3);
  });
  it('ignores a standing height under 273.9375 days (9 months) and flags it', () => {
    expect(z({ sex: 1, age: 273.9, lengthHeightCm: 68, measure: 'h' })).toMatchObject({ c9moFlag: 1, cmeasure: null, clenhei: 68 });
    expect(z({ sex: 1, age: 273.9375, lengthHeightCm: 68, measure: 'h' })).toMatchObject({ c9moFlag: 0, cmeasure: 'h', clenhei: 68.7 });
    expect(z({ sex: 1, age: 200, lengthHeightCm: 68, measure: 'l' }).c9moFlag).toBe(0);
  });
  it('computes BMI from the corrected length, also with oedema', () => {
    const r = z({ sex: 1, age: 800, lengthHeightCm: 85, measure: 'l', weightKg: 12, hasOedema: true });
    expect(r.cbmi).toBe(12 / ((84.3 / 100) * (84.3 / 100)));
  });
});

describe('weight-for-length/height', () => {
  it('interpolates between 0.1 cm rows: 80.15 cm at 400 days uses the mean of rows 80.1 and 80.2', () => {
    // L −0.3521, M (10.466 + 10.4845)/2, S (0.08307 + 0.08305)/2 → hand-computed z-scores
    expect(z({ sex: 1, age: 400, lengthHeightCm: 80.15, measure: 'l', weightKg: 10 }).zwfl).toBe(-0.56);
    expect(z({ sex: 1, age: 400, lengthHeightCm: 80.15, measure: 'l', weightKg: 13.5 }).zwfl).toBe(2.92);
    expect(z({ sex: 1, age: 400, lengthHeightCm: 80.15, measure: 'l', weightKg: 7 }).zwfl).toBe(-4.88);
  });
  it('uses a row as it is when the length is on the 0.1 cm grid', () => {
    expect(z({ sex: 1, age: 400, lengthHeightCm: 80.1, measure: 'l', weightKg: 10.466 }).zwfl).toBe(0);
  });
  it('keeps lengths 45-110 cm (table by age < 731 days) and heights 65-120 cm', () => {
    const wfl = (cm: number) => z({ sex: 2, age: 100, lengthHeightCm: cm, measure: 'l', weightKg: 5 }).zwfl;
    expect([wfl(44.9), wfl(45), wfl(110), wfl(110.1)].map((v) => v !== null)).toEqual([false, true, true, false]);
    const wfh = (cm: number) => z({ sex: 2, age: 800, lengthHeightCm: cm, measure: 'h', weightKg: 12 }).zwfl;
    expect([wfh(64.9), wfh(65), wfh(120), wfh(120.1)].map((v) => v !== null)).toEqual([false, true, true, false]);
  });
  it('without age: by measure, else length below 87 cm and height from 87 cm; no age limit', () => {
    const noAge = (cm: number, measure: 'l' | 'h' | null) => z({ sex: 1, age: null, lengthHeightCm: cm, measure, weightKg: 12 }).zwfl;
    expect(noAge(86.9, null)).toBe(noAge(86.9, 'l'));
    expect(noAge(86.9, null)).not.toBe(noAge(86.9, 'h'));
    expect(noAge(87, null)).toBe(noAge(87, 'h'));
    expect(noAge(87, null)).not.toBe(noAge(87, 'l'));
    expect(noAge(112, 'l')).toBeNull();
    expect(noAge(112, 'h')).not.toBeNull();
  });
  it('a weight of 0 gives a (flagged) restricted z-score; a negative weight gives none', () => {
    const zero = z({ sex: 1, age: 400, lengthHeightCm: 80, measure: 'l', weightKg: 0 });
    expect(zero.zwfl).toBeLessThan(-5);
    expect(zero.fwfl).toBe(1);
    expect(zero.zwei).toBeNull();
    expect(z({ sex: 1, age: 400, lengthHeightCm: 80, measure: 'l', weightKg: -1 }).zwfl).toBeNull();
  });
});

describe('flags on the rounded z-score', () => {
  const lhfa = lmsAt('lhfa', 1, 400);
  const wfa = lmsAt('wfa', 1, 400);
  const bfa = lmsAt('bfa', 2, 900);
  const zlenAt = (target: number) => z({ sex: 1, age: 400, lengthHeightCm: computeLmsValueAtZ(target, ...lhfa), measure: 'l' });
  const zweiAt = (target: number) => z({ sex: 1, age: 400, weightKg: restrictedValueAt(target, wfa) });

  it('flen: 6.00 is not flagged, 6.01 is (both signs)', () => {
    expect(zlenAt(6.004)).toMatchObject({ zlen: 6, flen: 0 });
    expect(zlenAt(6.006)).toMatchObject({ zlen: 6.01, flen: 1 });
    expect(zlenAt(-6.004)).toMatchObject({ zlen: -6, flen: 0 });
    expect(zlenAt(-6.006)).toMatchObject({ zlen: -6.01, flen: 1 });
  });
  it('fwei: below −6 or above +5', () => {
    expect(zweiAt(5.004)).toMatchObject({ zwei: 5, fwei: 0 });
    expect(zweiAt(5.006)).toMatchObject({ zwei: 5.01, fwei: 1 });
    expect(zweiAt(-5.5)).toMatchObject({ zwei: -5.5, fwei: 0 });
    expect(zweiAt(-6.004)).toMatchObject({ zwei: -6, fwei: 0 });
    expect(zweiAt(-6.006)).toMatchObject({ zwei: -6.01, fwei: 1 });
  });
  it('fbmi and the others: |z| > 5', () => {
    // BMI of a child 100 cm tall is the weight in kg
    const at = (target: number) => z({ sex: 2, age: 900, lengthHeightCm: 100, measure: 'h', weightKg: restrictedValueAt(target, bfa) });
    expect(at(5.004)).toMatchObject({ zbmi: 5, fbmi: 0 });
    expect(at(5.006)).toMatchObject({ zbmi: 5.01, fbmi: 1 });
    expect(at(-5.004)).toMatchObject({ zbmi: -5, fbmi: 0 });
    expect(at(-5.006)).toMatchObject({ zbmi: -5.01, fbmi: 1 });
    const hc = lmsAt('hcfa', 1, 300);
    expect(z({ sex: 1, age: 300, headCircumferenceCm: computeLmsValueAtZ(5.006, ...hc) })).toMatchObject({ zhc: 5.01, fhc: 1 });
  });
});

describe('oedema and missing values', () => {
  it('oedema removes weight-for-age, weight-for-length and BMI only', () => {
    const r = z({ sex: 1, age: 400, weightKg: 9.5, lengthHeightCm: 75.3, measure: 'l', headCircumferenceCm: 46, armCircumferenceCm: 15, hasOedema: true });
    expect([r.zwei, r.fwei, r.zwfl, r.fwfl, r.zbmi, r.fbmi]).toEqual([null, null, null, null, null, null]);
    expect(r.zlen).toBe(-0.73);
    expect(r.zhc).not.toBeNull();
    expect(r.zac).not.toBeNull();
    expect(r.cbmi).not.toBeNull();
  });
  it('without sex no z-score, but clenhei and BMI are given', () => {
    const r = z({ sex: null, age: 400, weightKg: 9.5, lengthHeightCm: 75.3, measure: 'h' });
    expect(r).toMatchObject({ csex: null, zlen: null, zwei: null, zwfl: null, zbmi: null, clenhei: 76 });
  });
  it('a measurement <= 0 gives no age-based z-score', () => {
    expect(z({ sex: 1, age: 400, headCircumferenceCm: 0, lengthHeightCm: -1 })).toMatchObject({ zhc: null, zlen: null, flen: null });
  });
  it('a length of 0 gives an infinite BMI and an infinite, flagged zbmi (anthro quirk)', () => {
    expect(z({ sex: 1, age: 400, weightKg: 9, lengthHeightCm: 0, measure: 'l' })).toMatchObject({ cbmi: Infinity, zbmi: Infinity, fbmi: 1 });
  });
});
