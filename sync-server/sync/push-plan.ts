// The dialect-neutral heart of a push (docs/sync-protocol.md, "Push"): given the validated
// batch and what the store already holds, decide every change's result and the rows to write.
// Both stores run it inside their transaction, between loading and writing:
//   1. a change that failed validation is 'rejected' with its reason;
//   2. (id, stamp) already in the log, or earlier in this batch -> 'duplicate' when its fields
//      are the same (a resend), 'rejected' stamp-reused when they differ (a stamp issued twice:
//      the server keeps the first, so the device must not keep the second as if it were sent);
//   3. the record exists in a village outside the caller's scope -> 'rejected' outside-scope;
//   4. merge per field (src/sync/merge.ts); the caller's role may write the merged record
//      (src/sync/roles.ts canWriteRecord: a kader's attendance must stay an outreach's)
//      -> else 'rejected' not-permitted; a change creating a record must yield a whole
//      valid record -> else 'rejected' invalid-record;
//   5. 'accepted': the change gets the next sequence number and the record row is rewritten
//      when the merge changed it (updated_seq = that number). A change that moves the record
//      to another village also logs the village before and the whole record after the move,
//      for the devices whose scope gains it (docs/sync-protocol.md, 6.2).
// Pure: no I/O, so the SQLite store can run it inside a synchronous transaction.
import { applyChange, canonicalJson, type FieldValues, type FieldStamps } from '../../src/sync/merge.ts';
import type { Change, PushResult } from '../../src/sync/protocol.ts';
import { canWriteRecord } from '../../src/sync/roles.ts';
import { isInScope, type UserContext } from '../auth/scope.ts';
import { checkFieldValues, firstInvalidField, type Rejection, type RecordSchemas } from './validate-change.ts';

export type StoredRecord = { villageCode: string; values: FieldValues; stamps: FieldStamps };
export type LoadedState = {
  /** changeKey(id, stamp) -> stored fields, of the batch's changes already in the log. */
  existing: Map<string, FieldValues>;
  /** recordKey(kind, id) -> current state, for the batch's records that exist. */
  records: Map<string, StoredRecord>;
};
export type NewChangeRow = {
  seq: number;
  kind: string;
  id: string;
  villageCode: string;
  stamp: string;
  fieldsJson: string;
  /** A move: the village before; null otherwise. */
  movedFrom: string | null;
  /** A move: the whole record after it (values and stamps as JSON text); null otherwise. */
  recordFieldsJson: string | null;
  recordStampsJson: string | null;
};
export type RecordWrite = StoredRecord & { kind: string; id: string; deleted: boolean; seq: number };
export type PushPlan = { results: PushResult[]; changes: NewChangeRow[]; records: RecordWrite[] };

/** Who pushed a change, as stored in the log's `author` column (the record history shows it). */
export function authorJson(user: UserContext): string {
  return JSON.stringify({ id: user.userId, displayName: user.displayName, role: user.role, kaderKind: user.kaderKind });
}

export const changeKey = (id: string, stamp: string): string => `${id}\u0000${stamp}`;
export const recordKey = (kind: string, id: string): string => `${kind}\u0000${id}`;

/** Fields to store: the envelope carries id, so a copy of it in `fields` is dropped. */
function storedFields(change: Change): FieldValues {
  if (!('id' in change.fields)) return change.fields;
  const { id: _id, ...rest } = change.fields;
  return rest;
}

export function planPush(
  user: UserContext,
  changes: Change[],
  rejections: (Rejection | null)[],
  loaded: LoadedState,
  baseSeq: number,
  schemas: RecordSchemas,
): PushPlan {
  const results: PushResult[] = [];
  const newChanges: NewChangeRow[] = [];
  const written = new Map<string, RecordWrite>();
  const seen = new Map<string, string>();
  let seq = baseSeq;
  changes.forEach((change, index) => {
    const { id, stamp } = change;
    const rejected = rejections[index];
    if (rejected) return void results.push({ id, stamp, status: 'rejected', ...rejected });
    const rk = recordKey(change.kind, id);
    const current = written.get(rk) ?? loaded.records.get(rk);
    // Step 8 of validate-change.ts for a record that exists (a creating change: below).
    const invalidValue = current ? checkFieldValues(change, schemas) : null;
    if (invalidValue) return void results.push({ id, stamp, status: 'rejected', ...invalidValue });
    const ck = changeKey(id, stamp);
    const fields = storedFields(change);
    const stored = loaded.existing.get(ck);
    const earlier = seen.get(ck) ?? (stored ? canonicalJson(stored) : undefined);
    if (earlier !== undefined) {
      if (earlier === canonicalJson(fields)) return void results.push({ id, stamp, status: 'duplicate' });
      return void results.push({ id, stamp, status: 'rejected', reason: 'stamp-reused' });
    }
    if (current && !isInScope(user.scope, current.villageCode)) {
      return void results.push({ id, stamp, status: 'rejected', reason: 'outside-scope' });
    }
    const merged = applyChange(current, { stamp, fields });
    // Judged on the merged record, as an update carries only the fields it changes: a kader's
    // status change of an outreach's attendance passes, a meetingId set on it does not.
    if (!canWriteRecord(user.role, change.kind, merged.values)) {
      return void results.push({ id, stamp, status: 'rejected', reason: 'not-permitted' });
    }
    if (!current) {
      // The whole record checks every value too; only when it fails are the values checked
      // one by one, so an invalid value is still refused as 'invalid-field' with its name.
      const outcome = schemas[change.kind]?.safeParse({ ...merged.values, id });
      if (!outcome?.success) {
        const badValue = checkFieldValues(change, schemas);
        if (badValue) return void results.push({ id, stamp, status: 'rejected', ...badValue });
        const field = outcome ? firstInvalidField(outcome) : undefined;
        return void results.push({ id, stamp, status: 'rejected', reason: 'invalid-record', ...(field ? { field } : {}) });
      }
    }
    const villageCode = String(merged.values.villageCode ?? change.villageCode);
    seq += 1;
    seen.set(ck, canonicalJson(fields));
    const moved = current !== undefined && current.villageCode !== villageCode;
    newChanges.push({
      seq, kind: change.kind, id, villageCode, stamp, fieldsJson: JSON.stringify(fields),
      movedFrom: moved ? current.villageCode : null,
      recordFieldsJson: moved ? JSON.stringify(merged.values) : null,
      recordStampsJson: moved ? JSON.stringify(merged.stamps) : null,
    });
    if (merged !== current) {
      const deleted = merged.values.deleted === true;
      written.set(rk, { kind: change.kind, id, villageCode, values: merged.values, stamps: merged.stamps, deleted, seq });
    }
    results.push({ id, stamp, status: 'accepted' });
  });
  // Only records the merge changed are in `written` (applyChange returns the same object
  // when nothing wins), so an old or repeated change rewrites nothing.
  return { results, changes: newChanges, records: [...written.values()] };
}
