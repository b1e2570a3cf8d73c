// Invariants of the WHO z-score code over random inputs (fast-check, fixed seeds: FC_SEED
// replays a failure). Each holds by construction of WHO's method, whatever the table row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeZscores } from '../../src/anthro/compute-zscores.ts';
import { createFieldBounds, readFields, readNumber } from '../../src/anthro/csv-bytes.ts';
import { ByteWriter } from '../../src/anthro/csv-output.ts';
import { readLms, type Sex } from '../../src/anthro/growth-tables.ts';
import { computeLmsValueAtZ, roundLikeR2 } from '../../src/anthro/lms.ts';
import { loadGrowthTablesSync } from '../../src/anthro/load-growth-tables-sync.ts';
import { fcParams } from './seed.ts';

const tables = loadGrowthTablesSync();
const sexArb = fc.constantFrom<Sex>(1, 2);

describe('z-scores', () => {
  it('the measurement at z SD gives z back (rounded) for every age-based table', () => {
    fc.assert(
      fc.property(sexArb, fc.integer({ min: 91, max: 1826 }), fc.double({ min: -2.99, max: 2.99, noNaN: true }), (sex, day, target) => {
        const lms = readLms(tables.wfa, sex, day);
        const hc = readLms(tables.hcfa, sex, day);
        if (!lms || !hc) return;
        const r = computeZscores(tables, {
          sex, age: day, weightKg: computeLmsValueAtZ(target, lms.l, lms.m, lms.s),
          headCircumferenceCm: computeLmsValueAtZ(target, hc.l, hc.m, hc.s),
        });
        expect(Math.abs((r.zwei ?? Number.NaN) - target)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs((r.zhc ?? Number.NaN) - target)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      fcParams(301, 300),
    );
  });

  it('weight-for-age never decreases with weight, through the restricted tails', () => {
    fc.assert(
      fc.property(sexArb, fc.integer({ min: 0, max: 1826 }), fc.double({ min: 0.5, max: 40, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (sex, day, weight, extra) => {
        const lighter = computeZscores(tables, { sex, age: day, weightKg: weight }).zwei ?? Number.NaN;
        const heavier = computeZscores(tables, { sex, age: day, weightKg: weight + extra }).zwei ?? Number.NaN;
        expect(heavier).toBeGreaterThanOrEqual(lighter);
      }),
      fcParams(302, 300),
    );
  });

  it('round(x, 2) is a hundredth within half a hundredth of x', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (x) => {
        const r = roundLikeR2(x);
        expect(r).toBe(Math.round(r * 100) / 100);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-12);
      }),
      fcParams(303, 1000),
    );
  });
});

describe('batch CSV bytes', () => {
  const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

  it('reads a decimal exactly as Number() does', () => {
    const decimal = fc.tuple(fc.boolean(), fc.stringMatching(/^\d{1,9}$/), fc.stringMatching(/^\d{0,9}$/))
      .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
    fc.assert(
      fc.property(decimal, (text) => {
        const data = bytesOf(text);
        const bounds = createFieldBounds(1);
        readFields(data, 0, data.length, 44, bounds);
        expect(readNumber(data, bounds, 0, false)).toBe(Number(text));
      }),
      fcParams(304, 2000),
    );
  });

  it('writes a double with 15 significant digits exactly as R (and toPrecision) does', () => {
    const writer = new ByteWriter(64);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), (x) => {
        writer.number(x);
        const written = String.fromCharCode(...writer.take());
        const shortest = String(x);
        expect(written).toBe(shortest.length <= 15 ? shortest : String(Number(x.toPrecision(15))));
      }),
      fcParams(305, 3000),
    );
  });
});
