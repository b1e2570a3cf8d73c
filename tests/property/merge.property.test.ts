// Merge laws of the per-field LWW map: applying any set of changes in any order, with any
// repetition, gives the same record, and every field holds the value of its greatest stamp.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../src/sync/hlc.ts';
import { applyChange, canonicalJson, mergeRecords } from '../../src/sync/merge.ts';
import type { MergedRecord, StampedFields } from '../../src/sync/merge.ts';
import { fcParams } from './seed.ts';

const fieldNames = ['a', 'b', 'c', 'deleted'] as const;
const value = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('x', 'y'), fc.constant(null), fc.boolean(), fc.record({ k: fc.integer({ min: 0, max: 2 }) }));
// Few distinct stamps so equal-stamp ties (the bug case) are exercised too.
const stamp = fc
  .record({ ms: fc.integer({ min: 0, max: 4 }), counter: fc.integer({ min: 0, max: 2 }), node: fc.constantFrom('a0000000000000aa', 'b0000000000000bb') })
  .map(({ ms, counter, node }) => formatStamp({ ms, counter, nodeId: node }));
const change: fc.Arbitrary<StampedFields> = fc.record({
  stamp,
  fields: fc.dictionary(fc.constantFrom(...fieldNames), value, { minKeys: 1, maxKeys: 4 }),
});

function applyAll(changes: readonly StampedFields[], start?: MergedRecord): MergedRecord | undefined {
  return changes.reduce<MergedRecord | undefined>((record, next) => applyChange(record, next), start);
}

const same = (a: MergedRecord | undefined, b: MergedRecord | undefined) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe('merge laws', () => {
  it('is commutative: any permutation gives the same record', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), ([list, shuffled]) => {
        same(applyAll(list), applyAll(shuffled));
      }),
      fcParams(20250111, 500),
    );
  });

  it('is idempotent: applying changes again, or duplicated, changes nothing', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { maxLength: 10 }), (list, picks) => {
        const once = applyAll(list);
        const duplicates = picks.map((pick) => list[pick % list.length] as StampedFields);
        same(applyAll([...list, ...duplicates]), once);
        same(applyAll(list, once), once);
      }),
      fcParams(20250112, 500),
    );
  });

  it('is associative: merging replicas in any grouping gives the same record', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 6 }), fc.array(change, { maxLength: 6 }), fc.array(change, { maxLength: 6 }), (x, y, z) => {
        const [a, b, c] = [applyAll(x), applyAll(y), applyAll(z)].map((r) => r ?? { values: {}, stamps: {} }) as [MergedRecord, MergedRecord, MergedRecord];
        same(mergeRecords(mergeRecords(a, b), c), mergeRecords(a, mergeRecords(b, c)));
        same(mergeRecords(a, b), applyAll([...x, ...y]) ?? { values: {}, stamps: {} });
      }),
      fcParams(20250113, 500),
    );
  });

  it('every field ends with the value of its greatest stamp', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 15 }), (list) => {
        const merged = applyAll(list) as MergedRecord;
        for (const field of Object.keys(merged.stamps)) {
          const writes = list.filter((c) => field in c.fields);
          const top = writes.reduce((max, c) => (c.stamp > max ? c.stamp : max), '');
          expect(merged.stamps[field]).toBe(top);
          const candidates = writes.filter((c) => c.stamp === top).map((c) => canonicalJson(c.fields[field]));
          expect(canonicalJson(merged.values[field])).toBe(candidates.sort().at(-1));
        }
      }),
      fcParams(20250114, 500),
    );
  });
});
