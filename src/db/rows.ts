// How a merged record is stored in its Dexie table: the field values at the top level (so
// Dexie indexes them), `stamps` (the per-field HLC stamps of docs/sync-protocol.md), and
// derived index fields named `$...` that are computed here, never synced, never validated.
// Invariant: fromRow(toRow(kind, record)) gives back the record when every field but `id` has
// a stamp (true of every record written here); no domain field is named `stamps`, `*` or
// starts with `$`.
import type { RecordKind } from '../domain/record-kinds.ts';
import type { FieldStamps, FieldValues, MergedRecord } from '../sync/merge.ts';

export type Row = FieldValues & { id: string; stamps: FieldStamps };

/** Lower-case, single-spaced name for sorting and prefix search. */
export function toSortName(name: unknown): string {
  return typeof name === 'string' ? name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id') : '';
}

/** Derived index fields of a kind (schema version 2 and later). */
export function deriveIndexFields(kind: RecordKind, values: FieldValues): FieldValues {
  if (kind === 'household') return { $sortName: toSortName(values.headName) };
  if (kind === 'person') return { $sortName: toSortName(values.name) };
  return {};
}

/** Key of the shared stamp in a row's compact `stamps` (see packStamps). */
const SHARED = '*';

/**
 * Stores the stamps compactly: the stamp most fields share once under '*', the others by
 * field (a new record's dozen fields all share one stamp). Canonical: ties go to the greater
 * stamp, so equal records give equal rows.
 */
export function packStamps(stamps: FieldStamps): FieldStamps {
  // Most rows (a new record, a snapshot of one) carry one stamp on every field.
  const all = Object.values(stamps);
  const first = all[0];
  if (all.length > 1 && all.every((stamp) => stamp === first)) return { [SHARED]: first as string };
  const counts = new Map<string, number>();
  for (const stamp of Object.values(stamps)) counts.set(stamp, (counts.get(stamp) ?? 0) + 1);
  let shared: string | undefined;
  let best = 1;
  for (const [stamp, count] of counts) {
    if (count > best || (count === best && shared !== undefined && stamp > shared)) [shared, best] = [stamp, count];
  }
  if (shared === undefined) return stamps;
  const packed: FieldStamps = { [SHARED]: shared };
  for (const [field, stamp] of Object.entries(stamps)) if (stamp !== shared) packed[field] = stamp;
  return packed;
}

/** The per-field stamps of a row (every field but `id` has one). */
export function unpackStamps(row: Row): FieldStamps {
  const shared = row.stamps[SHARED];
  if (shared === undefined) return row.stamps;
  const stamps: FieldStamps = {};
  for (const key of Object.keys(row)) {
    if (key === 'id' || key === 'stamps' || key.startsWith('$')) continue;
    stamps[key] = row.stamps[key] ?? shared;
  }
  return stamps;
}

/** The stamp of one field of a row (as unpackStamps gives it); undefined when the row has no such field. */
export function fieldStamp(row: Row, field: string): string | undefined {
  return row.stamps[field] ?? (field in row ? row.stamps[SHARED] : undefined);
}

export function toRow(kind: RecordKind, id: string, record: MergedRecord): Row {
  return { ...record.values, ...deriveIndexFields(kind, record.values), id, stamps: packStamps(record.stamps) };
}

/**
 * The row of a new record whose every field has `stamp`: toRow(kind, id, applyLocal(undefined,
 * stamp, fields)) without the intermediate objects (bulk creates write thousands).
 */
export function newRow(kind: RecordKind, id: string, stamp: string, fields: FieldValues): Row {
  const values: FieldValues = {};
  let count = 0;
  let only = '';
  for (const [field, value] of Object.entries(fields)) {
    values[field] = value === undefined ? null : value;
    count += 1;
    only = field;
  }
  values.id = id;
  // As packStamps: a lone stamp stays under its field.
  const stamps: FieldStamps = count > 1 ? { [SHARED]: stamp } : count === 1 ? { [only]: stamp } : {};
  return { ...values, ...deriveIndexFields(kind, values), id, stamps };
}

/** The merged record of a row: stamps unpacked, derived fields dropped. */
export function fromRow(row: Row): MergedRecord {
  return { values: toValues(row), stamps: unpackStamps(row) };
}

/** The record as the domain sees it (no stamps, no derived fields). */
export function toValues(row: Row): FieldValues {
  const values: FieldValues = {};
  for (const key of Object.keys(row)) {
    if (key === 'stamps' || key.startsWith('$')) continue;
    values[key] = row[key];
  }
  return values;
}
