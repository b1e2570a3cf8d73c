// Kept live-query values (src/ui/data/kept-values.ts): a screen opened again shows the value it
// read last only while no write happened since; after any write it must read afresh.
import { describe, expect, it } from 'vitest';
import { createKeptValues } from '../../../src/ui/data/kept-values.ts';

describe('kept values', () => {
  it('hands a kept value out while the write count is unchanged, never after a write', () => {
    const kept = createKeptValues();
    const records = { persons: ['Siti'] };
    kept.keep('children-records', records, 7);
    expect(kept.current('children-records', 7)).toEqual({ value: records, version: 7 });
    expect(kept.current('children-records', 7)?.value).toBe(records);
    expect(kept.current('children-records', 8)).toBeUndefined();
  });

  it('keeps values apart by key and answers nothing for no key or an unknown one', () => {
    const kept = createKeptValues();
    kept.keep('field-data', 'a', 1);
    kept.keep('children-records', 'b', 2);
    expect(kept.current('field-data', 1)?.value).toBe('a');
    expect(kept.current('field-data', 2)).toBeUndefined();
    expect(kept.current('children-records', 2)?.value).toBe('b');
    expect(kept.current(undefined, 1)).toBeUndefined();
    expect(kept.current('visits', 1)).toBeUndefined();
  });

  it('replaces a kept value with the newer read', () => {
    const kept = createKeptValues();
    kept.keep('field-data', 'old', 1);
    kept.keep('field-data', 'new', 3);
    expect(kept.current('field-data', 1)).toBeUndefined();
    expect(kept.current('field-data', 3)?.value).toBe('new');
  });
});
