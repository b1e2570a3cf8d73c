// Issue #5: sign-in, device tokens, revocation, disabled users, throttling and the one-time
// setup code, on both stores. Every protected route answers 401 with no data for no token, a
// garbage token, a revoked token and a disabled user's token.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { issueSetupCode } from '../../sync-server/auth/accounts.ts';
import { createSignInThrottle } from '../../sync-server/auth/throttle.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { addUser, bearer, buildAccountApp, defaultPassword, signIn, signInRaw } from './helpers/accounts.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import { household, newId, nodeA, nowMs, stamp, villageA } from './helpers/sync.ts';

type Inject = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };
const protectedRoutes = (recordId: string): Inject[] => [
  { method: 'GET', url: '/api/sync/pull?cursor=0' },
  { method: 'GET', url: '/api/sync/snapshot' },
  { method: 'POST', url: '/api/sync/push', payload: { protocol: 1, nodeId: nodeA, changes: [] } },
  { method: 'GET', url: '/api/auth/me' },
  { method: 'POST', url: '/api/auth/sign-out' },
  { method: 'GET', url: '/api/users' },
  { method: 'POST', url: '/api/users', payload: {} },
  { method: 'PATCH', url: '/api/users/x', payload: {} },
  { method: 'GET', url: '/api/devices' },
  { method: 'POST', url: '/api/devices/x/revoke' },
  { method: 'GET', url: `/api/records/household/${recordId}/history` },
];

describeEachStore('accounts: sign-in and sessions', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  let clock: number;

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    clock = nowMs;
    app = await buildAccountApp(store, { now: () => new Date(clock), throttle: createSignInThrottle() });
    await addUser(store, { username: 'siti', displayName: 'Siti', role: 'kader', kaderKind: 'tpk', scope: { villages: [villageA] } });
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  async function expectUnauthorized(headers: Record<string, string>, recordId: string): Promise<void> {
    for (const route of protectedRoutes(recordId)) {
      const res = await app.inject({ ...route, headers });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  }

  it('signs in with the right password and answers a 256-bit opaque token that works as Bearer', async () => {
    const res = await signInRaw(app, '  SITI ', defaultPassword);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({ username: 'siti', displayName: 'Siti', role: 'kader', kaderKind: 'tpk', scope: { villages: [villageA] } });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|passwordHash/);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(body.token) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'siti', role: 'kader' }, deviceId: body.deviceId });
    const devices = await store.accounts.listDevices();
    expect(devices).toHaveLength(1);
    expect(JSON.stringify(devices)).not.toContain(body.token);
  });

  it('refuses a wrong password and an unknown user alike (401 invalid-credentials), and short or missing fields (400)', async () => {
    for (const [username, password] of [['siti', 'salah-sekali-ya'], ['nobody', defaultPassword]] as const) {
      const res = await signInRaw(app, username, password);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'invalid-credentials', message: expect.any(String) } });
    }
    const missing = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'siti' } });
    expect(missing.statusCode).toBe(400);
  });

  it('every protected route: no token, a garbage token, a revoked token, a disabled user -> 401 and no data', async () => {
    const { token, deviceId } = await signIn(app, 'siti');
    const recordId = newId();
    const pushed = await app.inject({ method: 'POST', url: '/api/sync/push', headers: bearer(token), payload: { protocol: 1, nodeId: nodeA, changes: [household(recordId, stamp(-1))] } });
    expect(pushed.json().results[0].status).toBe('accepted');

    await expectUnauthorized({}, recordId);
    await expectUnauthorized({ authorization: 'Bearer not-a-real-token-at-all' }, recordId);
    await expectUnauthorized({ authorization: `Basic ${token}` }, recordId);

    // Revoked: the very next request is refused.
    const other = await signIn(app, 'siti');
    expect((await store.accounts.revokeDevice(deviceId, new Date(clock).toISOString()))).toBe(true);
    await expectUnauthorized(bearer(token), recordId);
    expect((await app.inject({ method: 'GET', url: '/api/sync/pull', headers: bearer(other.token) })).statusCode).toBe(200);

    // Disabled user: every device refused at once, and sign-in refused.
    const user = await store.accounts.findUserByUsername('siti');
    await store.accounts.updateUser(user?.id ?? '', { active: false, updatedAt: new Date(clock).toISOString() });
    await expectUnauthorized(bearer(other.token), recordId);
    expect((await signInRaw(app, 'siti', defaultPassword)).statusCode).toBe(401);
  });

  it('sign-out revokes this device only', async () => {
    const first = await signIn(app, 'siti');
    const second = await signIn(app, 'siti');
    expect((await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: bearer(first.token) })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(first.token) })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(second.token) })).statusCode).toBe(200);
  });

  it('throttles guessing: the 11th attempt in a minute is refused even with the right password, with Retry-After', async () => {
    for (let i = 0; i < 10; i += 1) {
      clock += 3_000;
      expect((await signInRaw(app, 'siti', `tebakan-salah-${i}`)).statusCode).toBe(401);
    }
    clock += 3_000;
    const refused = await signInRaw(app, 'siti', defaultPassword);
    expect(refused.statusCode).toBe(429);
    const body = refused.json();
    expect(body.error.code).toBe('too-many-attempts');
    expect(body.retryAfterSeconds).toBeGreaterThan(10 * 60);
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(refused.headers['retry-after']).toBe(String(body.retryAfterSeconds));
    // Another username from another address is not affected; this one is, until the window passes.
    await addUser(store, { username: 'budi', role: 'kader', scope: { villages: [villageA] } });
    expect((await signInRaw(app, 'budi', defaultPassword, { 'x-forwarded-for': '10.0.0.9' })).statusCode).toBe(200);
    clock += body.retryAfterSeconds * 1000;
    expect((await signInRaw(app, 'siti', defaultPassword)).statusCode).toBe(200);
  });

  it('throttles one address trying many usernames', async () => {
    for (let i = 0; i < 50; i += 1) expect((await signInRaw(app, `user${i}`, 'tebakan-salah')).statusCode).toBe(401);
    const res = await signInRaw(app, 'siti', defaultPassword);
    expect(res.statusCode).toBe(429);
  });

  it('keeps a username locked while failures from many addresses flood the throttle table', async () => {
    await app.close();
    app = await buildAccountApp(store, { now: () => new Date(clock), throttle: createSignInThrottle({ windowMs: 15 * 60_000, maxPerUsername: 10, maxPerIp: 50, maxKeys: 64 }) });
    for (let i = 0; i < 10; i += 1) expect((await signInRaw(app, 'siti', `tebakan-salah-${i}`, { 'x-forwarded-for': '10.0.0.1' })).statusCode).toBe(401);
    expect((await signInRaw(app, 'siti', defaultPassword, { 'x-forwarded-for': '10.0.0.2' })).statusCode).toBe(429);
    // 200 failed sign-ins, each a new username from a new address: far more keys than the table holds.
    for (let i = 0; i < 200; i += 1) {
      clock += 100;
      expect((await signInRaw(app, `orang${i}`, 'tebakan-salah', { 'x-forwarded-for': `172.16.${i >> 8}.${i & 255}` })).statusCode).toBe(401);
    }
    expect((await signInRaw(app, 'siti', defaultPassword, { 'x-forwarded-for': '10.0.0.3' })).statusCode).toBe(429);
  });

  it('caps the sign-in body size', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'siti', password: 'x'.repeat(10_000), deviceName: 'HP' } });
    expect(res.statusCode).toBe(413);
  });
});

