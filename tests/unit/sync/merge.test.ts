import { describe, expect, it } from 'vitest';
import { applyChange, canonicalJson, latestStamp, mergeRecords } from '../../../src/sync/merge.ts';

// Stamps compare as strings; short ones keep the cases readable.
const s1 = 'lqz8k3b000000a000000000000001';
const s2 = 'lqz8k3b000000b000000000000002';
const s3 = 'lqz8k3b010000a000000000000001';

describe('applyChange', () => {
  it('creates a record from the first change', () => {
    const record = applyChange(undefined, { stamp: s1, fields: { headName: 'Siti', deleted: false } });
    expect(record).toEqual({ values: { headName: 'Siti', deleted: false }, stamps: { headName: s1, deleted: s1 } });
  });

  it('takes a field with a greater stamp and keeps one with a smaller stamp', () => {
    const base = applyChange(undefined, { stamp: s2, fields: { headName: 'Siti', rt: '001' } });
    const newer = applyChange(base, { stamp: s3, fields: { headName: 'Siti Aminah' } });
    expect(newer.values).toEqual({ headName: 'Siti Aminah', rt: '001' });
    expect(newer.stamps).toEqual({ headName: s3, rt: s2 });
    const older = applyChange(newer, { stamp: s1, fields: { rt: '009', headName: 'Old' } });
    expect(older).toBe(newer);
  });

  it('keeps concurrent edits of different fields', () => {
    const base = applyChange(undefined, { stamp: s1, fields: { dusun: 'Krajan', rt: '001' } });
    const a = applyChange(applyChange(base, { stamp: s2, fields: { dusun: 'Sumber' } }), { stamp: s3, fields: { rt: '002' } });
    const b = applyChange(applyChange(base, { stamp: s3, fields: { rt: '002' } }), { stamp: s2, fields: { dusun: 'Sumber' } });
    expect(a).toEqual(b);
    expect(a.values).toEqual({ dusun: 'Sumber', rt: '002' });
  });

  it('breaks an equal-stamp tie by the greater canonical JSON, in either order', () => {
    const one = applyChange(applyChange(undefined, { stamp: s1, fields: { x: 'a' } }), { stamp: s1, fields: { x: 'b' } });
    const two = applyChange(applyChange(undefined, { stamp: s1, fields: { x: 'b' } }), { stamp: s1, fields: { x: 'a' } });
    expect(one.values.x).toBe('b');
    expect(two.values.x).toBe('b');
  });

  it('does not undelete a record when another field is edited later', () => {
    const deleted = applyChange(applyChange(undefined, { stamp: s1, fields: { deleted: false, rt: '1' } }), { stamp: s2, fields: { deleted: true } });
    const edited = applyChange(deleted, { stamp: s3, fields: { rt: '2' } });
    expect(edited.values).toEqual({ deleted: true, rt: '2' });
  });

  it('never mutates its inputs and stores a missing value as null', () => {
    const base = applyChange(undefined, { stamp: s1, fields: { a: 1 } });
    const frozen = structuredClone(base);
    const change = { stamp: s2, fields: { a: 2, b: undefined } };
    const next = applyChange(base, change);
    expect(base).toEqual(frozen);
    expect(next.values).toEqual({ a: 2, b: null });
  });
});

describe('mergeRecords and helpers', () => {
  it('merges two replicas field by field', () => {
    const a = applyChange(undefined, { stamp: s3, fields: { a: 'new', b: 'old' } });
    const b = applyChange(undefined, { stamp: s2, fields: { a: 'older', c: 'only-b' } });
    expect(mergeRecords(a, b).values).toEqual({ a: 'new', b: 'old', c: 'only-b' });
    expect(mergeRecords(b, a)).toEqual(mergeRecords(a, b));
  });

  it('canonicalJson ignores key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });

  it('latestStamp is the greatest field stamp', () => {
    const record = applyChange(applyChange(undefined, { stamp: s1, fields: { a: 1 } }), { stamp: s3, fields: { b: 1 } });
    expect(latestStamp(record)).toBe(s3);
  });
});
