// Issue #12, finding 5, on both stores: a node id belongs to the device that first pushed with
// it. Another signed-in device pushing under it gets 403 node-id-taken (nothing stored), and
// its pull's node= cannot hide that device's changes; the same phone signing in again (its old
// session revoked) keeps its node id.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Change } from '../../src/sync/protocol.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { addUser, bearer, buildAccountApp, signIn } from './helpers/accounts.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import { household, newId, stamp, villageA } from './helpers/sync.ts';

const nodeSiti = 's1111111111111ss';
const nodeRina = 'r2222222222222rr';

describeEachStore('node ids belong to one device (issue #12)', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildAccountApp(store);
    await addUser(store, { username: 'siti', role: 'kader', scope: { villages: [villageA] } });
    await addUser(store, { username: 'rina', role: 'kader', scope: { villages: [villageA] } });
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  const pushAs = (token: string, nodeId: string, changes: Change[]) =>
    app.inject({ method: 'POST', url: '/api/sync/push', headers: bearer(token), payload: { protocol: 1, nodeId, changes } });
  const pullIds = async (token: string, node: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/sync/pull?cursor=0&limit=100&node=${node}`, headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    return (res.json() as { changes: { id: string }[] }).changes.map((c) => c.id);
  };

  it('refuses a push under another live device\'s node id, and ignores node= for it on pull', async () => {
    const siti = await signIn(app, 'siti');
    const rina = await signIn(app, 'rina');
    const sitiRecord = newId();
    expect((await pushAs(siti.token, nodeSiti, [household(sitiRecord, stamp(-5000, 0, nodeSiti))])).statusCode).toBe(200);

    const rinaRecord = newId();
    const taken = await pushAs(rina.token, nodeSiti, [household(rinaRecord, stamp(-4000, 0, nodeSiti))]);
    expect(taken.statusCode).toBe(403);
    expect(taken.json()).toEqual({ error: { code: 'node-id-taken', message: expect.any(String) } });
    expect(await pullIds(siti.token, nodeRina)).toEqual([sitiRecord]);

    // Rina under her own node: stored, and Siti's pull with node= Siti's node still sees it.
    expect((await pushAs(rina.token, nodeRina, [household(rinaRecord, stamp(-4000, 0, nodeRina))])).statusCode).toBe(200);
    expect(await pullIds(siti.token, nodeSiti)).toEqual([rinaRecord]);
    // Rina asking to leave out Siti's node is ignored: she gets Siti's changes too.
    expect(await pullIds(rina.token, nodeSiti)).toEqual([sitiRecord, rinaRecord]);
    expect(await pullIds(rina.token, nodeRina)).toEqual([sitiRecord]);
  });

  it("a stamp naming another phone's node hides nothing from that phone (its pull leaves out only its own pushes)", async () => {
    const siti = await signIn(app, 'siti');
    const rina = await signIn(app, 'rina');
    expect((await pushAs(siti.token, nodeSiti, [household(newId(), stamp(-6000, 0, nodeSiti))])).statusCode).toBe(200);
    const forged = newId();
    const res = await pushAs(rina.token, nodeRina, [household(forged, stamp(-4000, 0, nodeSiti))]);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['accepted']);
    expect(await pullIds(siti.token, nodeSiti)).toEqual([forged]);
  });

  it('lets the same phone keep its node id after its session was revoked and it signed in again', async () => {
    const first = await signIn(app, 'siti');
    expect((await pushAs(first.token, nodeSiti, [household(newId(), stamp(-5000, 0, nodeSiti))])).statusCode).toBe(200);
    await store.accounts.revokeDevice(first.deviceId, new Date().toISOString());
    const again = await signIn(app, 'siti');
    const res = await pushAs(again.token, nodeSiti, [household(newId(), stamp(-4000, 0, nodeSiti))]);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { results: { status: string }[] }).results[0]?.status).toBe('accepted');
    // Now the old owner is gone for good: another live device is refused again.
    const rina = await signIn(app, 'rina');
    expect((await pushAs(rina.token, nodeSiti, [])).statusCode).toBe(403);
  });
});
