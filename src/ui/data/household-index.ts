// The household list's data: households, members and visits (live, kept tables), and the list's index (search text, risk, targets, visits) rebuilt only when
// that data (or the day) changes, never per keystroke. At start the list draws its first
// screenful from the households table alone (useHouseholdList's `preview`): members and
// visits are read, and the index built, only after that frame.
import { useMemo } from 'preact/hooks';
import type { Household } from '../../domain/household.ts';
import type { Person } from '../../domain/person.ts';
import type { Visit } from '../../domain/visit.ts';
import { createHouseholdIndexer, householdsInListOrder } from '../households/household-index.ts';
import type { HouseholdEntry } from '../households/household-index.ts';
import { useAfterPaint } from '../hooks/use-after-paint.ts';
import { useLiveList } from './lists.ts';

type FieldData = { households: Household[]; persons: Person[]; visits: Visit[] };

function useJoined({ households, persons, visits }: Partial<FieldData>): FieldData | undefined {
  return useMemo(() => (households && persons && visits ? { households, persons, visits } : undefined), [households, persons, visits]);
}

/** Live households, members and visits of this device (tombstones left out); kept while unchanged (lists.ts). */
export function useFieldData(): FieldData | undefined {
  return useJoined({ households: useLiveList('household'), persons: useLiveList('person'), visits: useLiveList('visit') });
}

/** One indexer for the tab: its per-household cache survives moving between the list screens. */
const buildIndex = createHouseholdIndexer();
let last: (FieldData & { today: string; entries: HouseholdEntry[] }) | undefined;

function useIndexOf(data: FieldData | undefined, today: string): HouseholdEntry[] | undefined {
  return useMemo(() => {
    if (!data) return undefined;
    // The same data on the same day (the list opened again, nothing written): the same index.
    if (last && last.households === data.households && last.persons === data.persons && last.visits === data.visits && last.today === today) return last.entries;
    const entries = buildIndex(data.households, data.persons, data.visits, today);
    last = { ...data, today, entries };
    return entries;
  }, [data, today]);
}

export function useHouseholdIndex(today: string): HouseholdEntry[] | undefined {
  return useIndexOf(useFieldData(), today);
}

/**
 * The household list: `entries` (the full index) once members and visits are read and the
 * index built; before that, `preview`: the live households in list order, from the households
 * table alone, so the first rows are drawn without waiting for the rest. Reopened with nothing
 * written (kept tables, same day), the index is there at once and no preview is drawn.
 */
export function useHouseholdList(today: string): { entries: HouseholdEntry[] | undefined; preview: Household[] | undefined } {
  const households = useLiveList('household');
  // The households the last index was built from are still current: reopened, nothing written.
  const reopened = households !== undefined && last?.households === households && last.today === today;
  const painted = useAfterPaint(households !== undefined, reopened);
  const persons = useLiveList('person', painted);
  const visits = useLiveList('visit', painted);
  const joined = useJoined({ households, persons, visits });
  const entries = useIndexOf(painted ? joined : undefined, today);
  const preview = useMemo(() => (entries === undefined && households ? householdsInListOrder(households) : undefined), [entries, households]);
  return { entries, preview };
}
