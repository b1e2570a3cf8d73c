// Issue #12 "Nothing lost, part 2", the server's side, on both stores: a record moved to
// another village arrives whole where it arrives and is announced where it leaves; a poison
// change is refused alone (text no store can keep) and a value nested thousands deep is a
// 400; a reused stamp with other values is refused, not dropped as a duplicate; an edit whose
// envelope names another village than the record's stays with the record (documented rule).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../sync-server/store/store.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import { buildSyncApp, edit, fullSnapshot, household, newId, nodeA, nowIso, pullAll, push, stamp, tokens, villageA, villageB } from './helpers/sync.ts';

tokens['token-village-b'] = { villages: [villageB] };

describeEachStore('nothing lost, part 2 (issue #12)', (backend) => {
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

  const post = (payload: string) =>
    app.inject({ method: 'POST', url: '/api/sync/push', headers: { 'content-type': 'application/json', authorization: 'Bearer token-all' }, payload });

  it('a record moved to another village arrives whole there and is announced where it left', async () => {
    const id = newId();
    await push(app, [household(id, stamp(-5000), { headName: 'Siti Aminah', memberCount: 4 })]);
    const b0 = (await pullAll(app, 0, 1000, 'token-village-b')).cursor;
    const a0 = (await pullAll(app, 0, 1000, 'token-village-a')).cursor;
    // A koordinator of both villages moves it to B.
    await push(app, [edit(id, stamp(-4000), { villageCode: villageB, updatedAt: nowIso }, villageB)]);

    const inB = await pullAll(app, b0, 1000, 'token-village-b');
    expect(inB.changes).toHaveLength(1);
    const whole = inB.changes[0];
    const snapshotB = (await fullSnapshot(app, 1000, 'token-village-b')).records.find((r) => r.id === id);
    expect(whole?.fields).toEqual(snapshotB?.fields);
    expect(whole?.stamps).toEqual(snapshotB?.stamps);
    expect(whole?.fields).toMatchObject({ headName: 'Siti Aminah', createdAt: nowIso, deleted: false, villageCode: villageB, memberCount: 4 });
    expect(whole?.stamps?.headName).toBe(stamp(-5000));
    expect(whole?.stamps?.villageCode).toBe(stamp(-4000));

    // Where it left: the change itself (the device learns the record's new village).
    const inA = await pullAll(app, a0, 1000, 'token-village-a');
    expect(inA.changes).toEqual([expect.objectContaining({ id, villageCode: villageB, fields: { villageCode: villageB, updatedAt: nowIso } })]);
    expect(inA.changes[0]?.stamps).toBeUndefined();
    // A caller that holds both villages gets the plain change.
    const both = await pullAll(app, a0, 1000, 'token-kecamatan');
    expect(both.changes[0]?.fields).toEqual({ villageCode: villageB, updatedAt: nowIso });
    expect(both.changes[0]?.stamps).toBeUndefined();

    // Later edits are ordinary changes; moving back brings the whole record to A again.
    await push(app, [edit(id, stamp(-3000), { dusun: 'Kulon', updatedAt: nowIso }, villageB)]);
    await push(app, [edit(id, stamp(-2000), { villageCode: villageA, updatedAt: nowIso }, villageA)]);
    const back = await pullAll(app, inA.cursor, 1000, 'token-village-a');
    expect(back.changes).toHaveLength(1);
    expect(back.changes[0]?.fields).toMatchObject({ headName: 'Siti Aminah', dusun: 'Kulon', villageCode: villageA });
    expect(back.changes[0]?.stamps?.dusun).toBe(stamp(-3000));
  });

  it('an edit whose envelope names another village than the record stays with the record (no fields.villageCode)', async () => {
    const id = newId();
    await push(app, [household(id, stamp(-5000))]);
    // A phone that still believes the record is in B (it moved back to A meanwhile) edits it.
    const results = (await push(app, [edit(id, stamp(-4000), { dusun: 'Wetan', updatedAt: nowIso }, villageB)], 'token-kecamatan')).results;
    expect(results[0]?.status).toBe('accepted');
    const record = (await fullSnapshot(app)).records.find((r) => r.id === id);
    expect(record).toMatchObject({ villageCode: villageA, fields: { villageCode: villageA, dusun: 'Wetan' } });
    // Logged under the record's village: B alone never sees it.
    expect((await pullAll(app, 0, 1000, 'token-village-b')).changes).toEqual([]);
    expect((await pullAll(app, 0, 1000, 'token-village-a')).changes.map((c) => c.villageCode)).toEqual([villageA, villageA]);
    // A caller outside the record's village may not touch it, whatever the envelope says.
    const outside = (await push(app, [edit(id, stamp(-3000), { dusun: 'Lor', updatedAt: nowIso }, villageB)], 'token-village-b')).results;
    expect(outside[0]).toMatchObject({ status: 'rejected', reason: 'outside-scope' });
  });

  it('answers a reused stamp with other values stamp-reused, and the same values (any key order) duplicate', async () => {
    const id = newId();
    const first = household(id, stamp(-5000), { headName: 'Budi', memberCount: 3 });
    await push(app, [first]);
    const reordered = { ...first, fields: Object.fromEntries(Object.entries(first.fields).reverse()) };
    const other = { ...first, fields: { ...first.fields, headName: 'Bukan Budi' } };
    expect((await push(app, [reordered, other])).results.map((r) => r.reason ?? r.status)).toEqual(['duplicate', 'stamp-reused']);
    // Within one batch too.
    const id2 = newId();
    const a = household(id2, stamp(-4000));
    const b = { ...a, fields: { ...a.fields, dusun: 'Lain' } };
    expect((await push(app, [a, b, a])).results.map((r) => r.reason ?? r.status)).toEqual(['accepted', 'stamp-reused', 'duplicate']);
    const records = (await fullSnapshot(app)).records;
    expect(records.find((r) => r.id === id)?.fields.headName).toBe('Budi');
    expect(records.find((r) => r.id === id2)?.fields.dusun).toBe('Krajan');
  });

  it('refuses text no store can keep per change with its field, and stores the changes beside it', async () => {
    const good = newId();
    const halfEmoji = 'Ibu \uD83D';
    const changes = [
      household(newId(), stamp(-9000), { headName: halfEmoji }),
      household(good, stamp(-8000), { headName: 'Siti 😀' }),
      household(newId(), stamp(-7000), { gps: { lat: 1, lon: 2, ['k\uDE00']: 1 } }),
      household(newId(), stamp(-6000), { gps: { lat: 1, lon: 2, note: ['a', { deep: 'x\u0000' }] } }),
      household(newId(), stamp(-5000), { dusun: 'lone \uDC00 low' }),
    ];
    // JSON.stringify escapes lone surrogates (\ud83d), as a phone's JSON would carry them.
    const res = await post(JSON.stringify({ protocol: 1, nodeId: nodeA, changes }));
    expect(res.statusCode).toBe(200);
    const results = (res.json() as { results: { status: string; reason?: string; field?: string }[] }).results;
    expect(results.map((r) => (r.field ? `${r.reason}:${r.field}` : r.status))).toEqual([
      'invalid-field:headName', 'accepted', 'invalid-field:gps', 'invalid-field:gps', 'invalid-field:dusun',
    ]);
    const records = (await fullSnapshot(app)).records;
    expect(records.map((r) => r.id)).toEqual([good]);
    expect(records[0]?.fields.headName).toBe('Siti 😀');
  });

  it('answers a value nested thousands deep with 400, never 500, through the body parser and the checks', async () => {
    for (const depth of [40, 5000, 200_000]) {
      const nested = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      const change = JSON.stringify(household(newId(), stamp(-1000))).replace('"dusun":"Krajan"', `"dusun":${nested}`);
      const res = await post(`{"protocol":1,"nodeId":"${nodeA}","changes":[${change}]}`);
      expect(res.statusCode, `depth ${depth}`).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: expect.stringMatching(/^(invalid-request|malformed-json)$/) } });
    }
    const arrays = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const res = await post(`{"protocol":1,"nodeId":"${nodeA}","changes":[${JSON.stringify(household(newId(), stamp(-1000))).replace('"dusun":"Krajan"', `"dusun":${arrays}`)}]}`);
    expect(res.statusCode).toBe(400);
    expect((await fullSnapshot(app)).records).toEqual([]);
  });
});
