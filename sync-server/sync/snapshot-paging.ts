// Snapshot pages walk every record kind in the fixed order of src/domain/record-kinds.ts and,
// within a kind, ids in the database's order: the paging key is (kind, id) and `next` names
// the last record sent. One extra row is read to know whether another page exists.
import { recordKinds, type RecordKind } from '../../src/domain/record-kinds.ts';
import type { SnapshotPage, SnapshotRequest, SnapshotRow } from '../store/store.ts';

/** Reads up to `limit` rows of one kind with id > afterId (all when null), ordered by id. */
export type FetchKindPage = (kind: RecordKind, afterId: string | null, limit: number) => Promise<SnapshotRow[]> | SnapshotRow[];

export async function collectSnapshotPage(
  request: SnapshotRequest,
  cursor: number,
  fetchKind: FetchKindPage,
): Promise<SnapshotPage> {
  const start = request.after ? recordKinds.indexOf(request.after.kind as RecordKind) : 0;
  const rows: SnapshotRow[] = [];
  for (let k = Math.max(start, 0); k < recordKinds.length && rows.length <= request.limit; k++) {
    const kind = recordKinds[k] as RecordKind;
    const afterId = request.after && k === start ? request.after.id : null;
    rows.push(...(await fetchKind(kind, afterId, request.limit + 1 - rows.length)));
  }
  const hasMore = rows.length > request.limit;
  const records = hasMore ? rows.slice(0, request.limit) : rows;
  const last = records[records.length - 1];
  return { records, cursor, next: hasMore && last ? { kind: last.kind, id: last.id } : null };
}
