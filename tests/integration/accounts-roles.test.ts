// Issue #5: role rules and village scopes on push, pull, snapshot, history and account
// management, on both stores. Assertions are on response bodies: nothing of another village
// is ever sent, and each refused change carries its reason.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Change } from '../../src/sync/protocol.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { addUser, bearer, buildAccountApp, signIn } from './helpers/accounts.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import { edit, household, newId, nowIso, stamp, villageA, villageB, villageOther } from './helpers/sync.ts';

const sponsor = (id: string, s: string, village = villageA): Change => ({
  kind: 'sponsor', id, villageCode: village, stamp: s,
  fields: { villageCode: village, createdAt: nowIso, updatedAt: nowIso, deleted: false, name: 'PT Sumber Rejeki' },
});

/** Each signed-in phone has its own node id (a node id is bound to the device that first pushes with it). */
const nodeOf = (name: string) => name.replace(/[^a-z0-9]/g, '').padEnd(16, '0').slice(0, 16);
/** The change as that phone would stamp it: same time and counter, its own node id. */
const stampedBy = (name: string, change: Change): Change => ({ ...change, stamp: `${change.stamp.slice(0, 13)}${nodeOf(name)}` });

describeEachStore('accounts: roles and scopes', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  let tick = 0;
  const nextStamp = () => stamp(-60_000 + (tick += 1));

  beforeAll(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildAccountApp(store);
    await addUser(store, { username: 'siti', displayName: 'Siti', role: 'kader', kaderKind: 'tpk', scope: { villages: [villageA] } });
    await addUser(store, { username: 'rina', displayName: 'Rina', role: 'kader', kaderKind: 'genre', scope: { villages: [villageB] } });
    await addUser(store, { username: 'bu-koor', displayName: 'Bu Koor', role: 'koordinator', scope: { villages: [villageA] } });
    await addUser(store, { username: 'camat', displayName: 'Pak Camat', role: 'viewer', scope: { prefixes: ['320101'] } });
    await addUser(store, { username: 'admin-kab', displayName: 'Admin Kab', role: 'admin', scope: { prefixes: ['3201'] } });
    for (const name of ['siti', 'rina', 'bu-koor', 'camat', 'admin-kab']) tokens[name] = (await signIn(app, name)).token;
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  async function pushAs(name: string, changes: Change[]) {
    const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers: bearer(tokens[name] ?? ''), payload: { protocol: 1, nodeId: nodeOf(name), changes: changes.map((c) => stampedBy(name, c)) } });
    expect(res.statusCode).toBe(200);
    return (res.json() as { results: { status: string; reason?: string }[] }).results.map((r) => r.reason ?? r.status);
  }

  async function pullAllAs(name: string) {
    const res = await app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0&limit=5000', headers: bearer(tokens[name] ?? '') });
    expect(res.statusCode).toBe(200);
    return res.json() as { changes: { id: string; villageCode: string; kind: string }[] };
  }

  it('a kader writes field data of her village only; each refused change says why', async () => {
    const results = await pushAs('siti', [
      household(newId(), nextStamp()),
      household(newId(), nextStamp(), {}, villageB),
      household(newId(), nextStamp(), {}, villageOther),
      sponsor(newId(), nextStamp()),
      household(newId(), nextStamp()),
    ]);
    expect(results).toEqual(['accepted', 'outside-scope', 'outside-scope', 'not-permitted', 'accepted']);
  });

  it('a koordinator also writes sponsors in her village, not in another', async () => {
    expect(await pushAs('bu-koor', [sponsor(newId(), nextStamp()), sponsor(newId(), nextStamp(), villageB), household(newId(), nextStamp())])).toEqual([
      'accepted', 'outside-scope', 'accepted',
    ]);
  });

  it('a viewer writes nothing, but reads her whole kecamatan', async () => {
    expect(await pushAs('camat', [household(newId(), nextStamp()), sponsor(newId(), nextStamp())])).toEqual(['not-permitted', 'not-permitted']);
    await pushAs('rina', [household(newId(), nextStamp(), {}, villageB)]);
    const villages = new Set((await pullAllAs('camat')).changes.map((c) => c.villageCode));
    expect(villages).toEqual(new Set([villageA, villageB]));
  });

  it('an admin writes anything inside her kabupaten, nothing outside', async () => {
    expect(await pushAs('admin-kab', [sponsor(newId(), nextStamp(), villageB), household(newId(), nextStamp(), {}, villageOther)])).toEqual(['accepted', 'outside-scope']);
  });

  it('pull and snapshot never return another village', async () => {
    const otherId = newId();
    await pushAs('rina', [household(otherId, nextStamp(), { headName: 'Keluarga Desa B' }, villageB)]);
    const pulled = await pullAllAs('siti');
    expect(pulled.changes.length).toBeGreaterThan(0);
    expect(pulled.changes.every((c) => c.villageCode === villageA)).toBe(true);
    const snapshot = await app.inject({ method: 'GET', url: '/api/sync/snapshot?limit=5000', headers: bearer(tokens.siti ?? '') });
    expect(snapshot.statusCode).toBe(200);
    expect(snapshot.body).not.toContain(villageB);
    expect(snapshot.body).not.toContain('Keluarga Desa B');
    expect(snapshot.body).not.toContain(otherId);
    // Editing another village's record by id (claiming her own village) is refused too.
    expect(await pushAs('siti', [edit(otherId, nextStamp(), { headName: 'Diubah' }, villageA)])).toEqual(['outside-scope']);
  });

  it('record history: who changed which fields and when, only inside the scope', async () => {
    const id = newId();
    await pushAs('siti', [household(id, stamp(-5_000))]);
    await pushAs('bu-koor', [edit(id, stamp(-1_000), { dusun: 'Kulon', updatedAt: nowIso })]);
    const res = await app.inject({ method: 'GET', url: `/api/records/household/${id}/history`, headers: bearer(tokens.siti ?? '') });
    expect(res.statusCode).toBe(200);
    const { entries } = res.json();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ fields: ['dusun', 'updatedAt'], author: { displayName: 'Bu Koor', role: 'koordinator', kaderKind: null } });
    expect(entries[0].changedAt).toBe(new Date(Date.parse(nowIso) - 1_000).toISOString());
    expect(entries[1]).toMatchObject({ author: { displayName: 'Siti', role: 'kader', kaderKind: 'tpk' } });
    expect(entries[1].fields).toContain('headName');
    expect(JSON.stringify(entries)).not.toContain('Kulon');
    const outside = await app.inject({ method: 'GET', url: `/api/records/household/${id}/history`, headers: bearer(tokens.rina ?? '') });
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
  });

  it('account management: kader and viewer 403; koordinator manages kader of her village only; admin within her kabupaten', async () => {
    for (const name of ['siti', 'camat']) {
      const res = await app.inject({ method: 'GET', url: '/api/users', headers: bearer(tokens[name] ?? '') });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    }
    const create = (name: string, body: object) => app.inject({ method: 'POST', url: '/api/users', headers: bearer(tokens[name] ?? ''), payload: body });
    const newKader = { username: 'kader-baru', displayName: 'Kader Baru', role: 'kader', kaderKind: 'poktan', scope: { villages: [villageA] }, password: 'sandi-kader-baru' };
    expect((await create('bu-koor', { ...newKader, scope: { villages: [villageB] } })).statusCode).toBe(403);
    expect((await create('bu-koor', { ...newKader, role: 'admin', kaderKind: null })).statusCode).toBe(403);
    const created = await create('bu-koor', newKader);
    expect(created.statusCode).toBe(201);
    expect(JSON.stringify(created.json())).not.toMatch(/scrypt|sandi-kader-baru/);
    expect((await create('bu-koor', newKader)).statusCode).toBe(409);

    const listed = await app.inject({ method: 'GET', url: '/api/users', headers: bearer(tokens['bu-koor'] ?? '') });
    expect((listed.json().users as { username: string }[]).map((u) => u.username).sort()).toEqual(['kader-baru', 'siti']);
    const rina = await store.accounts.findUserByUsername('rina');
    const patchRina = await app.inject({ method: 'PATCH', url: `/api/users/${rina?.id}`, headers: bearer(tokens['bu-koor'] ?? ''), payload: { active: false } });
    expect(patchRina.statusCode).toBe(404);
    expect((await app.inject({ method: 'PATCH', url: `/api/users/${created.json().user.id}`, headers: bearer(tokens['bu-koor'] ?? ''), payload: { scope: 'all' } })).statusCode).toBe(403);

    const adminList = await app.inject({ method: 'GET', url: '/api/users', headers: bearer(tokens['admin-kab'] ?? '') });
    expect((adminList.json().users as { username: string }[]).map((u) => u.username).sort()).toEqual(['admin-kab', 'bu-koor', 'camat', 'kader-baru', 'rina', 'siti']);
  });

  it('a koordinator revokes a kader device of her village; the kader is refused on the next request', async () => {
    const session = await signIn(app, 'siti');
    const devices = await app.inject({ method: 'GET', url: '/api/devices', headers: bearer(tokens['bu-koor'] ?? '') });
    const ids = (devices.json().devices as { id: string; username: string }[]).filter((d) => d.username === 'siti').map((d) => d.id);
    expect(ids).toContain(session.deviceId);
    expect(JSON.stringify(devices.json())).not.toContain(session.token);
    const rinaDevice = (await store.accounts.listDevices()).find((d) => d.username === 'rina');
    expect((await app.inject({ method: 'POST', url: `/api/devices/${rinaDevice?.id}/revoke`, headers: bearer(tokens['bu-koor'] ?? '') })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: `/api/devices/${session.deviceId}/revoke`, headers: bearer(tokens['bu-koor'] ?? '') })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/sync/pull', headers: bearer(session.token) })).statusCode).toBe(401);
  });

  it('another origin is refused, and no CORS header is ever sent', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/sync/pull', headers: { ...bearer(tokens.siti ?? ''), origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('cross-origin');
    const same = await app.inject({ method: 'GET', url: '/api/sync/pull', headers: { ...bearer(tokens.siti ?? ''), origin: 'http://localhost:80', host: 'localhost:80' } });
    expect(same.statusCode).toBe(200);
    expect(same.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({ method: 'OPTIONS', url: '/api/auth/sign-in', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
