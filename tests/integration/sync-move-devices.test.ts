// Issue #12, finding 1, end to end on both stores: phones (the real client engine on
// fake-indexeddb) against the real server through its HTTP API. A household of village A is
// moved to village B by a koordinator of both: the kader of B, who had never seen it, ends
// with the whole record (every field and its stamp, as a fresh snapshot of B gives it); the
// kader of A stops holding it.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createAccountTransport } from '../../src/db/account-transport.ts';
import { fromRow } from '../../src/db/rows.ts';
import { recordsOf } from '../../src/db/record-store.ts';
import { createSessionStore } from '../../src/db/session.ts';
import { createSyncEngine } from '../../src/db/sync-engine.ts';
import { createInProcessLock } from '../../src/db/sync-lock.ts';
import { createSyncStatusStore } from '../../src/db/sync-status.ts';
import { createFetchTransport } from '../../src/db/transport.ts';
import { serverRecordSchemas } from '../../sync-server/sync/record-schemas.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { makeDevice, manualTime } from '../unit/db/support.ts';
import { addUser, buildAccountApp, defaultPassword, injectFetch } from './helpers/accounts.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';

const villageA = '3302012001';
const villageB = '3302012002';

describeEachStore('a household moved to another village (issue #12)', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  const time = manualTime(Date.UTC(2026, 2, 1, 8));

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildAccountApp(store, { now: () => new Date(time.now()), schemas: serverRecordSchemas });
    await addUser(store, { username: 'siti', role: 'kader', scope: { villages: [villageA] } });
    await addUser(store, { username: 'rina', role: 'kader', scope: { villages: [villageB] } });
    await addUser(store, { username: 'bu-koor', role: 'koordinator', scope: { villages: [villageA, villageB] } });
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  async function phone(username: string, nodeId: string) {
    const device = makeDevice({ time, nodeId, name: `genting-${username}` });
    const fetch = injectFetch(app);
    const session = createSessionStore({ db: device.db, transport: createAccountTransport({ baseUrl: 'http://localhost', fetch }), wallNow: time.now, deviceName: () => 'HP uji' });
    const transport = createFetchTransport({ baseUrl: 'http://localhost', getToken: session.getToken, fetch, wallNow: time.now });
    const engine = createSyncEngine({ db: device.db, clock: device.clock, transport, status: createSyncStatusStore(), wallNow: time.now, lock: createInProcessLock() });
    await session.load();
    expect(await session.signIn(username, defaultPassword)).toEqual({ ok: true });
    const sync = async () => expect(await engine.syncOnce()).toMatchObject({ ok: true });
    const stored = async (id: string) => {
      const row = await recordsOf(device.db).get('household', id);
      return row ? fromRow(row) : undefined;
    };
    return { ...device, sync, stored };
  }

  it('arrives whole on the phone of the new village and leaves the phone of the old one', async () => {
    const siti = await phone('siti', 's100000000000001');
    const rina = await phone('rina', 'r200000000000002');
    const koor = await phone('bu-koor', 'k300000000000003');

    const created = await siti.repos.create('household', { villageCode: villageA, headName: 'Siti Aminah', dusun: 'Krajan', rt: '001', rw: '002' });
    if (!created.ok) throw new Error('create failed');
    await siti.sync();
    await rina.sync();
    await koor.sync();
    expect(await rina.stored(created.id)).toBeUndefined();

    time.advance(60_000);
    expect(await koor.repos.update('household', created.id, { villageCode: villageB })).toMatchObject({ ok: true });
    await koor.sync();
    time.advance(60_000);
    await rina.sync();
    await siti.sync();

    // Rina holds every field with its stamp, exactly as a fresh snapshot of B gives them.
    const onRina = await rina.stored(created.id);
    const page = await store.snapshot({ userId: 'x', scope: { villages: [villageB] }, role: 'kader', displayName: 'x', kaderKind: 'tpk' }, { after: null, limit: 100, cursor: null });
    const server = page.records.find((r) => r.id === created.id);
    expect(server).toBeDefined();
    const { id: _id, ...values } = onRina?.values ?? {};
    expect(values).toEqual(JSON.parse(server?.fieldsJson ?? '{}'));
    expect(onRina?.stamps).toEqual(JSON.parse(server?.stampsJson ?? '{}'));
    expect(onRina?.values).toMatchObject({ headName: 'Siti Aminah', villageCode: villageB, deleted: false, createdAt: expect.any(String) });
    expect((await rina.queries.list('household')).map((h) => h.id)).toEqual([created.id]);

    // Siti's phone no longer shows it.
    expect(await siti.stored(created.id)).toBeUndefined();
    expect(await siti.queries.list('household')).toEqual([]);
  });
});
