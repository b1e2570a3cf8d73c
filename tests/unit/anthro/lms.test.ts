// The LMS formulas and R's round(x, 2), against values derived by hand from WHO's tables
// (40-digit arithmetic, mpmath) and from the exact binary values of the doubles.
import { describe, expect, it } from 'vitest';
import { computeLmsValueAtZ, computeLmsZscore, computeRestrictedZscore, roundLikeR2 } from '../../../src/anthro/lms.ts';

// weianthro.txt, sex 1: day 0 (L 0.3487, M 3.3464, S 0.14602) and day 365 (L 0.0645, M 9.646, S 0.10925).
const wfaDay0 = [0.3487, 3.3464, 0.14602] as const;
const wfaDay365 = [0.0645, 9.646, 0.10925] as const;

describe('computeLmsZscore', () => {
  it('gives 0 at the median M', () => {
    expect(computeLmsZscore(3.3464, ...wfaDay0)).toBe(0);
    expect(computeLmsZscore(77.0812, 1, 77.0812, 0.03157)).toBe(0);
  });
  it('matches ((y/M)^L − 1)/(S·L) computed by hand', () => {
    // ((4/3.3464)^0.3487 − 1)/(0.14602·0.3487) = 1.2606194210465653…
    expect(computeLmsZscore(4, ...wfaDay0)).toBeCloseTo(1.2606194210465653, 12);
    // L = 1 (lenanthro day 400, sex 1): (75/77.0812 − 1)/0.03157 = −0.8552454417904131…
    expect(computeLmsZscore(75, 1, 77.0812, 0.03157)).toBeCloseTo(-0.8552454417904131, 12);
  });
  it('gives z back from M·(1 + L·S·z)^(1/L)', () => {
    for (const z of [-3, -2.5, -1, 0.3, 1, 2, 3]) {
      expect(computeLmsZscore(computeLmsValueAtZ(z, ...wfaDay365), ...wfaDay365)).toBeCloseTo(z, 10);
    }
  });
});

describe('computeRestrictedZscore (WHO beyond ±3 SD)', () => {
  it('keeps the plain z-score between −3 and +3', () => {
    expect(computeRestrictedZscore(10, ...wfaDay365)).toBe(computeLmsZscore(10, ...wfaDay365));
  });
  it('measures beyond +3 SD in units of SD3 − SD2', () => {
    // plain z of 15 kg is 4.0993…; SD3 = 13.341468096085680, SD2 = 11.983347156327698
    expect(computeLmsZscore(15, ...wfaDay365)).toBeCloseTo(4.09934479233926, 10);
    expect(computeRestrictedZscore(15, ...wfaDay365)).toBeCloseTo(4.22119603296145, 10);
  });
  it('measures below −3 SD in units of SD−2 − SD−3', () => {
    expect(computeLmsZscore(6, ...wfaDay365)).toBeCloseTo(-4.279979049072665, 10);
    expect(computeRestrictedZscore(6, ...wfaDay365)).toBeCloseTo(-4.136593212499662, 10);
  });
  it('is exactly ±3 at SD±3', () => {
    expect(computeRestrictedZscore(computeLmsValueAtZ(3, ...wfaDay365), ...wfaDay365)).toBeCloseTo(3, 12);
    expect(computeRestrictedZscore(computeLmsValueAtZ(-3, ...wfaDay365), ...wfaDay365)).toBeCloseTo(-3, 12);
  });
});

describe('roundLikeR2 (R >= 4 round(x, 2))', () => {
  it.each([
    // exact binary ties go to the even hundredth
    [0.125, 0.12],
    [0.375, 0.38],
    [-0.125, -0.12],
    [2.5, 2.5],
    // the double is below the decimal: 2.675 is 2.67499999999999982…
    [2.675, 2.67],
    [1.115, 1.11],
    [1.005, 1],
    [5.005, 5],
    [6.005, 6],
    [-6.005, -6],
    // the double is below 5.015, yet 5.02 is the nearer candidate in double arithmetic
    [5.015, 5.02],
    [3.015, 3.02],
    [4.995, 5],
    [-1.2345, -1.23],
    [0, 0],
  ])('round(%d, 2) = %d', (x, expected) => {
    expect(roundLikeR2(x)).toBe(expected);
  });
  it('keeps NaN and infinities', () => {
    expect(roundLikeR2(Number.NaN)).toBeNaN();
    expect(roundLikeR2(Infinity)).toBe(Infinity);
  });
});
