// Push against each store: accept, merge per field, duplicates, tombstones, per-change
// rejections that leave the rest of the batch applied (docs/sync-protocol.md, "Push").
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../sync-server/store/store.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import {
  buildSyncApp, edit, fullSnapshot, household, newId, nodeB, pull, pullAll, push, stamp, villageA, villageOther,
} from './helpers/sync.ts';

describeEachStore('sync push', (backend) => {
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

  const recordOf = async (id: string) => (await fullSnapshot(app)).records.find((r) => r.id === id);

  it('accepts a new record, logs it with a sequence number and answers the server time', async () => {
    const id = newId();
    const res = await push(app, [household(id, stamp(-1000))]);
    expect(res).toEqual({ protocol: 1, serverTime: '2026-03-01T08:00:00.000Z', epoch: expect.stringMatching(/^[0-9a-z]+$/), results: [{ id, stamp: stamp(-1000), status: 'accepted' }] });
    const page = await pull(app, 0);
    expect(page.changes).toEqual([expect.objectContaining({ seq: 1, kind: 'household', id, villageCode: villageA, stamp: stamp(-1000) })]);
    expect(page.changes[0]?.fields).toMatchObject({ headName: 'Budi', deleted: false });
    expect(page).toMatchObject({ cursor: 1, hasMore: false });
  });

  it('answers duplicate for a change already logged, also within one batch, and logs it once', async () => {
    const id = newId();
    const change = household(id, stamp(-1000));
    await push(app, [change]);
    const again = await push(app, [change, change]);
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    const fresh = household(newId(), stamp(-500));
    const inBatch = await push(app, [fresh, fresh]);
    expect(inBatch.results.map((r) => r.status)).toEqual(['accepted', 'duplicate']);
    expect((await pullAll(app)).changes).toHaveLength(2);
  });

  it('merges field by field: edits of different fields both survive, the later stamp wins a field', async () => {
    const id = newId();
    await push(app, [household(id, stamp(-10_000))]);
    // Phone B's later edit of headName arrives before phone A's earlier edit of the same field.
    await push(app, [edit(id, stamp(-2000, 0, nodeB), { headName: 'Siti' })], 'token-all', nodeB);
    await push(app, [edit(id, stamp(-3000), { headName: 'Ani', dusun: 'Sukamaju' })]);
    const record = await recordOf(id);
    expect(record?.fields).toMatchObject({ headName: 'Siti', dusun: 'Sukamaju' });
    expect(record?.stamps).toMatchObject({ headName: stamp(-2000, 0, nodeB), dusun: stamp(-3000), createdAt: stamp(-10_000) });
  });

  it('keeps a deleted record deleted when another phone edits it later, and keeps the tombstone', async () => {
    const id = newId();
    await push(app, [household(id, stamp(-10_000))]);
    await push(app, [edit(id, stamp(-5000), { deleted: true })]);
    await push(app, [edit(id, stamp(-1000, 0, nodeB), { memberCount: 4 })], 'token-all', nodeB);
    const record = await recordOf(id);
    expect(record?.fields).toMatchObject({ deleted: true, memberCount: 4 });
  });

  it('rejects bad changes one by one with a reason and applies the rest of the batch', async () => {
    const good1 = newId();
    const good2 = newId();
    const existing = newId();
    await push(app, [household(existing, stamp(-20_000))]);
    const batch = [
      household(good1, stamp(-100)),
      { ...household(newId(), stamp(-100)), kind: 'spaceship' },
      edit(existing, stamp(-90), { favouriteColour: 'blue' }),
      edit(existing, stamp(-80), { memberCount: 'four' }),
      household(newId(), stamp(-70), {}, villageOther),
      household(newId(), stamp(2 * 60 * 60 * 1000)),
      edit(newId(), stamp(-60), { headName: 'Only a name' }),
      { ...household(newId(), stamp(-50)), villageCode: '3201010009' },
      { ...household('not-a-uuid', stamp(-40)) },
      edit(existing, stamp(-30), { headName: 'Edited', gps: { lat: -6.9, lon: 107.6 } }),
      household(good2, stamp(-20)),
    ];
    const { results } = await push(app, batch, 'token-kecamatan');
    expect(results.map((r) => [r.status, r.reason, r.field])).toEqual([
      ['accepted', undefined, undefined],
      ['rejected', 'unknown-kind', undefined],
      ['rejected', 'unknown-field', 'favouriteColour'],
      ['rejected', 'invalid-field', 'memberCount'],
      ['rejected', 'outside-scope', undefined],
      ['rejected', 'clock-too-far-ahead', undefined],
      ['rejected', 'invalid-record', 'villageCode'],
      ['rejected', 'village-mismatch', 'villageCode'],
      ['rejected', 'invalid-id', 'id'],
      ['accepted', undefined, undefined],
      ['accepted', undefined, undefined],
    ]);
    expect(results.map((r) => r.id)).toEqual(batch.map((c) => c.id));
    const { records } = await fullSnapshot(app);
    expect(records.map((r) => r.id).sort()).toEqual([good1, good2, existing].sort());
    expect(records.find((r) => r.id === existing)?.fields).toMatchObject({ headName: 'Edited', gps: { lat: -6.9, lon: 107.6 } });
    expect(records.find((r) => r.id === existing)?.fields).not.toHaveProperty('favouriteColour');
    expect((await pullAll(app)).changes).toHaveLength(4);
  });

  it('refuses to touch a record whose village is outside the caller scope', async () => {
    const id = newId();
    await push(app, [household(id, stamp(-10_000), {}, villageOther)]);
    // A village-A user claims the record is in village A: the stored village decides.
    const res = await push(app, [edit(id, stamp(-1000), { headName: 'X' }, villageA)], 'token-village-a');
    expect(res.results[0]).toMatchObject({ status: 'rejected', reason: 'outside-scope' });
    expect((await recordOf(id))?.fields).toMatchObject({ headName: 'Budi' });
  });

  it('keeps its data and its sequence across a restart of the store', async () => {
    const first = newId();
    await push(app, [household(first, stamp(-5000))]);
    await app.close();
    await store.close();
    store = await db.open();
    app = await buildSyncApp(store);
    const second = newId();
    await push(app, [household(second, stamp(-4000)), household(first, stamp(-5000))]);
    const { changes } = await pullAll(app);
    expect(changes.map((c) => [c.seq, c.id])).toEqual([[1, first], [2, second]]);
  });
});
