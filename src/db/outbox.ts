// Outbox operations of the sync engine and of the "belum terkirim" screens
// (docs/sync-protocol.md, "Client rules" 2 and 4). A change leaves the outbox only when the
// server answered 'accepted' or 'duplicate' for its (id, stamp), or when the user discards
// it after a rejection: never silently.
import { Dexie } from 'dexie';
import { jsonByteLength } from '../sync/protocol.ts';
import type { PushResult } from '../sync/protocol.ts';
import type { GentingDb } from './database.ts';
import { readMeta, writeMeta } from './meta.ts';
import { recordKey, toChange } from './outbox-entry.ts';
import type { OutboxChange, OutboxEntry, OutboxRejectionReason } from './outbox-entry.ts';
import { recordsOf } from './record-store.ts';
import { fromRow, toRow } from './rows.ts';
import type { Row } from './rows.ts';

export type BatchLimits = { maxCount: number; maxBytes: number };
/** Changes of one push, with the entry each came from. */
export type PushBatch = { seq: number; change: OutboxChange }[];

const inFlightKey = (seq: number, change: OutboxChange) => `${seq}|${change.recordId}|${change.stamp}`;

/**
 * The oldest pending changes that fit in one push (at least one, whatever its size), after
 * the changes of `inFlight` (a batch still at the server, whose answer is not recorded yet).
 */
export async function takePushBatch(db: GentingDb, limits: BatchLimits, inFlight: PushBatch = [], walk?: { complete: boolean }): Promise<PushBatch> {
  const batch: PushBatch = [];
  // `walk.complete`: every pending change was taken (none left for a later batch).
  let full = false;
  const skip = new Set(inFlight.map((item) => inFlightKey(item.seq, item.change)));
  const lastSeq = inFlight.length > 0 ? Math.max(...inFlight.map((item) => item.seq)) : -1;
  let bytes = 64;
  // The status index orders equal keys by primary key (seq): oldest first.
  await db.outbox
    .where('status')
    .equals('pending')
    .until(() => batch.length >= limits.maxCount || bytes > limits.maxBytes)
    .each((entry) => {
      const seq = entry.seq as number;
      for (const change of entry.changes) {
        if (skip.size > 0 && seq <= lastSeq && skip.has(inFlightKey(seq, change))) continue;
        if (batch.length >= limits.maxCount) return void (full = true);
        bytes += jsonByteLength(toChange(change)) + 1;
        if (batch.length > 0 && bytes > limits.maxBytes) return void (full = true);
        batch.push({ seq: entry.seq as number, change });
      }
    });
  if (walk) walk.complete = !full && batch.length < limits.maxCount && bytes <= limits.maxBytes;
  return batch;
}

export type PushOutcome = { settled: number; rejected: { change: OutboxChange; reason: PushResult['reason'] }[] };

/** A per-change answer: the server's, or the device's own refusal (localRejectionReasons). */
type ChangeResult = Omit<PushResult, 'reason'> & { reason?: OutboxRejectionReason };

function rejectedEntry(change: OutboxChange, result: ChangeResult, writtenAt: string): OutboxEntry {
  return {
    status: 'rejected',
    changes: [change],
    recordKeys: [recordKey(change.kind, change.recordId)],
    writtenAt,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.field ? { field: result.field } : {}),
  };
}

/** Applies the server's per-change answers in one transaction; returns what it settled. */
export async function recordPushResults(db: GentingDb, batch: PushBatch, results: readonly ChangeResult[]): Promise<PushOutcome> {
  const byKey = new Map(results.map((result) => [`${result.id}|${result.stamp}`, result]));
  const outcome: PushOutcome = { settled: 0, rejected: [] };
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const seqs = [...new Set(batch.map((item) => item.seq))];
    const entries = await db.outbox.bulkGet(seqs);
    const added: OutboxEntry[] = [];
    const emptied: number[] = [];
    const shrunk: OutboxEntry[] = [];
    let floor: string | undefined;
    for (const entry of entries) {
      if (!entry) continue;
      const left = entry.changes.filter((change) => {
        const result = byKey.get(`${change.recordId}|${change.stamp}`);
        if (!result) return true;
        outcome.settled += 1;
        if (result.status === 'rejected') {
          if (result.reason !== 'server-error') outcome.rejected.push({ change, reason: result.reason });
          added.push(rejectedEntry(change, result, entry.writtenAt));
        } else if (floor === undefined || change.stamp > floor) floor = change.stamp;
        return false;
      });
      if (left.length === 0) emptied.push(entry.seq as number);
      else if (left.length < entry.changes.length) shrunk.push({ ...entry, changes: left, recordKeys: [...new Set(left.map((c) => recordKey(c.kind, c.recordId)))] });
    }
    // Disjoint keys: the writes go out together.
    await Promise.all([
      emptied.length > 0 ? db.outbox.bulkDelete(emptied) : undefined,
      shrunk.length > 0 ? db.outbox.bulkPut(shrunk) : undefined,
      added.length > 0 ? db.outbox.bulkAdd(added) : undefined,
      floor !== undefined ? raiseFloor(db, floor) : undefined,
    ]);
  });
  return outcome;
}

/**
 * Moves changes the server cannot take (push isolation in sync-steps.ts) to the rejected list
 * with reason 'server-error': the user fixes and resends or discards them like any refusal.
 */
export async function rejectUnsendable(db: GentingDb, items: PushBatch): Promise<void> {
  const results = items.map(({ change }) => ({ id: change.recordId, stamp: change.stamp, status: 'rejected' as const, reason: 'server-error' as const }));
  await recordPushResults(db, items, results);
}

