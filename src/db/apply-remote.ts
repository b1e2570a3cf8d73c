// Applies what the server sends (docs/sync-protocol.md, "Pull" and "Snapshot"), one page per
// Dexie transaction, as Actual does: merge the whole page into the rows (shared merge of
// src/sync/merge.ts, bulk reads and bulk writes), keep outbox `previous` values current, move
// the HLC past every stamp, and only then advance the cursor, all in the same transaction.
// A page that fails leaves nothing applied and the cursor where it was: it is simply pulled again.
// A record that moves to a village outside the signed-in account's scope leaves the device
// (unless an unsent change of it waits in the outbox: nothing a cadre typed is dropped); one
// that moves in arrives whole, with per-field stamps, and is merged as a snapshot record.
import { isRecordKind, recordKinds } from '../domain/record-kinds.ts';
import type { RecordKind } from '../domain/record-kinds.ts';
import { applyChange, mergeRecords, winsOver } from '../sync/merge.ts';
import type { MergedRecord } from '../sync/merge.ts';
import type { ScopeWire } from '../sync/account-api.ts';
import type { PulledChange, SnapshotRecord } from '../sync/protocol.ts';
import type { GentingDb } from './database.ts';
import { relaxedWrites } from './durability.ts';
import type { DeviceClock } from './device-clock.ts';
import { deleteMeta, readMeta, writeMeta } from './meta.ts';
import type { SnapshotProgress } from './meta.ts';
import { raiseFloor } from './outbox.ts';
import { recordKey } from './outbox-entry.ts';
import type { OutboxChange, OutboxEntry } from './outbox-entry.ts';
import { recordsOf } from './record-store.ts';
import { queueWhatServerLacks } from './resync.ts';
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

/** A snapshot record (or a pulled whole record) as one change per field, for shadowOutbox. */
function asChanges(record: Pick<SnapshotRecord, 'kind' | 'id' | 'fields' | 'stamps'>): ShadowChange[] {
  return Object.entries(record.stamps).map(([field, stamp]) => ({ kind: record.kind, id: record.id, stamp, fields: { [field]: record.fields[field] } }));
}

/** The page's changes for shadowOutbox: a whole record (a move into scope) field by field. */
function shadowChanges(changes: readonly PulledChange[]): ShadowChange[] {
  return changes.flatMap((change) => (change.stamps ? asChanges({ ...change, stamps: change.stamps }) : [change]));
}

/** The same test as the server's (sync-server/auth/scope.ts isInScope). */
function isInScope(scope: ScopeWire, villageCode: string): boolean {
  if (scope === 'all') return true;
  if ('villages' in scope) return scope.villages.includes(villageCode);
  return scope.prefixes.some((prefix) => villageCode.startsWith(prefix));
}

/**
 * Records the page moved outside the session's scope leave the device, except those with a
 * change in the outbox (its push will say outside-scope; the user sees it in the rejected list).
 * Without a session (development token, tests) the device knows no scope and keeps everything.
 */
async function dropMovedAway(db: GentingDb, changes: readonly PulledChange[]): Promise<void> {
  const scope = (await readMeta(db, 'session'))?.user.scope;
  if (!scope) return;
  const away = new Map<string, { kind: RecordKind; id: string }>();
  for (const change of changes) {
    const key = recordKey(change.kind, change.id);
    if (isInScope(scope, change.villageCode)) away.delete(key);
    else away.set(key, { kind: change.kind as RecordKind, id: change.id });
  }
  if (away.size === 0) return;
  const pending = new Set((await db.outbox.where('recordKeys').anyOf([...away.keys()]).toArray()).flatMap((entry) => entry.changes.map((c) => recordKey(c.kind, c.recordId))));
  const records = recordsOf(db);
  for (const [key, { kind, id }] of away) {
    if (pending.has(key)) continue;
    const row = await records.get(kind, id);
    if (row && !isInScope(scope, String(fromRow(row).values.villageCode))) await records.delete(kind, id);
  }
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

/**
 * One pull page: rows, outbox shadows, HLC, floor and cursor in one transaction. Every change
 * is merged, whatever node its stamp names: the server leaves out this device's own pushes
 * (pull's `node`), and one that comes back anyway (a restored server, an older server) merges
 * to nothing new. Skipping by the stamp's node would let a stamp that names this phone's node,
 * pushed from another device, hide a change from it.
 */
export async function applyPulledPage(db: GentingDb, clock: DeviceClock, changes: readonly PulledChange[], cursor: number): Promise<void> {
  const known = changes.filter((change) => isRecordKind(change.kind));
  const stamps = changes.flatMap((change) => (change.stamps ? [change.stamp, ...Object.values(change.stamps)] : [change.stamp]));
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
        known.map((change) => {
          const whole = change.stamps;
          return {
            kind: change.kind as RecordKind,
            id: change.id,
            merge: (record: MergedRecord | undefined) => (whole ? mergeRecords(record, { values: change.fields, stamps: whole }) : applyChange(record, change)),
          };
        }),
      ).then(() => (known.length > 0 ? dropMovedAway(db, known) : undefined)),
      known.length > 0 ? shadowOutbox(db, () => shadowChanges(known)) : undefined,
      clock.receive(db, stamps),
      top !== undefined ? raiseFloor(db, top) : undefined,
      writeMeta(db, 'pullCursor', cursor),
    ]);
  }));
}

/**
 * How a snapshot page was asked for: `epoch` (the server log's, when it names one) is stored
 * with the progress and the cursor; `after` is the key the page was asked after (null on the
 * first), for the comparison of a resync (resync.ts). Returns the changes queued again.
 */
export type SnapshotPageContext = { epoch?: string | undefined; after?: string | null };

/** One snapshot page; `next` null = the snapshot is complete and pulling starts at `cursor`. */
export async function applySnapshotPage(
  db: GentingDb,
  clock: DeviceClock,
  records: readonly SnapshotRecord[],
  cursor: number,
  next: string | null,
  context: SnapshotPageContext = {},
): Promise<number> {
  const known = records.filter((record) => isRecordKind(record.kind));
  const stamps = known.flatMap((record) => Object.values(record.stamps));
  const top = highest(stamps);
  return relaxedWrites(() => db.transaction('rw', [...recordTables(db), db.outbox, db.meta], async () => {
    // After a server restore: what this device holds and the server lacks goes back in the
    // outbox first, read before the page is merged into the rows.
    const resent = (await readMeta(db, 'resyncCompare'))
      ? await queueWhatServerLacks(db, known, context.after ?? null, next, new Date(clock.now()).toISOString())
      : 0;
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
        ? [writeMeta(db, 'pullCursor', cursor), writeMeta(db, 'snapshotDone', true), deleteMeta(db, 'snapshotProgress'), deleteMeta(db, 'resyncCompare')]
        : [writeMeta(db, 'snapshotProgress', { cursor, after: next } satisfies SnapshotProgress)]),
      context.epoch !== undefined ? writeMeta(db, 'syncEpoch', context.epoch) : undefined,
    ]);
    return resent;
  }));
}
