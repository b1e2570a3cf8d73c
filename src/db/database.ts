// The device's IndexedDB database (Dexie 4): per record kind a row table and (version 5) a
// pack table, read and written only through record-store.ts (docs/client-storage.md); the
// outbox and meta; (version 6) the forms' drafts (drafts.ts).
// Rows are the merged record plus `stamps` (docs/sync-protocol.md, "Merge"; packed by rows.ts) and derived
// index fields whose names start with `$` (never synced, recomputed by rows.ts).
// Invariant: `version(n)` blocks are APPEND-ONLY. A shipped block is never edited; a schema
// change is a new version with its `.upgrade()` and a test that opens the older data
// (tests/unit/db/database-upgrade.test.ts). The outbox index of v1 ([kind+recordId],
// recordId) is declared as shipped and replaced in v3.
import { Dexie } from 'dexie';
import type { EntityTable, Table } from 'dexie';
import { recordKinds } from '../domain/record-kinds.ts';
import type { RecordKind } from '../domain/record-kinds.ts';
import { durabilityMiddleware } from './durability.ts';
import { recordKey } from './outbox-entry.ts';
import type { OutboxChange, OutboxEntry } from './outbox-entry.ts';
import type { DraftRow } from './drafts.ts';
import { packTableName } from './record-store.ts';
import { deriveIndexFields } from './rows.ts';
import type { Row } from './rows.ts';

export type MetaRow = { key: string; value: unknown };

/** Version 1: the first schema (tables and the indexes the screens need). */
export const schemaV1: Record<RecordKind | 'outbox' | 'meta', string> = {
  household: 'id, villageCode, [villageCode+dusun], updatedAt',
  person: 'id, householdId, villageCode, motherId',
  measurement: 'id, personId, [personId+date], villageCode',
  visit: 'id, householdId, [householdId+date], villageCode, date',
  outreach: 'id, villageCode, date',
  sponsor: 'id, villageCode',
  pledge: 'id, sponsorId, beneficiaryId, villageCode, status',
  delivery: 'id, pledgeId, [pledgeId+date], villageCode',
  pokjaMember: 'id, villageCode',
  meeting: 'id, villageCode, date',
  attendance: 'id, meetingId, villageCode',
  actionItem: 'id, meetingId, status, dueDate, villageCode',
  outbox: '++seq, [kind+recordId], recordId, status',
  meta: 'key',
};

/**
 * Version 2: households and persons get `$sortName` (lower-case name without extra spaces)
 * so lists sort and search by name from an index: [villageCode+$sortName] and
 * [householdId+$sortName]. The upgrade fills it on every existing row.
 */
export const schemaV2: Partial<Record<RecordKind, string>> = {
  household: 'id, villageCode, [villageCode+dusun], updatedAt, [villageCode+$sortName]',
  person: 'id, householdId, villageCode, motherId, [householdId+$sortName]',
};

/**
 * Version 3: an outbox entry holds a list of changes (bulk writes put a few entries, not
 * thousands) and is indexed by `*recordKeys` ('kind:id', multiEntry) instead of
 * [kind+recordId] and recordId. The upgrade wraps each version 1 entry's change in a list.
 */
export const schemaV3 = { outbox: '++seq, *recordKeys, status' };

/**
 * Version 4: the high-volume tables keep only the indexes queries.ts reads. Every index is one
 * more IndexedDB write per row (local writes and every pulled or snapshot row): single-field
 * indexes that are the prefix of a compound one (Dexie answers `where('householdId')` from
 * [householdId+...] too) and indexes no query uses are dropped. No data changes.
 */
export const schemaV4: Partial<Record<RecordKind, string>> = {
  household: 'id, [villageCode+$sortName]',
  person: 'id, [householdId+$sortName]',
  measurement: 'id, [personId+date]',
  visit: 'id, [householdId+date]',
  delivery: 'id, [pledgeId+date]',
};

