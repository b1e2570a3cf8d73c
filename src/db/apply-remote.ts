// Applies what the server sends (docs/sync-protocol.md, "Pull" and "Snapshot"), one page per
// Dexie transaction, as Actual does: merge the whole page into the rows (shared merge of
// src/sync/merge.ts, bulk reads and bulk writes), keep outbox `previous` values current, move
// the HLC past every stamp, and only then advance the cursor, all in the same transaction.
// A page that fails leaves nothing applied and the cursor where it was: it is simply pulled again.
import { isRecordKind, recordKinds } from '../domain/record-kinds.ts';
import type { RecordKind } from '../domain/record-kinds.ts';
import { STAMP_LENGTH } from '../sync/hlc.ts';
import { applyChange, mergeRecords, winsOver } from '../sync/merge.ts';
import type { MergedRecord } from '../sync/merge.ts';
import type { PulledChange, SnapshotRecord } from '../sync/protocol.ts';
import type { GentingDb } from './database.ts';
import { relaxedWrites } from './durability.ts';
import type { DeviceClock } from './device-clock.ts';
import { deleteMeta, writeMeta } from './meta.ts';
import type { SnapshotProgress } from './meta.ts';
import { raiseFloor } from './outbox.ts';
import { recordKey } from './outbox-entry.ts';
import type { OutboxChange, OutboxEntry } from './outbox-entry.ts';
import { recordsOf } from './record-store.ts';
import { fromRow, toRow } from './rows.ts';
import type { Row } from './rows.ts';

type Incoming = { kind: RecordKind; id: string; merge: (record: MergedRecord | undefined) => MergedRecord };

/** Reads the touched rows of each kind, folds the page into them, writes them back in bulk. */
async function mergeIntoRows(db: GentingDb, incoming: readonly Incoming[], idOrdered = false): Promise<void> {
  const byKind = new Map<RecordKind, Incoming[]>();
  for (const item of incoming) {
    const list = byKind.get(item.kind);
    if (list) list.push(item);
    else byKind.set(item.kind, [item]);
  }
  // Kinds are separate tables: their reads and writes go out together.
  await Promise.all([...byKind].map(([kind, items]) => mergeKind(db, kind, items, idOrdered)));
}

async function mergeKind(db: GentingDb, kind: RecordKind, items: readonly Incoming[], idOrdered: boolean): Promise<void> {
  const records = recordsOf(db);
  const ids = [...new Set(items.map((item) => item.id))].sort();
  // Snapshot pages come in id order: past the kind's last id there is nothing to read.
  const lastId = idOrdered ? await records.lastId(kind) : null;
  const rows = lastId === undefined || (lastId !== null && (ids[0] as string) > lastId) ? [] : await records.bulkGet(kind, ids);
  const existed = new Set<string>();
  const merged = new Map<string, MergedRecord | undefined>();
  ids.forEach((id, index) => {
    const row = rows[index];
    if (row) existed.add(id);
    merged.set(id, row ? fromRow(row) : undefined);
  });
  const changed = new Set<string>();
  for (const item of items) {
    const before = merged.get(item.id);
    const after = item.merge(before);
    if (after !== before) {
      merged.set(item.id, after);
      changed.add(item.id);
    }
  }
  const updated: Row[] = [];
  const added: Row[] = [];
  for (const id of changed) {
    const record = merged.get(id) as MergedRecord;
    record.values.id = id;
    (existed.has(id) ? updated : added).push(toRow(kind, id, record));
  }
  // Records new to the device go into (small) packs: later edits read them one by one; the
  // others get (or keep) their own row.
  await Promise.all([records.put(kind, updated), records.addNew(kind, added, { pulled: true })]);
}

type ShadowChange = Pick<PulledChange, 'kind' | 'id' | 'stamp' | 'fields'>;

/** A snapshot record as one change per field, for shadowOutbox. */
function asChanges(record: SnapshotRecord): ShadowChange[] {
  return Object.entries(record.stamps).map(([field, stamp]) => ({ kind: record.kind, id: record.id, stamp, fields: { [field]: record.fields[field] } }));
}

