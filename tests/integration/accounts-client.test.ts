// Issue #5, the app's side against the real server (in-process, both stores): a device signs
// in, syncs, works for a "week" offline and syncs again without signing in; then its device is
// revoked: the next sync gets 401, the session is marked expired and the outbox keeps every
// change; after signing in again the same changes are sent and accepted, nothing lost.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createAccountTransport } from '../../src/db/account-transport.ts';
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

const village = '3302012001';
const weekMs = 7 * 24 * 60 * 60 * 1000;

describeEachStore('accounts: the app signs in, syncs, survives a revoked device', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  const time = manualTime(Date.UTC(2026, 2, 1, 8));

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildAccountApp(store, { now: () => new Date(time.now()), schemas: serverRecordSchemas });
    await addUser(store, { username: 'siti', displayName: 'Siti', role: 'kader', kaderKind: 'tpk', scope: { villages: [village] } });
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  function makeApp() {
    const device = makeDevice({ time, nodeId: 'c1000000000000cc' });
    const fetch = injectFetch(app);
    const session = createSessionStore({ db: device.db, transport: createAccountTransport({ baseUrl: 'http://localhost', fetch }), wallNow: time.now, deviceName: () => 'Chrome Android' });
    const status = createSyncStatusStore();
    const transport = createFetchTransport({ baseUrl: 'http://localhost', getToken: session.getToken, fetch, wallNow: time.now });
    const engine = createSyncEngine({ db: device.db, clock: device.clock, transport, status, wallNow: time.now, lock: createInProcessLock() });
    status.subscribe(() => {
      if (status.getSnapshot().status.state === 'signed-out') void session.markExpired();
    });
    return { ...device, session, status, engine };
  }

  const household = (headName: string) => ({ villageCode: village, headName, dusun: 'Krajan', rt: '001', rw: '002' });
  const serverHeadNames = async () => {
    const page = await store.snapshot({ userId: 'test', scope: 'all', role: 'admin', displayName: 'Test', kaderKind: null }, { after: null, limit: 1000, cursor: null });
    return page.records.map((r) => (JSON.parse(r.fieldsJson) as { headName: string }).headName).sort();
  };

  it('week offline without signing in again; revoked: 401 keeps the outbox, sign in again sends it', async () => {
    const phone = makeApp();
    await phone.session.load();
    expect(await phone.engine.syncOnce()).toEqual({ ok: false, reason: 'unauthorized' });
    expect(await phone.session.signIn('siti', defaultPassword)).toEqual({ ok: true });

    await phone.repos.create('household', household('Keluarga Satu'));
    expect(await phone.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });

    // A week offline: both clocks move on, she keeps working; back online, no sign-in needed.
    time.advance(weekMs);
    await phone.repos.create('household', household('Keluarga Dua'));
    expect(await phone.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    expect(await serverHeadNames()).toEqual(['Keluarga Dua', 'Keluarga Satu']);

    // The coordinator revokes the device; she keeps working.
    const [device] = await store.accounts.listDevices();
    await store.accounts.revokeDevice(device?.id ?? '', new Date(time.now()).toISOString());
    await phone.repos.create('household', household('Keluarga Tiga'));
    await phone.repos.create('household', household('Keluarga Empat'));
    expect(await phone.engine.syncOnce()).toEqual({ ok: false, reason: 'unauthorized' });
    expect(phone.status.getSnapshot().status).toEqual({ state: 'signed-out' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(phone.session.getSnapshot()).toMatchObject({ state: 'expired', user: { username: 'siti' } });
    expect(phone.status.getSnapshot().pendingCount).toBe(2);
    expect(await serverHeadNames()).toEqual(['Keluarga Dua', 'Keluarga Satu']);

    expect(await phone.session.signIn('siti', defaultPassword)).toEqual({ ok: true });
    expect(await phone.engine.syncOnce()).toMatchObject({ ok: true, pushed: 2 });
    expect(phone.status.getSnapshot().pendingCount).toBe(0);
    expect(await serverHeadNames()).toEqual(['Keluarga Dua', 'Keluarga Empat', 'Keluarga Satu', 'Keluarga Tiga']);
    const history = await phone.session.history('household', (await phone.queries.list('household')).find((h) => h.headName === 'Keluarga Tiga')?.id ?? '');
    expect(history).toMatchObject({ ok: true, value: [{ author: { displayName: 'Siti', role: 'kader', kaderKind: 'tpk' } }] });
  });

  it('a throttled sign-in tells how long to wait', async () => {
    const phone = makeApp();
    await phone.session.load();
    for (let i = 0; i < 10; i += 1) expect(await phone.session.signIn('siti', `salah-${i}-salah`)).toEqual({ ok: false, reason: 'invalid-credentials' });
    const refused = await phone.session.signIn('siti', defaultPassword);
    expect(refused).toMatchObject({ ok: false, reason: 'too-many-attempts' });
    expect(refused.ok === false && refused.reason === 'too-many-attempts' && refused.retryAfterSeconds).toBeGreaterThan(60);
  });
});
