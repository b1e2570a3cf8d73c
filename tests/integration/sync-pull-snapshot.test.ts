// Pull pages and snapshots against each store: order, paging, scope, fixed snapshot cursor,
// tombstones, and the hand-over from snapshot to pull.
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { pullResponseSchema, snapshotResponseSchema } from '../../src/sync/protocol.ts';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../sync-server/store/store.ts';
import type { Change } from '../../src/sync/protocol.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import {
  buildSyncApp, edit, fullSnapshot, household, newId, nodeA, nodeB, pull, pullAll, push, snapshotPage, stamp, villageA, villageB, villageOther,
} from './helpers/sync.ts';

function visit(id: string, householdId: string, s: string, village = villageA): Change {
  return edit(id, s, { villageCode: village, createdAt: '2026-03-01T07:00:00.000Z', updatedAt: '2026-03-01T07:00:00.000Z', deleted: false, householdId, notes: null }, village, 'visit');
}

describeEachStore('sync pull and snapshot', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildSyncApp(store);
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  it('pages pulled changes in sequence order with hasMore and a cursor', async () => {
    const ids = Array.from({ length: 25 }, () => newId());
    await push(app, ids.map((id, i) => household(id, stamp(-1000 + i))));
    const p1 = await pull(app, 0, 10);
    const p2 = await pull(app, p1.cursor, 10);
    const p3 = await pull(app, p2.cursor, 10);
    expect([p1.hasMore, p2.hasMore, p3.hasMore]).toEqual([true, true, false]);
    expect([...p1.changes, ...p2.changes, ...p3.changes].map((c) => c.id)).toEqual(ids);
    expect([...p1.changes, ...p2.changes, ...p3.changes].map((c) => c.seq)).toEqual(ids.map((_, i) => i + 1));
    expect(p3.cursor).toBe(25);
    const empty = await pull(app, 25, 10);
    expect(empty).toMatchObject({ changes: [], cursor: 25, hasMore: false });
  });

  it('leaves out the changes the asking node pushed (node=), still moving the cursor past them', async () => {
    const mine = [newId(), newId(), newId()];
    const theirs = newId();
    await push(app, mine.slice(0, 2).map((id, i) => household(id, stamp(-10 + i))), 'token-all', nodeA);
    await push(app, [household(theirs, stamp(-5, 0, nodeB))], 'token-all', nodeB);
    await push(app, [household(mine[2] as string, stamp(-4))], 'token-all', nodeA);
    const query = (cursor: number, limit: number) => app.inject({ method: 'GET', url: `/api/sync/pull?cursor=${cursor}&limit=${limit}&node=${nodeA}`, headers: { authorization: 'Bearer token-all' } });
    const all = pullResponseSchema.parse((await query(0, 1000)).json());
    expect(all.changes.map((c) => c.id)).toEqual([theirs]);
    expect(all).toMatchObject({ cursor: 4, hasMore: false });
    const first = pullResponseSchema.parse((await query(0, 1)).json());
    expect(first.changes.map((c) => c.id)).toEqual([theirs]);
    const rest = pullResponseSchema.parse((await query(first.cursor, 1)).json());
    expect(rest).toMatchObject({ changes: [], cursor: 4, hasMore: false });
    expect((await pull(app, 0)).changes).toHaveLength(4);
    expect((await query(0, 10)).statusCode).toBe(200);
    const bad = await app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0&node=NOT-A-NODE', headers: { authorization: 'Bearer token-all' } });
    expect(bad.statusCode).toBe(400);
  });

  it('pulls only the caller scope, and moves the cursor past other villages', async () => {
    await push(app, [
      household(newId(), stamp(-10), {}, villageA),
      household(newId(), stamp(-9), {}, villageOther),
      household(newId(), stamp(-8), {}, villageB),
      household(newId(), stamp(-7), {}, villageOther),
    ]);
    const a = await pullAll(app, 0, 1000, 'token-village-a');
    expect(a.changes.map((c) => c.villageCode)).toEqual([villageA]);
    expect(a.cursor).toBe(4);
    const kecamatan = await pullAll(app, 0, 1, 'token-kecamatan');
    expect(kecamatan.changes.map((c) => c.villageCode)).toEqual([villageA, villageB]);
    expect(kecamatan.cursor).toBe(4);
  });

  it('walks the whole current state in (kind, id) pages, tombstones included, with a fixed cursor', async () => {
    const households = Array.from({ length: 7 }, () => newId());
    const visits = Array.from({ length: 5 }, () => newId());
    await push(app, households.map((id) => household(id, stamp(-5000))));
    await push(app, visits.map((id, i) => visit(id, households[i] ?? '', stamp(-4000))));
    await push(app, [edit(households[0] ?? '', stamp(-3000), { deleted: true }), edit(households[1] ?? '', stamp(-3000), { headName: 'Ani' })]);
    const first = await snapshotPage(app, 'limit=3');
    expect(first.cursor).toBe(14);
    await push(app, [household(newId(), stamp(-1000))]); // after the snapshot started
    const { records, cursor, pages } = await fullSnapshot(app, 3);
    expect(pages).toBe(5);
    expect(cursor).toBe(15);
    expect(records.map((r) => `${r.kind}:${r.id}`)).toEqual([...new Set(records.map((r) => `${r.kind}:${r.id}`))]);
    expect(records.filter((r) => r.kind === 'household')).toHaveLength(8);
    expect(records.filter((r) => r.kind === 'visit').map((r) => r.id)).toEqual(visits);
    const h0 = records.find((r) => r.id === households[0]);
    expect(h0?.fields).toMatchObject({ deleted: true, headName: 'Budi' });
    expect(h0?.stamps).toMatchObject({ deleted: stamp(-3000), headName: stamp(-5000) });
    expect(records.find((r) => r.id === households[1])?.fields).toMatchObject({ headName: 'Ani' });
    // Later pages keep the cursor the client passes back.
    const later = await snapshotPage(app, `limit=3&cursor=${first.cursor}&after=${encodeURIComponent(first.next ?? '')}`);
    expect(later.cursor).toBe(14);
  });

  it('snapshots only the caller scope', async () => {
    await push(app, [household(newId(), stamp(-10), {}, villageA), household(newId(), stamp(-9), {}, villageOther)]);
    const { records } = await fullSnapshot(app, 1000, 'token-village-a');
    expect(records.map((r) => r.villageCode)).toEqual([villageA]);
  });

  it('hands over from snapshot to pull: a fresh device ends with every change', async () => {
    const id = newId();
    await push(app, [household(id, stamp(-5000))]);
    const snap = await fullSnapshot(app, 2);
    await push(app, [edit(id, stamp(-100), { headName: 'Rina' })]);
    const after = await pullAll(app, snap.cursor);
    expect(after.changes.map((c) => c.fields)).toEqual([{ headName: 'Rina' }]);
  });

  it('gzips large pages for clients that accept it, and only for them', async () => {
    await push(app, Array.from({ length: 40 }, () => household(newId(), stamp(-100))));
    const headers = { authorization: 'Bearer token-all', 'accept-encoding': 'gzip, deflate, br' };
    for (const [url, schema] of [['/api/sync/pull?cursor=0', pullResponseSchema], ['/api/sync/snapshot', snapshotResponseSchema]] as const) {
      const zipped = await app.inject({ method: 'GET', url, headers });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toContain('Accept-Encoding');
      const text = gunzipSync(zipped.rawPayload).toString('utf8');
      expect(text.length).toBeGreaterThan(zipped.rawPayload.length * 3);
      expect(schema.parse(JSON.parse(text))).toBeTruthy();
      const plain = await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer token-all', 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(text.replace(/"serverTime":"[^"]+"/, `"serverTime":"${JSON.parse(plain.body).serverTime}"`));
    }
  });
});
