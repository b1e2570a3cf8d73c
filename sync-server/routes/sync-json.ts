// JSON text of pull and snapshot pages, assembled around the stored JSON text of each change's
// fields and each record's values and stamps (already valid JSON written by the store), so a
// page of thousands of records costs string concatenation, not a parse and a stringify.
// The shape is pullResponseSchema / snapshotResponseSchema of src/sync/protocol.ts
// (tests/integration/sync-*.test.ts parse the output with them).
import { PROTOCOL_VERSION } from '../../src/sync/protocol.ts';
import type { PullPage, SnapshotPage } from '../store/store.ts';

const q = JSON.stringify;

/** `"epoch":"…",` when known (docs/sync-protocol.md, "Epoch"). */
const epochJson = (epoch: string | null) => (epoch === null ? '' : `"epoch":${q(epoch)},`);

export function pullPageJson(page: PullPage, serverTime: Date): string {
  const changes = page.changes.map(
    (c) =>
      `{"seq":${c.seq},"kind":${q(c.kind)},"id":${q(c.id)},"villageCode":${q(c.villageCode)},"stamp":${q(c.stamp)},"fields":${c.fieldsJson}${c.stampsJson === undefined ? '' : `,"stamps":${c.stampsJson}`}}`,
  );
  return `{"protocol":${PROTOCOL_VERSION},"serverTime":${q(serverTime.toISOString())},${epochJson(page.epoch)}"changes":[${changes.join(',')}],"cursor":${page.cursor},"hasMore":${page.hasMore}}`;
}

export function snapshotPageJson(page: SnapshotPage, next: string | null, serverTime: Date, epoch: string | null = null): string {
  const records = page.records.map(
    (r) =>
      `{"kind":${q(r.kind)},"id":${q(r.id)},"villageCode":${q(r.villageCode)},"fields":${r.fieldsJson},"stamps":${r.stampsJson}}`,
  );
  return `{"protocol":${PROTOCOL_VERSION},"serverTime":${q(serverTime.toISOString())},${epochJson(epoch)}"cursor":${page.cursor},"records":[${records.join(',')}],"next":${q(next)}}`;
}
