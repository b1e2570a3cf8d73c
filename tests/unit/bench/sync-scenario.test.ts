// The "village sync" benchmark data (tests/bench/sync/scenario.ts) must be real Genting
// records of the peer scenario's mix and size, or the comparison with PouchDB is unfair.
import { describe, expect, it } from 'vitest';
import { recordSchemas } from '../../../src/domain/registry.ts';
import { deltaIndices, deltaPatch, generateRecords } from '../../bench/sync/scenario.ts';

describe('bench:sync scenario', () => {
  const records = generateRecords(10_000);

  it('every record and every delta edit passes its kind\u2019s zod schema', () => {
    for (const record of records) {
      expect(recordSchemas[record.kind].safeParse(record.fields).error).toBeUndefined();
    }
    for (const index of deltaIndices(records.length)) {
      const record = records[index]!;
      const patch = deltaPatch(record);
      expect(Object.keys(patch)).toHaveLength(1);
      expect(recordSchemas[record.kind].safeParse({ ...record.fields, ...patch }).error).toBeUndefined();
      expect(JSON.stringify(patch)).not.toBe(JSON.stringify(Object.fromEntries(Object.keys(patch).map((k) => [k, record.fields[k]]))));
    }
  });

  it('matches the peer scenario: 20 % households, 30 % persons, 50 % visits, 400 \u00b1 20 bytes, one village per 10,000', () => {
    const count = (kind: string) => records.filter((record) => record.kind === kind).length / records.length;
    expect(count('household')).toBeCloseTo(0.2, 1);
    expect(count('person')).toBeCloseTo(0.3, 1);
    expect(count('visit')).toBeCloseTo(0.5, 1);
    const sizes = records.map((record) => JSON.stringify(record.fields).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(370);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(425);
    expect(Math.abs(sizes.reduce((a, b) => a + b, 0) / sizes.length - 400)).toBeLessThan(5);
    expect(new Set(records.map((record) => record.fields.villageCode))).toEqual(new Set(['6101122005']));
    expect(generateRecords(20_000)[15_000]?.fields.villageCode).toBe('6101122006');
  });

  it('is deterministic, and record i is the same for every N > i', () => {
    expect(generateRecords(100)).toEqual(records.slice(0, 100));
    expect(deltaIndices(1000)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
  });
});