/** Keeps each outbox change's `previous` equal to the server's view of its fields. */
async function shadowOutbox(db: GentingDb, pageChanges: readonly ShadowChange[] | (() => readonly ShadowChange[])): Promise<void> {
  if ((await db.outbox.count()) === 0) return;
  const changes = typeof pageChanges === 'function' ? pageChanges() : pageChanges;
  const entries = await db.outbox.where('recordKeys').anyOf([...new Set(changes.map((c) => recordKey(c.kind, c.id)))]).toArray();
  if (entries.length === 0) return;
  const byRecord = new Map<string, { entry: OutboxEntry; change: OutboxChange }[]>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      const key = recordKey(change.kind, change.recordId);
      const list = byRecord.get(key);
      if (list) list.push({ entry, change });
      else byRecord.set(key, [{ entry, change }]);
    }
  }
  const touched = new Set<OutboxEntry>();
  for (const incoming of changes) {
    for (const { entry, change } of byRecord.get(recordKey(incoming.kind, incoming.id)) ?? []) {
      for (const [field, value] of Object.entries(incoming.fields)) {
        if (!(field in change.fields)) continue;
        const { values, stamps } = change.previous;
        if (!winsOver(incoming.stamp, value, stamps[field], values[field])) continue;
        values[field] = value;
        stamps[field] = incoming.stamp;
        touched.add(entry);
      }
    }
  }
  if (touched.size > 0) await db.outbox.bulkPut([...touched]);
}

function highest(stamps: Iterable<string>): string | undefined {
  let top: string | undefined;
  for (const stamp of stamps) if (top === undefined || stamp > top) top = stamp;
  return top;
}

const recordTables = (db: GentingDb) => recordKinds.flatMap((kind) => recordsOf(db).tables(kind));

/** True for a change this device made (its stamp ends with the node id). */
function isOwnChange(stamp: string, nodeId: string): boolean {
  return stamp.length === STAMP_LENGTH && stamp.endsWith(nodeId);
}

/**
 * One pull page: rows, outbox shadows, HLC, floor and cursor in one transaction. The device's
 * own changes coming back (after a push, every one of them) are skipped: each was written
 * here first and a row's stamps only move forward, so merging them again changes nothing;
 * they still move the clock, the floor and the cursor.
 */
export async function applyPulledPage(db: GentingDb, clock: DeviceClock, changes: readonly PulledChange[], cursor: number): Promise<void> {
  const known = changes.filter((change) => isRecordKind(change.kind) && !isOwnChange(change.stamp, clock.nodeId));
  const stamps = changes.map((change) => change.stamp);
  const top = highest(stamps);
  // Only the tables the page touches (a page of own or foreign-village changes: meta alone).
  const kinds = [...new Set(known.map((change) => change.kind))];
  const tables = kinds.length > 0 ? [...kinds.flatMap((kind) => recordsOf(db).tables(kind as RecordKind)), db.outbox, db.meta] : [db.meta];
  // The parts touch different rows and keys: their requests go out together.
  // Relaxed: a page lost with its cursor is pulled again (durability.ts).
  await relaxedWrites(() => db.transaction('rw', tables, async () => {
    await Promise.all([
      mergeIntoRows(
        db,
        known.map((change) => ({ kind: change.kind as RecordKind, id: change.id, merge: (record) => applyChange(record, change) })),
      ),
      known.length > 0 ? shadowOutbox(db, known) : undefined,
      clock.receive(db, stamps),
      top !== undefined ? raiseFloor(db, top) : undefined,
      writeMeta(db, 'pullCursor', cursor),
    ]);
  }));
}

/** One snapshot page; `next` null = the snapshot is complete and pulling starts at `cursor`. */
export async function applySnapshotPage(db: GentingDb, clock: DeviceClock, records: readonly SnapshotRecord[], cursor: number, next: string | null): Promise<void> {
  const known = records.filter((record) => isRecordKind(record.kind));
  const stamps = known.flatMap((record) => Object.values(record.stamps));
  const top = highest(stamps);
  await relaxedWrites(() => db.transaction('rw', [...recordTables(db), db.outbox, db.meta], async () => {
    await Promise.all([
      mergeIntoRows(
        db,
        known.map((record) => ({
          kind: record.kind as RecordKind,
          id: record.id,
          merge: (current) => mergeRecords(current, { values: record.fields, stamps: record.stamps }),
        })),
        true,
      ),
      shadowOutbox(db, () => known.flatMap(asChanges)),
      clock.receive(db, stamps),
      top !== undefined ? raiseFloor(db, top) : undefined,
      ...(next === null
        ? [writeMeta(db, 'pullCursor', cursor), writeMeta(db, 'snapshotDone', true), deleteMeta(db, 'snapshotProgress')]
        : [writeMeta(db, 'snapshotProgress', { cursor, after: next } satisfies SnapshotProgress)]),
    ]);
  }));
}
