// Read helpers for the screens, each one backed by an index of database.ts. Tombstones
// (deleted: true) are left out unless asked for. Results are plain domain records (no stamps,
// no derived `$` fields). Use them inside Dexie's liveQuery() to re-run on every change.
import type { RecordKind } from '../domain/record-kinds.ts';
import { isStamp, stampWallMs } from '../sync/hlc.ts';
import type { FieldValues } from '../sync/merge.ts';
import type { GentingDb } from './database.ts';
import { recordsOf } from './record-store.ts';
import type { IndexOf } from './record-store.ts';
import { fieldStamp, toValues } from './rows.ts';
import type { Row } from './rows.ts';
import type { KindOf, RecordOf, SchemaRegistry } from './repositories.ts';

export type ListOptions = { includeDeleted?: boolean };
/** The domain type of a kind when the registry has its schema, else plain fields. */
export type RecordFor<S extends SchemaRegistry, K extends RecordKind> = K extends KindOf<S> ? RecordOf<S, K> : FieldValues;

function live(rows: Row[], options: ListOptions = {}): Row[] {
  return options.includeDeleted ? rows : rows.filter((row) => row.deleted !== true);
}

function byString(field: string) {
  return (a: Row, b: Row) => String(a[field] ?? '').localeCompare(String(b[field] ?? ''));
}

export function createQueries<S extends SchemaRegistry>(db: GentingDb) {
  const records = recordsOf(db);
  const typed = <K extends RecordKind>(_kind: K, rows: Row[]) => rows.map((row) => toValues(row) as RecordFor<S, K>);
  const where = async <K extends RecordKind>(kind: K, index: IndexOf<K>, value: string, options?: ListOptions) => live(await records.range(kind, index, value, value), options);
  /** Rows whose compound index starts with `first`. */
  const startingWith = <K extends RecordKind>(kind: K, index: IndexOf<K>, first: string) => records.range(kind, index, [first, ''], [first, '\uffff']);

  return {
    /** Every record of a kind (a village holds hundreds to a few thousand). */
    async list<K extends KindOf<S>>(kind: K, options?: ListOptions) {
      return typed(kind, live(await records.all(kind), options));
    },
    /** Records whose `index` (a single-field index of record-store.ts PACK_INDEXES) equals `value`. */
    async listBy<K extends KindOf<S>>(kind: K, index: IndexOf<K>, value: string, options?: ListOptions) {
      return typed(kind, await where(kind, index, value, options));
    },
    /** Households of a village (optionally one dusun), sorted by head-of-family name. */
    async householdsOf(villageCode: string, dusun?: string, options?: ListOptions) {
      const rows = await startingWith('household', '[villageCode+$sortName]', villageCode);
      const inDusun = dusun === undefined ? rows : rows.filter((row) => row.dusun === dusun);
      return typed('household', live(inDusun, options));
    },
    /** Members of a household, sorted by name. */
    async personsOf(householdId: string, options?: ListOptions) {
      const rows = await startingWith('person', '[householdId+$sortName]', householdId);
      return typed('person', live(rows, options));
    },
    /** Number of living members per household id. */
    async memberCounts(): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      for (const row of await records.all('person')) {
        if (row.deleted === true) continue;
        const key = String(row.householdId);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    },
    /** A child's measurements, oldest first. */
    async measurementsOf(personId: string, options?: ListOptions) {
      const rows = await startingWith('measurement', '[personId+date]', personId);
      return typed('measurement', live(rows, options));
    },
    /** Visits to a household, oldest first. */
    async visitsOf(householdId: string, options?: ListOptions) {
      const rows = await startingWith('visit', '[householdId+date]', householdId);
      return typed('visit', live(rows, options));
    },
    /** Deliveries of a pledge, oldest first. */
    async deliveriesOf(pledgeId: string, options?: ListOptions) {
      const rows = await startingWith('delivery', '[pledgeId+date]', pledgeId);
      return typed('delivery', live(rows, options));
    },
    /** Action items (RTL) with a status, soonest due first. */
    async actionItemsWithStatus(status: string, options?: ListOptions) {
      const rows = await where('actionItem', 'status', status, options);
      return typed('actionItem', rows.sort(byString('dueDate')));
    },
    /**
     * When `field` of each living record of a kind was last set, on whichever device: the
     * wall-clock time (ISO, UTC) of the field's HLC stamp, by record id. Unlike updatedAt it
     * does not move when another field is edited. (A stamp's time is the writer's clock,
     * corrected by the server offset; HLC may put it a little ahead, never behind, that.)
     */
    async fieldSetAt(kind: RecordKind, field: string): Promise<Map<string, string>> {
      const times = new Map<string, string>();
      for (const row of await records.all(kind)) {
        if (row.deleted === true) continue;
        const stamp = fieldStamp(row, field);
        if (stamp !== undefined && isStamp(stamp)) times.set(row.id, new Date(stampWallMs(stamp)).toISOString());
      }
      return times;
    },
  };
}

export type Queries<S extends SchemaRegistry> = ReturnType<typeof createQueries<S>>;
