// Text a store cannot keep (issue #12): U+0000 and lone UTF-16 surrogates in sign-in fields,
// account fields (user add/update, device names), path parameters and query parameters are
// answered 400 invalid-request on both stores (PostgreSQL failed them with a 500, or turned a
// lone surrogate into U+FFFD without a word), and nothing is written.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../sync-server/store/store.ts';
import { addUser, bearer, buildAccountApp, defaultPassword, signIn } from './helpers/accounts.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';

const bad = ['nul\u0000', 'high\uD800', 'low\uDC00x', '\uDFFF\uD800'];

describeEachStore('hostile text in account fields and parameters', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  let token: string;
  let adminId: string;

  beforeAll(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildAccountApp(store);
    adminId = await addUser(store, { username: 'admin1', role: 'admin', scope: 'all' });
    token = (await signIn(app, 'admin1')).token;
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  const json = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', ...extra });
  const accountsNow = async () => ({ users: await store.accounts.listUsers(), devices: (await store.accounts.listDevices()).map((d) => ({ ...d, lastSeenAt: '' })) });

  const bodies: [string, string, (text: string) => unknown, boolean][] = [
    ['sign-in username', '/api/auth/sign-in', (t) => ({ username: t, password: defaultPassword, deviceName: 'HP' }), false],
    ['sign-in password', '/api/auth/sign-in', (t) => ({ username: 'admin1', password: `${defaultPassword}${t}`, deviceName: 'HP' }), false],
    ['sign-in device name', '/api/auth/sign-in', (t) => ({ username: 'admin1', password: defaultPassword, deviceName: t }), false],
    ['setup fields', '/api/setup', (t) => ({ setupCode: t, username: 'admin2', displayName: t, password: `${defaultPassword}${t}`, deviceName: t }), false],
    ['new user display name', '/api/users', (t) => ({ username: 'baru1', displayName: t, role: 'viewer', scope: 'all', password: defaultPassword }), true],
    ['new user password', '/api/users', (t) => ({ username: 'baru2', displayName: 'Baru', role: 'viewer', scope: 'all', password: `${defaultPassword}${t}` }), true],
    ['new user username', '/api/users', (t) => ({ username: `baru3${t}`, displayName: 'Baru', role: 'viewer', scope: 'all', password: defaultPassword }), true],
  ];

  it.each(bodies)('refuses %s holding U+0000 or a lone surrogate with 400', async (_name, url, body, authed) => {
    const before = await accountsNow();
    for (const text of bad) {
      const res = await app.inject({ method: 'POST', url, headers: json(authed ? bearer(token) : {}), payload: JSON.stringify(body(text)) });
      expect(res.statusCode, JSON.stringify(text)).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'invalid-request', message: expect.any(String) } });
    }
    expect(await accountsNow()).toEqual(before);
  });

  it.each([
    ['display name', (t: string) => ({ displayName: t })],
    ['password', (t: string) => ({ password: `${defaultPassword}${t}` })],
  ])('refuses a user update of the %s holding U+0000 or a lone surrogate with 400', async (_name, body) => {
    const before = await accountsNow();
    for (const text of bad) {
      const res = await app.inject({ method: 'PATCH', url: `/api/users/${adminId}`, headers: json(bearer(token)), payload: JSON.stringify(body(text)) });
      expect(res.statusCode, JSON.stringify(text)).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'invalid-request', message: expect.any(String) } });
    }
    expect(await accountsNow()).toEqual(before);
  });

  it.each([
    ['PATCH', '/api/users/%00', '{"displayName":"Baru"}'],
    ['PATCH', '/api/users/admin1%00', '{"displayName":"Baru"}'],
    ['POST', '/api/devices/%00/revoke', '{}'],
    ['GET', '/api/records/household/%00/history', undefined],
    ['GET', '/api/records/household%00/x/history', undefined],
    ['GET', '/api/sync/snapshot?after=household:%00', undefined],
    ['GET', '/api/sync/snapshot?after=household:a&cursor=%00', undefined],
    ['GET', '/api/sync/pull?cursor=0&node=%00', undefined],
    ['GET', '/api/sync/pull?cursor=0&x%00=1', undefined],
  ])('refuses %s %s (U+0000 in a parameter) with 400', async (method, url, payload) => {
    const before = await accountsNow();
    const res = await app.inject({ method: method as 'GET', url, headers: json(bearer(token)), ...(payload ? { payload } : {}) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'invalid-request', message: expect.any(String) } });
    expect(await accountsNow()).toEqual(before);
  });
});
