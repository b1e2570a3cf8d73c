// Per-field last-writer-wins merge of a record with a change (docs/sync-protocol.md, "Merge").
// A merged record is { values, stamps }: for every field, its value and the stamp of the
// write that set it. Applying a change, for each field f in change.fields:
//   1. if stamps[f] is absent, or change.stamp > stamps[f]: take the value and the stamp;
//   2. if the stamps are equal but the values differ (a bug, or two tabs sharing a node id),
//      keep the value whose canonical JSON is greater, so the outcome never depends on order;
//   3. otherwise keep what is there.
// Invariants: pure (inputs are never mutated); commutative, associative and idempotent, so
// replicas that applied the same set of changes in any order and repetition are identical.
// `deleted` is an ordinary field: a later edit of another field does not undelete a record.

export type FieldValues = Record<string, unknown>;
export type FieldStamps = Record<string, string>;
export type MergedRecord = { values: FieldValues; stamps: FieldStamps };
/** The part of a change the merge reads: one stamp for every field it carries. */
export type StampedFields = { stamp: string; fields: FieldValues };

/** JSON with object keys sorted, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as FieldValues)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as FieldValues)[key])}`);
  return `{${entries.join(',')}}`;
}

/** True when (incomingStamp, incoming) should replace (currentStamp, current) for one field. */
export function winsOver(incomingStamp: string, incoming: unknown, currentStamp: string | undefined, current: unknown): boolean {
  if (currentStamp === undefined || incomingStamp > currentStamp) return true;
  if (incomingStamp < currentStamp) return false;
  return canonicalJson(incoming) > canonicalJson(current);
}

/**
 * Applies one change to a record (undefined = not known yet). Returns the same object when
 * nothing changed, so callers can skip a write.
 */
export function applyChange(record: MergedRecord | undefined, change: StampedFields): MergedRecord {
  let values = record?.values ?? {};
  let stamps = record?.stamps ?? {};
  let copied = false;
  for (const [field, value] of Object.entries(change.fields)) {
    if (!winsOver(change.stamp, value, stamps[field], values[field])) continue;
    if (!copied) {
      values = { ...values };
      stamps = { ...stamps };
      copied = true;
    }
    values[field] = value === undefined ? null : value;
    stamps[field] = change.stamp;
  }
  if (!copied && record) return record;
  return { values, stamps };
}

/** Merges two merged records field by field (the same rule; used for snapshots and tests). */
export function mergeRecords(a: MergedRecord | undefined, b: MergedRecord): MergedRecord {
  if (a === undefined) return mergeRecords({ values: {}, stamps: {} }, b);
  let values = a.values;
  let stamps = a.stamps;
  for (const [field, stamp] of Object.entries(b.stamps)) {
    const value = b.values[field];
    if (!winsOver(stamp, value, stamps[field], values[field])) continue;
    if (values === a.values) {
      values = { ...a.values };
      stamps = { ...a.stamps };
    }
    values[field] = value === undefined ? null : value;
    stamps[field] = stamp;
  }
  return values === a.values ? a : { values, stamps };
}

/** The greatest stamp of a record: the last write that touched it. */
export function latestStamp(record: MergedRecord): string | undefined {
  let latest: string | undefined;
  for (const stamp of Object.values(record.stamps)) if (latest === undefined || stamp > latest) latest = stamp;
  return latest;
}
