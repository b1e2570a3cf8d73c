import { describe, expect, it } from 'vitest';
import { applyLocal } from '../../../src/db/local-write.ts';
import { fromRow, newRow, packStamps, toRow } from '../../../src/db/rows.ts';

const s1 = '0mm7gmbk00000k3j9x0m1q2w3e4r5';
const s2 = '0mm7gnmmg0002k3j9x0m1q2w3e4r5';

describe('rows', () => {
  it('store the shared stamp once and give back the full per-field stamps', () => {
    const record = { values: { id: 'x', headName: 'Siti', rt: '001', deleted: false }, stamps: { headName: s1, rt: s2, deleted: s1 } };
    const row = toRow('household', 'x', record);
    expect(row.stamps).toEqual({ '*': s1, rt: s2 });
    expect(row.$sortName).toBe('siti');
    expect(fromRow(row)).toEqual(record);
  });

  it('pack canonically: a tie goes to the greater stamp, a lone stamp stays as it is', () => {
    expect(packStamps({ a: s1, b: s2 })).toEqual({ a: s1, b: s2 });
    expect(packStamps({ a: s1, b: s1, c: s2, d: s2 })).toEqual({ '*': s2, a: s1, b: s1 });
    expect(packStamps({ c: s2, d: s2, a: s1, b: s1 })).toEqual({ '*': s2, a: s1, b: s1 });
  });

  it('read rows written with full stamps too', () => {
    const row = { id: 'x', headName: 'Siti', stamps: { headName: s1 } };
    expect(fromRow(row)).toEqual({ values: { id: 'x', headName: 'Siti' }, stamps: { headName: s1 } });
  });

  it('build a new record\'s row as toRow of the local write would (many, one or no fields; undefined stored as null)', () => {
    for (const fields of [{ headName: ' Siti  Aminah', rt: '001', notes: undefined, deleted: false }, { headName: 'Ani' }, {}]) {
      const merged = applyLocal(undefined, s1, fields);
      merged.values.id = 'x';
      const row = newRow('household', 'x', s1, fields);
      expect(row).toEqual(toRow('household', 'x', merged));
      expect(Object.keys(row)).toEqual(Object.keys(toRow('household', 'x', merged)));
    }
    expect(newRow('visit', 'v', s2, { date: '2025-01-01', findings: 'x' }).stamps).toEqual({ '*': s2 });
  });
});
