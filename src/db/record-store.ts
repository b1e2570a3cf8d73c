// Where the rows of a record kind live (docs/client-storage.md). IndexedDB pays per stored
// value (one request, one serialisation, one write per index), so records that arrive many at
// a time are stored PACKED, PACK_SIZE rows per value, in the kind's pack table; records written
// one at a time, and every record once it changes, are stored as one row each in the kind's
// row table (the table of schema versions 1-4, keyed by id).
//
// Invariant: a record's live row is its row in the row table when there is one, else its copy
// in a pack. Only records new to the device are packed (bulk creates, pulled or snapshot
// records it did not have); every later write of a record puts its row in the row table, which
// then shadows the pack copy (left in place: a pack is rewritten only to remove a record, so a
// single edit never rewrites twenty rows). Readers go through this module only, never through
// the tables: each read answers with live rows and no shadowed copy.
//
// Pack indexes: `ids` (multiEntry, every record id of the pack) and `keys` (multiEntry, one
// entry [index, ...values, id] per row and index of PACK_INDEXES), which answer the same
// queries as the row table's indexes of database.ts.
import { cmp, Dexie } from 'dexie';
import type { Table } from 'dexie';
import type { RecordKind } from '../domain/record-kinds.ts';
import { addAll } from './raw-add.ts';
import type { GentingDb } from './database.ts';
import type { Row } from './rows.ts';

/** Rows per pack: bulk writes cost ~4× less than one value per row; reading one packed row reads ~12 KB. */
export const PACK_SIZE = 25;

/**
 * Rows per pack written by sync: smaller, because other devices' edits of those records read
 * their packs back one by one and a read costs by the pack's bytes (a pulled page of 1,000
 * edits: ~360 ms to apply with packs of 25, see docs/client-storage.md).
 */
export const PULLED_PACK_SIZE = 5;

/**
 * `rows[i]` is the row of record `ids[i]`: an object in packs of local bulk creates (written
 * once, read back as lists), JSON text in packs written by sync, whose records are read back
 * one by one as other devices' edits arrive: reading one record of such a pack parses that row
 * alone instead of deserialising all of them (a pulled page of 1,000 edits of packed records:
 * ~290 ms with object rows, see docs/client-storage.md).
 */
/** bulkGet reads every key of a row table of up to this many rows instead of asking per id. */
const ROW_KEYS_AT_ONCE = 2000;

export type Pack = { pk?: number; rows: (Row | string)[]; ids: string[]; keys: IndexKey[] };
type IndexKey = (string | number)[];

/** The indexes (Dexie names) queries read, per kind; every one is an index of the row table too. */
export const PACK_INDEXES = {
  household: ['[villageCode+$sortName]'],
  person: ['[householdId+$sortName]'],
  measurement: ['[personId+date]'],
  visit: ['[householdId+date]'],
  outreach: [],
  sponsor: [],
  pledge: [],
  delivery: ['[pledgeId+date]'],
  pokjaMember: [],
  meeting: [],
  attendance: ['meetingId'],
  actionItem: ['meetingId', 'status'],
} as const satisfies Record<RecordKind, readonly string[]>;

export type IndexOf<K extends RecordKind> = (typeof PACK_INDEXES)[K][number];

export function packTableName(kind: RecordKind): string {
  return `${kind}Packs`;
}

const fieldsOfIndex = new Map<string, string[]>();
function indexFields(index: string): string[] {
  let fields = fieldsOfIndex.get(index);
  if (!fields) {
    fields = index.startsWith('[') ? index.slice(1, -1).split('+') : [index];
    fieldsOfIndex.set(index, fields);
  }
  return fields;
}

/** IndexedDB indexes a row only when every part of the key is a valid key (here: string or finite number). */
function indexValues(row: Row, index: string): (string | number)[] | null {
  const values: (string | number)[] = [];
  for (const field of indexFields(index)) {
    const value = row[field];
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) values.push(value);
    else return null;
  }
  return values;
}

/** The row of record `ids[position]` of a pack. */
function rowAt(pack: Pack, position: number): Row {
  const row = pack.rows[position] as Row | string;
  return typeof row === 'string' ? (JSON.parse(row) as Row) : row;
}

export function toPack(kind: RecordKind, rows: Row[], asText = false): Pack {
  const keys: IndexKey[] = [];
  for (const index of PACK_INDEXES[kind]) {
    for (const row of rows) {
      const values = indexValues(row, index);
      if (values) keys.push([index, ...values, row.id]);
    }
  }
  return { rows: asText ? rows.map((row) => JSON.stringify(row)) : rows, ids: rows.map((row) => row.id), keys };
}

