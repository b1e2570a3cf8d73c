// The heart of every repository write (docs/sync-protocol.md, "Client rules" 1), run INSIDE
// one Dexie transaction over [kind table, outbox, meta]:
//   1. when the record has a rejected change, collect the fields its outbox changes still own
//      (their stamp is still the field's stamp): the new change carries them again
//      (fix-and-resend) and replaces those changes, so nothing is lost and a record the
//      server never accepted is resent whole;
//   2. take one HLC stamp;
//   3. write every field of the change with that stamp (a local write is the newest thing
//      this device knows; the server and other devices still merge it by LWW);
//   4. put the row, and append the change to the outbox with the previous values of its
//      fields (for discard). Bulk writes append their changes in a few large entries.
import type { RecordKind } from '../domain/record-kinds.ts';
import type { FieldValues, MergedRecord } from '../sync/merge.ts';
import type { GentingDb } from './database.ts';
import type { DeviceClock } from './device-clock.ts';
import { pendingEntries, recordKey } from './outbox-entry.ts';
import type { OutboxChange, OutboxEntry } from './outbox-entry.ts';
import { addAll } from './raw-add.ts';
import { recordsOf } from './record-store.ts';
import { fromRow, newRow, toRow } from './rows.ts';
import type { Row } from './rows.ts';

export type LocalChange = { kind: RecordKind; id: string; villageCode: string; fields: FieldValues };

type Previous = OutboxChange['previous'];

/** Rejected entries of a record (each holds exactly one change). */
export function rejectedEntriesOf(db: GentingDb, kind: RecordKind, id: string): Promise<OutboxEntry[]> {
  return db.outbox.where('recordKeys').equals(recordKey(kind, id)).filter((entry) => entry.status === 'rejected').toArray();
}

/**
 * Step 1. When the record has a rejected change, the new change supersedes EVERY outbox change
 * of the record (rejected and pending): it carries each field one of them still owns, so a
 * record the server never accepted is sent whole again (a creating change must be whole).
 * `previous` of a field comes from the first change that wrote it (the server's view).
 */
async function collectSuperseded(db: GentingDb, change: LocalChange, current: MergedRecord | undefined) {
  const key = recordKey(change.kind, change.id);
  const entries = await db.outbox.where('recordKeys').equals(key).toArray();
  const carried: FieldValues = {};
  const previous: Previous = { values: {}, stamps: {} };
  if (!entries.some((entry) => entry.status === 'rejected')) return { entries: [], carried, previous };
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const old of entry.changes) {
      if (recordKey(old.kind, old.recordId) !== key) continue;
      for (const field of Object.keys(old.fields)) {
        if (!seen.has(field)) copyPrevious(old.previous, previous, field);
        seen.add(field);
        if (current?.stamps[field] === old.stamp) carried[field] = current.values[field];
      }
    }
  }
  return { entries, carried, previous };
}

/** Removes the record's changes from the superseded entries (deleting emptied ones). */
async function dropSuperseded(db: GentingDb, entries: readonly OutboxEntry[], key: string): Promise<void> {
  for (const entry of entries) {
    const left = entry.changes.filter((c) => recordKey(c.kind, c.recordId) !== key);
    if (left.length === 0) await db.outbox.delete(entry.seq as number);
    else await db.outbox.put({ ...entry, changes: left, recordKeys: entry.recordKeys.filter((k) => k !== key) });
  }
}

function copyPrevious(from: Previous, to: Previous, field: string): void {
  if (field in from.values) to.values[field] = from.values[field];
  const stamp = from.stamps[field];
  if (stamp !== undefined) to.stamps[field] = stamp;
}

/** Step 3: every field of the change takes the new stamp. */
export function applyLocal(current: MergedRecord | undefined, stamp: string, fields: FieldValues): MergedRecord {
  const values = { ...(current?.values ?? {}) };
  const stamps = { ...(current?.stamps ?? {}) };
  for (const [field, value] of Object.entries(fields)) {
    values[field] = value === undefined ? null : value;
    stamps[field] = stamp;
  }
  return { values, stamps };
}

/**
 * Steps 1-3 and the row of step 4; returns the outbox change for the caller to append
 * (appendChanges), or null when nothing is left to send.
 */
