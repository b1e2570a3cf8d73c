// Client-side search and ordering of the household list: a village has hundreds of
// households, not millions, so filtering in memory on each keystroke is instant.
// Every word of the query must appear in the head's name, dusun, address, RT/RW or KK.
import type { Household } from '../../domain/household.ts';

function haystack(household: Household): string {
  const parts = [
    household.headName,
    household.dusun,
    household.address,
    household.rt ? `rt ${household.rt} rt${household.rt}` : '',
    household.rw ? `rw ${household.rw} rw${household.rw}` : '',
    household.kkNumber,
  ];
  return parts.filter(Boolean).join(' ').toLocaleLowerCase('id');
}

export function matchesQuery(household: Household, query: string): boolean {
  const words = query.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(household);
  return words.every((word) => text.includes(word));
}

/** Live households only, by dusun, then RW, RT, then head's name (Indonesian collation). */
export function sortHouseholds(households: readonly Household[]): Household[] {
  const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
  const key = (h: Household) => [h.dusun ?? '', (h.rw ?? '').padStart(3, '0'), (h.rt ?? '').padStart(3, '0'), h.headName];
  return households
    .filter((household) => !household.deleted)
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let index = 0; index < ka.length; index += 1) {
        const order = collator.compare(ka[index] ?? '', kb[index] ?? '');
        if (order !== 0) return order;
      }
      return 0;
    });
}

export function searchHouseholds(households: readonly Household[], query: string): Household[] {
  return sortHouseholds(households).filter((household) => matchesQuery(household, query));
}