/**
 * Version 5: every kind gets a pack table `<kind>Packs` (record-store.ts): records that arrive
 * many at a time (bulk creates, pulled and snapshot records new to the device) are stored
 * PACK_SIZE rows per value. The row tables keep their rows and indexes; no data moves.
 */
export const schemaV5: Record<string, string> = Object.fromEntries(recordKinds.map((kind) => [packTableName(kind), '++pk, *ids, *keys']));

/**
 * Version 6: `drafts`, the forms' unsaved input kept on the device (drafts.ts): one row per
 * form and record, keyed 'form:record', indexed by when it was written so old ones are dropped.
 * Never synced; no data changes.
 */
export const schemaV6 = { drafts: 'key, savedAt' };

export const currentSchemaVersion = 6;

/** The outbox entry of versions 1 and 2: one change, flat. */
type OutboxEntryV1 = Omit<OutboxChange, never> & Pick<OutboxEntry, 'seq' | 'status' | 'writtenAt' | 'reason' | 'field'>;

function upgradeOutboxEntry(old: OutboxEntryV1): OutboxEntry {
  const { kind, recordId, villageCode, stamp, fields, previous, seq, status, writtenAt, reason, field } = old;
  return {
    ...(seq !== undefined ? { seq } : {}),
    status,
    changes: [{ kind, recordId, villageCode, stamp, fields, previous }],
    recordKeys: [recordKey(kind, recordId)],
    writtenAt,
    ...(reason ? { reason } : {}),
    ...(field ? { field } : {}),
  };
}

export type GentingDb = Dexie & {
  outbox: EntityTable<OutboxEntry, 'seq'>;
  meta: EntityTable<MetaRow, 'key'>;
  drafts: EntityTable<DraftRow, 'key'>;
} & { [K in RecordKind]: Table<Row, string> };

export type OpenOptions = {
  /** fake-indexeddb in Node tests; the browser's own otherwise. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Stops at an older version (tests of the upgrade path). */
  version?: 1 | 2 | 3 | 4 | 5 | 6;
};

/** Declares the versions up to `options.version`; Dexie opens lazily on first use. */
export function createDatabase(name: string, options: OpenOptions = {}): GentingDb {
  const db = new Dexie(name, {
    // No liveQuery result cache: with it Dexie deep-clones every result it hands out (a
    // village's 4,000 persons on each read), and the screens gain nothing from it (each
    // query is read by one screen; queries.ts copies the rows it returns anyway).
    cache: 'disabled',
    // Every read-write transaction is flushed to disk before it completes (Chrome's default
    // is relaxed); pulled pages opt out (durability.ts).
    chromeTransactionDurability: 'strict',
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  db.use({ stack: 'dbcore', name: 'durability', create: durabilityMiddleware });
  db.version(1).stores(schemaV1);
  if ((options.version ?? currentSchemaVersion) >= 2) {
    db.version(2)
      .stores(schemaV2)
      .upgrade(async (tx) => {
        for (const kind of ['household', 'person'] as const) {
          await tx.table<Row>(kind).toCollection().modify((row) => {
            Object.assign(row, deriveIndexFields(kind, row));
          });
        }
      });
  }
  if ((options.version ?? currentSchemaVersion) >= 3) {
    db.version(3)
      .stores(schemaV3)
      .upgrade(async (tx) => {
        await tx.table('outbox').toCollection().modify((entry: Record<string, unknown>, ref: { value: unknown }) => {
          ref.value = upgradeOutboxEntry(entry as OutboxEntryV1);
        });
      });
  }
  if ((options.version ?? currentSchemaVersion) >= 4) db.version(4).stores(schemaV4);
  if ((options.version ?? currentSchemaVersion) >= 5) db.version(5).stores(schemaV5);
  if ((options.version ?? currentSchemaVersion) >= 6) db.version(6).stores(schemaV6);
  return db as GentingDb;
}