export async function stageLocalChange(db: GentingDb, clock: DeviceClock, change: LocalChange, current: MergedRecord | undefined): Promise<OutboxChange | null> {
  const superseded = await collectSuperseded(db, change, current);
  await dropSuperseded(db, superseded.entries, recordKey(change.kind, change.id));
  const fields = { ...superseded.carried, ...change.fields };
  // Nothing left: every field of the rejected entries was overwritten by newer server changes.
  if (Object.keys(fields).length === 0) return null;
  const previous = superseded.previous;
  for (const field of Object.keys(change.fields)) {
    if (!(field in superseded.carried) && current && field in current.values) copyPrevious(current, previous, field);
  }
  const [stamp] = await clock.stamp(db);
  if (stamp === undefined) throw new Error('clock issued no stamp');
  const merged = applyLocal(current, stamp, fields);
  merged.values.id = change.id;
  await recordsOf(db).put(change.kind, [toRow(change.kind, change.id, merged)]);
  return { kind: change.kind, recordId: change.id, villageCode: change.villageCode, stamp, fields, previous };
}

/** Step 4 (outbox part): appends pending changes in as few entries as the limit allows. */
export async function appendChanges(db: GentingDb, changes: readonly (OutboxChange | null)[], writtenAt: string): Promise<void> {
  const kept = changes.filter((change): change is OutboxChange => change !== null);
  if (kept.length > 1) await addAll(db.outbox, pendingEntries(kept, writtenAt));
  else if (kept.length === 1) await db.outbox.bulkAdd(pendingEntries(kept, writtenAt));
}

/**
 * Sends the rejected changes of a record again, unchanged but with a new stamp ("Kirim
 * ulang"; also done automatically after a clock-too-far-ahead rejection once the clock is
 * corrected). Returns false when the record has no rejected change.
 */
export async function resendRejected(db: GentingDb, clock: DeviceClock, kind: RecordKind, recordId: string, writtenAt: string): Promise<boolean> {
  return db.transaction('rw', [...recordsOf(db).tables(kind), db.outbox, db.meta], async () => {
    const rejected = await rejectedEntriesOf(db, kind, recordId);
    const row = await recordsOf(db).get(kind, recordId);
    if (rejected.length === 0 || !row) return false;
    const staged = await stageLocalChange(db, clock, { kind, id: recordId, villageCode: String(row.villageCode), fields: {} }, fromRow(row));
    await appendChanges(db, [staged], writtenAt);
    return true;
  });
}

/** Creates many new records in the caller's transaction: one stamp each, bulk writes. */
export async function writeNewRecords(db: GentingDb, clock: DeviceClock, kind: RecordKind, records: readonly FieldValues[], writtenAt: string): Promise<void> {
  await writeNewRecordsOfKinds(db, clock, [{ kind, records }], writtenAt);
}

/**
 * Creates new records of several kinds in the caller's transaction (its tables: every kind's,
 * the outbox and meta): one stamp each, issued group by group, each kind's rows in one bulk
 * write, all changes appended to the outbox in that order.
 */
export async function writeNewRecordsOfKinds(db: GentingDb, clock: DeviceClock, groups: readonly { kind: RecordKind; records: readonly FieldValues[] }[], writtenAt: string): Promise<void> {
  const total = groups.reduce((sum, group) => sum + group.records.length, 0);
  const { stamps, persisted } = await clock.issue(db, total);
  const writes: Promise<void>[] = [persisted];
  const changes: OutboxChange[] = [];
  let next = 0;
  for (const { kind, records } of groups) {
    const rows: Row[] = [];
    for (const values of records) {
      const stamp = stamps[next++] as string;
      const id = String(values.id);
      const { id: _omit, ...fields } = values;
      rows.push(newRow(kind, id, stamp, fields));
      changes.push({ kind, recordId: id, villageCode: String(values.villageCode), stamp, fields, previous: { values: {}, stamps: {} } });
    }
    writes.push(recordsOf(db).addNew(kind, rows));
  }
  // Clock state, rows and outbox entries go out together (one transaction, different tables):
  // a save waits for two round trips (read the clock, write all), not three.
  writes.push(appendChanges(db, changes, writtenAt));
  await Promise.all(writes);
}
