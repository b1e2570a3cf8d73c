// Checks of pull and snapshot pages (and, on the server, of push requests) that accept exactly
// what pullResponseSchema, snapshotResponseSchema and pushRequestSchema (protocol.ts) accept,
// and give the same data, without zod's cost per element: a snapshot page of 2,000 records
// holds ~24,000 stamps, and zod's per-value machinery made checking a page cost as much as
// parsing its JSON several times over (a push of 1,000 changes: ~12 ms of the server's ~100).
// The envelope (protocol, serverTime, epoch, cursor, ...) is still parsed by zod, so what it
// accepts there (e.g. the optional `epoch`, docs/sync-protocol.md 6.4) is accepted here too;
// a body whose elements fail here goes to zod whole, so
// it is refused for exactly the reasons zod gives, with zod's issues
// (tests/unit/sync/page-check.test.ts compares both on valid and broken bodies).
import { isStamp } from './hlc.ts';
import { pullResponseSchema, pushRequestSchema, snapshotResponseSchema, syncLimits } from './protocol.ts';
import type { Change, PullResponse, PulledChange, PushRequest, SnapshotRecord, SnapshotResponse } from './protocol.ts';

/** A failure carries zod's issues (the server names the first in its 400 answer). */
export type PageParse<T> = { success: true; data: T } | { success: false; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
export type PageParser<T> = { safeParse(value: unknown): PageParse<T> };

type Json = Record<string, unknown>;

const villagePattern = /^\d{10}$/;

/** z.object's test: any non-array object. */
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** z.record's test: a plain object (JSON gives nothing else). */
function isPlainObject(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length >= 1 && value.length <= max;

/** fieldsSchema: names of 1-64 characters, any values. */
function isFields(value: unknown): value is Json {
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) if (key.length < 1 || key.length > 64) return false;
  return true;
}

/** Each distinct stamp string of a page is tested once (a record's fields mostly share one). */
function stampChecker(): (value: unknown) => boolean {
  const good = new Set<string>();
  return (value) => {
    if (typeof value !== 'string') return false;
    if (good.has(value)) return true;
    if (!isStamp(value)) return false;
    good.add(value);
    return true;
  };
}

/** changeSchema's kind, id and villageCode. */
const isEnvelope = (item: Json) => isText(item.kind, 40) && isText(item.id, 64) && typeof item.villageCode === 'string' && villagePattern.test(item.villageCode);

function snapshotRecords(records: unknown): SnapshotRecord[] | null {
  if (!Array.isArray(records)) return null;
  const stampOk = stampChecker();
  const out: SnapshotRecord[] = new Array(records.length);
  for (let index = 0; index < records.length; index += 1) {
    const record: unknown = records[index];
    if (!isObject(record) || !isEnvelope(record) || !isFields(record.fields) || !isPlainObject(record.stamps)) return null;
    const stamps = record.stamps;
    for (const key of Object.keys(stamps)) if (!stampOk(stamps[key])) return null;
    out[index] = { kind: record.kind as string, id: record.id as string, villageCode: record.villageCode as string, fields: record.fields, stamps: stamps as Record<string, string> };
  }
  return out;
}

function pulledChanges(changes: unknown): PulledChange[] | null {
  if (!Array.isArray(changes)) return null;
  const stampOk = stampChecker();
  const out: PulledChange[] = new Array(changes.length);
  for (let index = 0; index < changes.length; index += 1) {
    const change: unknown = changes[index];
    if (!isObject(change) || !isEnvelope(change) || !stampOk(change.stamp) || !isFields(change.fields)) return null;
    const seq = change.seq;
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
    const pulled: PulledChange = { kind: change.kind as string, id: change.id as string, villageCode: change.villageCode as string, stamp: change.stamp as string, fields: change.fields, seq };
    // Optional per-field stamps: a move into the caller's scope sends the whole record.
    const stamps = change.stamps;
    if (stamps !== undefined) {
      if (!isPlainObject(stamps)) return null;
      for (const key of Object.keys(stamps)) if (!stampOk(stamps[key])) return null;
      pulled.stamps = stamps as Record<string, string>;
    }
    out[index] = pulled;
  }
  return out;
}

/** pushRequestSchema's changes: at most maxPushChanges changeSchema elements. */
function pushedChanges(changes: unknown): Change[] | null {
  if (!Array.isArray(changes) || changes.length > syncLimits.maxPushChanges) return null;
  const stampOk = stampChecker();
  const out: Change[] = new Array(changes.length);
  for (let index = 0; index < changes.length; index += 1) {
    const change: unknown = changes[index];
    if (!isObject(change) || !isEnvelope(change) || !stampOk(change.stamp) || !isFields(change.fields)) return null;
    out[index] = { kind: change.kind as string, id: change.id as string, villageCode: change.villageCode as string, stamp: change.stamp as string, fields: change.fields };
  }
  return out;
}

function pageParser<T extends Json, K extends keyof T & string>(
  schema: { safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } },
  listKey: K,
  checkList: (list: unknown) => T[K] | null,
): PageParser<T> {
  return {
    safeParse(value) {
      const whole = (): PageParse<T> => {
        const parsed = schema.safeParse(value);
        return parsed.success ? { success: true, data: parsed.data as T } : { success: false, ...(parsed.error ? { error: parsed.error } : {}) };
      };
      if (!isObject(value)) return whole();
      const list = checkList(value[listKey]);
      if (list === null) return whole();
      const envelope = schema.safeParse({ ...value, [listKey]: [] });
      if (!envelope.success) return { success: false, ...(envelope.error ? { error: envelope.error } : {}) };
      return { success: true, data: { ...(envelope.data as T), [listKey]: list } };
    },
  };
}

export const snapshotPageParser: PageParser<SnapshotResponse> = pageParser<SnapshotResponse, 'records'>(snapshotResponseSchema, 'records', snapshotRecords);
export const pullPageParser: PageParser<PullResponse> = pageParser<PullResponse, 'changes'>(pullResponseSchema, 'changes', pulledChanges);
/** The server's check of a push body (sync-server/routes/sync.ts). */
export const pushRequestParser: PageParser<PushRequest> = pageParser<PushRequest, 'changes'>(pushRequestSchema, 'changes', pushedChanges);