function byId(a: Row, b: Row): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function createRecordStore(db: GentingDb) {
  const rowTable = (kind: RecordKind) => db.table<Row, string>(kind);
  const packTable = (kind: RecordKind) => db.table<Pack, number>(packTableName(kind));
  // A database opened at a version before 5 (only the upgrade tests do) has rows alone.
  let hasPacks: boolean | undefined;
  const packed = () => (hasPacks ??= db.tables.some((table) => table.name === packTableName('household')));

  /** Of `candidates` (pack copies), those the row table does not shadow. */
  async function unshadowed(kind: RecordKind, candidates: Row[]): Promise<Row[]> {
    if (candidates.length === 0) return candidates;
    const ids = candidates.map((row) => row.id);
    // A few candidates: ask for those keys; many (a whole village): read every key once.
    const shadowed = new Set(ids.length <= 64 ? await rowTable(kind).where(':id').anyOf(ids).primaryKeys() : await rowTable(kind).toCollection().primaryKeys());
    return shadowed.size === 0 ? candidates : candidates.filter((row) => !shadowed.has(row.id));
  }

  /** Pack copies of `ids` (live only where the row table has no row: the caller checks). */
  async function fromPacks(kind: RecordKind, ids: readonly string[]): Promise<Map<string, Row>> {
    const found = new Map<string, Row>();
    if (ids.length === 0 || !packed()) return found;
    const wanted = new Set(ids);
    // One request per id, all in flight together (anyOf would walk the index with one cursor
    // step, one round trip, after another).
    const packs = await Promise.all([...wanted].map((id) => packTable(kind).where('ids').equals(id).first()));
    for (const pack of packs) {
      if (!pack) continue;
      pack.ids.forEach((id, position) => {
        if (wanted.has(id) && !found.has(id)) found.set(id, rowAt(pack, position));
      });
    }
    return found;
  }

  return {
    /** The tables a transaction over records of `kind` needs. */
    tables(kind: RecordKind): Table[] {
      return packed() ? [rowTable(kind), packTable(kind)] : [rowTable(kind)];
    },

    /** The live row of a record, or undefined. */
    async get(kind: RecordKind, id: string): Promise<Row | undefined> {
      // Both requests go out together: a record is in one place or the other (or shadowed).
      const [row, packed] = await Promise.all([rowTable(kind).get(id), fromPacks(kind, [id])]);
      return row ?? packed.get(id);
    },

    /** Live rows of `ids`, in the same order (undefined where none). */
    async bulkGet(kind: RecordKind, ids: readonly string[]): Promise<(Row | undefined)[]> {
      // IndexedDB pays per request: when the row table is small (a device that got its village
      // by sync keeps nearly everything in packs), one read of its keys says which ids have a
      // row; only those rows are read, and the packs are asked only for the others.
      const table = rowTable(kind);
      const keys = await table.limit(ROW_KEYS_AT_ONCE + 1).primaryKeys();
      const present = keys.length <= ROW_KEYS_AT_ONCE ? new Set(keys) : null;
      const wanted = present ? ids.filter((id) => present.has(id)) : ids;
      const [found, packed] = await Promise.all([
        wanted.length > 0 ? table.bulkGet([...wanted]) : [],
        fromPacks(kind, present ? ids.filter((id) => !present.has(id)) : ids),
      ]);
      const rows = new Map(wanted.map((id, index) => [id, found[index]]));
      return ids.map((id) => rows.get(id) ?? packed.get(id));
    },

    /** The greatest record id of the kind (snapshot pages come in id order), or undefined. */
    async lastId(kind: RecordKind): Promise<string | undefined> {
      const [inRows, inPacks] = await Promise.all([rowTable(kind).orderBy(':id').lastKey(), packed() ? packTable(kind).orderBy('ids').lastKey() : undefined]);
      const last = [inRows, inPacks].filter((id): id is string => typeof id === 'string').sort();
      return last[last.length - 1];
    },

    /**
     * Live rows whose id lies after `after` (exclusive) and up to `upTo` (inclusive); null = no
     * bound. For the resync after a server restore (apply-remote.ts): the device's records of
     * one snapshot page's range, rarely read, so packs are read whole.
     */
    async idRange(kind: RecordKind, after: string | null, upTo: string | null): Promise<Row[]> {
      const lower = after ?? Dexie.minKey;
      const upper = upTo ?? Dexie.maxKey;
      const inRange = (id: string) => (after === null || id > after) && (upTo === null || id <= upTo);
      const [rows, packs] = await Promise.all([
        rowTable(kind).where(':id').between(lower, upper, false, true).toArray(),
        packed() ? packTable(kind).where('ids').between(lower, upper, false, true).distinct().toArray() : [],
      ]);
      if (packs.length === 0) return rows;
      const seen = new Set(rows.map((row) => row.id));
      const candidates: Row[] = [];
      for (const pack of packs) {
        pack.ids.forEach((id, position) => {
          if (!inRange(id) || seen.has(id)) return;
          seen.add(id);
          candidates.push(rowAt(pack, position));
        });
      }
      return [...rows, ...(await unshadowed(kind, candidates))];
    },

    /** Writes rows of records that may exist: each becomes (or replaces) its own row. */
    async put(kind: RecordKind, rows: readonly Row[]): Promise<void> {
      if (rows.length === 1) await rowTable(kind).put(rows[0] as Row);
      else if (rows.length > 1) await rowTable(kind).bulkPut([...rows]);
    },

    /**
     * Adds rows of records the device does not have yet (new ids, or pulled records bulkGet
     * did not find): one alone as a row, more in packs.
     */
    async addNew(kind: RecordKind, rows: readonly Row[], options: { pulled?: boolean } = {}): Promise<void> {
      if (rows.length === 1 || !packed()) {
        await rowTable(kind).bulkAdd([...rows]);
        return;
      }
      const packs: Pack[] = [];
      const size = options.pulled ? PULLED_PACK_SIZE : PACK_SIZE;
      for (let start = 0; start < rows.length; start += size) packs.push(toPack(kind, rows.slice(start, start + size), options.pulled));
      await addAll(packTable(kind), packs);
    },

    /** Removes a record entirely (a refused create that is discarded). */
    async delete(kind: RecordKind, id: string): Promise<void> {
      await rowTable(kind).delete(id);
      if (!packed()) return;
      for (const pack of await packTable(kind).where('ids').equals(id).toArray()) {
        const keep = pack.ids.map((other) => other !== id);
        if (!keep.includes(true)) await packTable(kind).delete(pack.pk as number);
        else {
          const rows = pack.rows.filter((_, position) => keep[position]);
          const ids = pack.ids.filter((_, position) => keep[position]);
          await packTable(kind).put({ pk: pack.pk as number, rows, ids, keys: pack.keys.filter((key) => key[key.length - 1] !== id) });
        }
      }
    },

    /** Every live row of a kind (tombstones included), in id order. */
    async all(kind: RecordKind): Promise<Row[]> {
      const [rows, packs] = await Promise.all([rowTable(kind).toArray(), packed() ? packTable(kind).toArray() : []]);
      if (packs.length === 0) return rows;
      const own = new Set(rows.map((row) => row.id));
      for (const pack of packs) {
        pack.ids.forEach((id, position) => {
          if (!own.has(id)) rows.push(rowAt(pack, position));
        });
      }
      return rows.sort(byId);
    },

    /**
     * Live rows whose `index` key lies between `lower` and `upper` (inclusive; arrays for a
     * compound index, one value for a single-field one), in index order as the row table's
     * index would give them (key, then id).
     */
    async range<K extends RecordKind>(kind: K, index: IndexOf<K>, lower: unknown, upper: unknown): Promise<Row[]> {
      const compound = index.startsWith('[');
      const low = compound ? (lower as unknown[]) : [lower];
      const high = compound ? (upper as unknown[]) : [upper];
      const [rows, packs] = await Promise.all([
        rowTable(kind).where(index).between(lower, upper, true, true).toArray(),
        packed() ? packTable(kind).where('keys').between([index, ...low], [index, ...high, []], true, true).toArray() : [],
      ]);
      if (packs.length === 0) return rows;
      const own = new Set(rows.map((row) => row.id));
      const candidates: Row[] = [];
      const seen = new Set<string>();
      // The pack's own index keys say which of its rows lie in the range: only those are read.
      for (const pack of packs) {
        for (const key of pack.keys) {
          if (key[0] !== index) continue;
          const id = key[key.length - 1] as string;
          if (own.has(id) || seen.has(id)) continue;
          const values = key.slice(1, -1);
          if (cmp(values, low) >= 0 && cmp(values, high) <= 0) {
            candidates.push(rowAt(pack, pack.ids.indexOf(id)));
            seen.add(id);
          }
        }
      }
      const live = await unshadowed(kind, candidates);
      if (live.length === 0) return rows;
      const keyed = [...rows, ...live].map((row) => ({ row, key: [...(indexValues(row, index) ?? []), row.id] }));
      return keyed.sort((a, b) => cmp(a.key, b.key)).map((item) => item.row);
    },
  };
}

export type RecordStore = ReturnType<typeof createRecordStore>;

const stores = new WeakMap<GentingDb, RecordStore>();

/** The record store of a database (one per database object). */
export function recordsOf(db: GentingDb): RecordStore {
  let store = stores.get(db);
  if (!store) {
    store = createRecordStore(db);
    stores.set(db, store);
  }
  return store;
}
