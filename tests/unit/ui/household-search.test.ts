import { describe, expect, it } from 'vitest';
import type { Household } from '../../../src/domain/household.ts';
import { matchesQuery, searchHouseholds } from '../../../src/ui/households/household-search.ts';

let next = 0;
function household(fields: Partial<Household> & { headName: string }): Household {
  next += 1;
  return {
    id: `0190a5b2-1c3d-7e4f-8a5b-${String(next).padStart(12, '0')}`,
    villageCode: '3374122003',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    deleted: false,
    ...fields,
  };
}

const sutrisno = household({ headName: 'Sutrisno', dusun: 'Krajan', rt: '2', rw: '1', address: 'Jl. Melati 4' });
const siti = household({ headName: 'Siti Aminah', dusun: 'Krajan', rt: '10', rw: '1' });
const budi = household({ headName: 'Budi Santoso', dusun: 'Banaran', rt: '1', rw: '3' });
const gone = household({ headName: 'Sudah Dihapus', dusun: 'Banaran', deleted: true });

describe('household search', () => {
  it('matches every word anywhere in name, dusun, address or RT/RW, ignoring case', () => {
    expect(matchesQuery(sutrisno, 'krajan melati')).toBe(true);
    expect(matchesQuery(sutrisno, 'SUTRIS')).toBe(true);
    expect(matchesQuery(sutrisno, 'rt 2')).toBe(true);
    expect(matchesQuery(sutrisno, 'krajan banaran')).toBe(false);
    expect(matchesQuery(sutrisno, '   ')).toBe(true);
  });

  it('orders by dusun, RW, RT (numerically) then name, and hides tombstones', () => {
    expect(searchHouseholds([siti, gone, sutrisno, budi], '').map((h) => h.headName)).toEqual([
      'Budi Santoso',
      'Sutrisno',
      'Siti Aminah',
    ]);
    expect(searchHouseholds([siti, gone, sutrisno, budi], 'banaran').map((h) => h.headName)).toEqual(['Budi Santoso']);
  });
});
