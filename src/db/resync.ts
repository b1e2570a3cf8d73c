// After the server was restored (docs/sync-protocol.md, "Epoch"): the device loads a snapshot
// of the restored log from scratch, and before merging each page it compares the records it
// holds in that page's (kind, id) range with the server's: every field the device holds with
// a newer stamp than the server's (or that the server lacks, record and all) goes back in the
// outbox with its ORIGINAL stamp, one change per (record, stamp), so the server's merge ends
// exactly where it was before the restore (a field another device changed later keeps that
// later value: its stamp wins). Changes still in the outbox are sent anyway and are skipped.
// A record the server lacks is re-created by its oldest change, which carries every field:
// those written later carry their current value under that older stamp, and their own
// (newer) change, sent right after, sets the same value again, so the result is the same.
import { recordKinds } from '../domain/record-kinds.ts';
import type { RecordKind } from '../domain/record-kinds.ts';
import type { FieldStamps, FieldValues, MergedRecord } from '../sync/merge.ts';
import type { SnapshotRecord } from '../sync/protocol.ts';
import { canWriteSomeOfKind } from '../sync/roles.ts';
import type { GentingDb } from './database.ts';
import { readMeta } from './meta.ts';
import { pendingEntries, recordKey } from './outbox-entry.ts';
import type { OutboxChange } from './outbox-entry.ts';
import { recordsOf } from './record-store.ts';
import { fromRow } from './rows.ts';

type Key = { kind: RecordKind; id: string } | null;

function parseKey(key: string | null): Key {
  if (key === null) return null;
  const colon = key.indexOf(':');
  return { kind: key.slice(0, colon) as RecordKind, id: key.slice(colon + 1) };
}

/**
 * The page covers the records after `after` up to its last record (`next`), or to the end
 * when `next` is null (the last page): per kind, the id bounds of that range.
 */
function pageRange(after: string | null, next: string | null): { kind: RecordKind; after: string | null; upTo: string | null }[] {
  const from = parseKey(after);
  const to = parseKey(next);
  const first = from ? recordKinds.indexOf(from.kind) : 0;
  const last = to ? recordKinds.indexOf(to.kind) : recordKinds.length - 1;
  const ranges = [];
  for (let index = Math.max(first, 0); index <= last; index += 1) {
    const kind = recordKinds[index] as RecordKind;
    ranges.push({ kind, after: from && index === first ? from.id : null, upTo: to && index === last ? to.id : null });
  }
  return ranges;
}

/** The changes that bring the server's record up to the device's (one per stamp, oldest first). */
export function changesServerLacks(kind: RecordKind, id: string, local: MergedRecord, server: { values: FieldValues; stamps: FieldStamps } | undefined): OutboxChange[] {
  const groups = new Map<string, FieldValues>();
  for (const [field, stamp] of Object.entries(local.stamps)) {
    if (field === 'id') continue;
    const theirs = server?.stamps[field];
    if (theirs !== undefined && theirs >= stamp) continue;
    const group = groups.get(stamp) ?? {};
    group[field] = local.values[field] ?? null;
    groups.set(stamp, group);
  }
  if (groups.size === 0) return [];
  const stamps = [...groups.keys()].sort();
  if (server === undefined) {
    // The oldest change creates the record: it carries every field (see the top of the file).
    const oldest = groups.get(stamps[0] as string) as FieldValues;
    for (const [field, value] of Object.entries(local.values)) if (field !== 'id' && !(field in oldest)) oldest[field] = value ?? null;
  }
  const villageCode = String(local.values.villageCode ?? '');
  return stamps.map((stamp) => {
    const fields = groups.get(stamp) as FieldValues;
    const previous = { values: {} as FieldValues, stamps: {} as FieldStamps };
    for (const field of Object.keys(fields)) {
      const theirs = server?.stamps[field];
      if (theirs === undefined) continue;
      previous.values[field] = server?.values[field];
      previous.stamps[field] = theirs;
    }
    return { kind, recordId: id, villageCode, stamp, fields, previous };
  });
}

/**
 * Before a snapshot page is merged (same transaction: record tables, outbox, meta): queues
 * again what the device holds and the page's server records lack. `after` is the `next` of the
 * previous page (null on the first); `next` the page's own (null on the last).
 */
export async function queueWhatServerLacks(db: GentingDb, records: readonly SnapshotRecord[], after: string | null, next: string | null, writtenAt: string): Promise<number> {
  const session = await readMeta(db, 'session');
  const role = session?.user.role;
  const server = new Map(records.map((record) => [recordKey(record.kind, record.id), record]));
  const changes: OutboxChange[] = [];
  for (const range of pageRange(after, next)) {
    if (role !== undefined && !canWriteSomeOfKind(role, range.kind)) continue;
    const rows = await recordsOf(db).idRange(range.kind, range.after, range.upTo);
    if (rows.length === 0) continue;
    const queued = new Set<string>();
    const keys = rows.map((row) => recordKey(range.kind, row.id));
    for (const entry of await db.outbox.where('recordKeys').anyOf(keys).toArray()) {
      for (const change of entry.changes) queued.add(`${recordKey(change.kind, change.recordId)}|${change.stamp}`);
    }
    for (const row of rows) {
      const key = recordKey(range.kind, row.id);
      const theirs = server.get(key);
      const lacking = changesServerLacks(range.kind, row.id, fromRow(row), theirs ? { values: theirs.fields, stamps: theirs.stamps } : undefined);
      changes.push(...lacking.filter((change) => !queued.has(`${key}|${change.stamp}`)));
    }
  }
  if (changes.length > 0) await db.outbox.bulkAdd(pendingEntries(changes, writtenAt));
  return changes.length;
}