describeEachStore('accounts: first administrator', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildAccountApp(store);
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  const setup = (setupCode: string, username = 'admin') =>
    app.inject({ method: 'POST', url: '/api/setup', payload: { setupCode, username, displayName: 'Admin Desa', password: 'rahasia-admin-1', deviceName: 'Laptop kantor' } });

  it('a setup code works once: it creates the first admin (signed in) and then nothing else', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ setupNeeded: true });
    const code = await issueSetupCode({ accounts: store.accounts, now: () => new Date(nowMs) });
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const wrong = await setup('AAAA-BBBB-CCCC');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('invalid-setup-code');

    const created = await setup(` ${(code ?? '').toLowerCase().replace(/-/g, ' ')} `);
    expect(created.statusCode).toBe(201);
    const { token, user } = created.json();
    expect(user).toMatchObject({ username: 'admin', role: 'admin', scope: 'all' });
    expect((await app.inject({ method: 'GET', url: '/api/users', headers: bearer(token) })).statusCode).toBe(200);

    const again = await setup(code ?? '', 'admin2');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup-not-available');
    expect((await app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ setupNeeded: false });
    expect(await issueSetupCode({ accounts: store.accounts, now: () => new Date(nowMs) })).toBeNull();
    expect(await store.accounts.countUsers()).toBe(1);
  });

  it('throttles wrong setup codes per address: one address guessing does not lock the setup for another', async () => {
    const code = (await issueSetupCode({ accounts: store.accounts, now: () => new Date(nowMs) })) ?? '';
    const from = (ip: string, setupCode: string) =>
      app.inject({ method: 'POST', url: '/api/setup', headers: { 'x-forwarded-for': ip }, payload: { setupCode, username: 'admin', displayName: 'Admin Desa', password: 'rahasia-admin-1', deviceName: 'Laptop kantor' } });
    for (let i = 0; i < 50; i += 1) expect((await from('10.0.0.1', 'AAAA-BBBB-CCCC')).statusCode).toBe(403);
    const throttled = await from('10.0.0.1', code);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.code).toBe('too-many-attempts');
    expect((await from('10.0.0.2', code)).statusCode).toBe(201);
  });

  it('a restart issues a new code and the old one no longer works', async () => {
    const first = await issueSetupCode({ accounts: store.accounts, now: () => new Date(nowMs) });
    const second = await issueSetupCode({ accounts: store.accounts, now: () => new Date(nowMs) });
    expect(second).not.toBe(first);
    expect((await setup(first ?? '')).statusCode).toBe(403);
    expect((await setup(second ?? '')).statusCode).toBe(201);
  });

  it('two concurrent setups with the right code create one admin', async () => {
    const code = (await issueSetupCode({ accounts: store.accounts, now: () => new Date(nowMs) })) ?? '';
    const results = await Promise.all([setup(code, 'admin'), setup(code, 'admin2'), setup(code, 'admin3')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await store.accounts.countUsers()).toBe(1);
  });
});