/** Raises meta.hlcFloor (highest stamp the server holds from or for this device). */
export async function raiseFloor(db: GentingDb, stamp: string): Promise<void> {
  const floor = await readMeta(db, 'hlcFloor');
  if (floor === undefined || stamp > floor) await writeMeta(db, 'hlcFloor', stamp);
}

/**
 * Discards a rejected change: each of its fields that still carries its stamp gets back the
 * value and stamp it had before (kept up to date with pulled changes, see apply-remote.ts).
 * A record that only ever existed in this change (a refused create) is removed.
 */
export async function discardRejected(db: GentingDb, seq: number): Promise<boolean> {
  const found = (await db.outbox.get(seq))?.changes[0];
  if (!found) return false;
  return db.transaction('rw', [...recordsOf(db).tables(found.kind), db.outbox], async () => {
    const entry = await db.outbox.get(seq);
    const change = entry?.changes[0];
    if (!entry || entry.status !== 'rejected' || !change) return false;
    const row = await recordsOf(db).get(change.kind, change.recordId);
    if (row) await restoreFields(db, change, row);
    await db.outbox.delete(seq);
    return true;
  });
}

async function restoreFields(db: GentingDb, change: OutboxChange, row: Row): Promise<void> {
  const { values, stamps } = fromRow(row);
  for (const field of Object.keys(change.fields)) {
    if (stamps[field] !== change.stamp) continue;
    const before = change.previous.stamps[field];
    if (before === undefined) {
      delete values[field];
      delete stamps[field];
    } else {
      values[field] = change.previous.values[field];
      stamps[field] = before;
    }
  }
  if (Object.keys(stamps).length === 0) await recordsOf(db).delete(change.kind, change.recordId);
  else await recordsOf(db).put(change.kind, [toRow(change.kind, change.recordId, { values, stamps })]);
}

export type OutboxSummary = { pendingCount: number; rejected: OutboxEntry[]; unsyncedKeys: Set<string> };

/**
 * Distinct record keys read per step of the walk. Outside a transaction each step is its own
 * short read, so a write (a cadre's save) waits for one step at most, never for the whole walk
 * (thousands of keys on a device that has not synced yet; IndexedDB starts a read-write
 * transaction only after the reads begun before it).
 */
export const keyWalkStep = 500;

/**
 * One step of the walk on the bare IndexedDB key cursor: up to keyWalkStep distinct keys
 * after `after`, in a read transaction of its own. Dexie's cursor costs ten times as much per
 * key (its promise zones): on a slow phone a 500-key step took 150-300 ms through Dexie, a
 * save queued behind it as long; bare, the step takes about 20 ms. No IDBKeyRange (a test's
 * fake IndexedDB has none globally): the cursor jumps to `after` with continue(key).
 */
function keyStep(idb: IDBDatabase, after: string | undefined): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction('outbox', 'readonly');
    const request = tx.objectStore('outbox').index('recordKeys').openKeyCursor(null, 'nextunique');
    const keys: string[] = [];
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      const key = String(cursor.key);
      if (after !== undefined && key <= after) {
        if (key < after) cursor.continue(after);
        else cursor.continue();
        return;
      }
      keys.push(key);
      if (keys.length < keyWalkStep) cursor.continue();
    };
    tx.oncomplete = () => resolve(keys);
    tx.onabort = () => reject(tx.error ?? new Error('outbox key walk aborted'));
  });
}

async function distinctRecordKeys(db: GentingDb): Promise<Set<string>> {
  const found = new Set<string>();
  // Inside a transaction (refreshOutboxStatus): one consistent read through Dexie.
  if (Dexie.currentTransaction) {
    for (const key of await db.outbox.orderBy('recordKeys').uniqueKeys()) found.add(String(key));
    return found;
  }
  const idb = db.backendDB();
  let last: string | undefined;
  for (;;) {
    const keys = await keyStep(idb, last);
    for (const key of keys) found.add(key);
    if (keys.length < keyWalkStep) return found;
    last = keys[keys.length - 1];
  }
}

/** The outbox figures without the per-record keys: a few index reads, cheap at any size. */
export async function countOutbox(db: GentingDb): Promise<Omit<OutboxSummary, 'unsyncedKeys'>> {
  if ((await db.outbox.count()) === 0) return { pendingCount: 0, rejected: [] };
  const [rejected, changes] = await Promise.all([
    db.outbox.where('status').equals('rejected').toArray(),
    // One index key per change (a bulk entry never holds two changes of one record).
    db.outbox.orderBy('recordKeys').count(),
  ]);
  return { pendingCount: changes - rejected.length, rejected };
}

/**
 * kind:id of every record with a change in the outbox: a walk of the record-key index, one
 * key at a time (thousands on a device that has not synced yet), so read only where the
 * per-record marks are shown (sync-engine.ts, wantRecordKeys).
 */
export async function unsyncedRecordKeys(db: GentingDb): Promise<Set<string>> {
  // An empty outbox (the usual state after a sync) answers from the entry count alone: the
  // record-key index can hold many deleted keys until the store compacts, slow to walk.
  // The count also makes a live query of this walk re-run on every outbox change (the bare
  // cursor of the walk is not seen by Dexie).
  if ((await db.outbox.count()) === 0) return new Set();
  return distinctRecordKeys(db);
}

/** Counts and keys for the status store from the indexes, plus the rejected entries. */
export async function summarizeOutbox(db: GentingDb): Promise<OutboxSummary> {
  const [figures, unsyncedKeys] = await Promise.all([countOutbox(db), unsyncedRecordKeys(db)]);
  return { ...figures, unsyncedKeys };
}
