// The HTTP errors of /api/sync as docs/sync-protocol.md 6.4 lists them (issue #12, finding 20):
// the answers to the limits (limit=0, cursor=-5, a body over 2 MB, more than 1000 changes),
// to an unknown route, and to a store that fails. Every one has the one error shape and a code
// of errorCodes (src/sync/protocol.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { errorCodes } from '../../src/sync/protocol.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import { buildSyncApp, household, newId, nodeA, stamp } from './helpers/sync.ts';

const auth = { authorization: 'Bearer token-all' };
const json = { ...auth, 'content-type': 'application/json' };

describeEachStore('sync error codes (6.4)', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  let failing: FastifyInstance;

  beforeAll(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildSyncApp(store);
    const broken = Object.create(store) as Store;
    broken.push = () => Promise.reject(new Error('database went away'));
    failing = await buildSyncApp(broken);
  });
  afterAll(async () => {
    await failing.close();
    await app.close();
    await db.destroy();
  });

  it.each([
    ['pull limit=0', 'GET', '/api/sync/pull?cursor=0&limit=0', 400, 'invalid-request'],
    ['pull limit=5001', 'GET', '/api/sync/pull?cursor=0&limit=5001', 400, 'invalid-request'],
    ['pull cursor=-5', 'GET', '/api/sync/pull?cursor=-5', 400, 'invalid-request'],
    ['pull cursor=abc', 'GET', '/api/sync/pull?cursor=abc', 400, 'invalid-request'],
    ['pull node=NODE', 'GET', '/api/sync/pull?node=NODE', 400, 'invalid-request'],
    ['snapshot limit=0', 'GET', '/api/sync/snapshot?limit=0', 400, 'invalid-request'],
    ['snapshot after=nonsense', 'GET', '/api/sync/snapshot?after=nonsense', 400, 'invalid-request'],
    ['an unknown route', 'GET', '/api/sync/nothing', 404, 'not-found'],
    ['GET on push', 'GET', '/api/sync/push', 404, 'not-found'],
  ] as const)('answers %s with %i %s', async (_name, method, url, status, code) => {
    const res = await app.inject({ method, url, headers: auth });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code, message: expect.any(String) } });
    expect(errorCodes).toContain(code);
  });

  it('answers both 413s of a push batch-too-large: more than 1000 changes, a body over 2 MB', async () => {
    const many = Array.from({ length: 1001 }, () => household(newId(), stamp(-1)));
    for (const changes of [many, [household(newId(), stamp(-1), { dusun: 'x'.repeat(2_200_000) })]]) {
      const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers: json, payload: JSON.stringify({ protocol: 1, nodeId: nodeA, changes }) });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toMatchObject({ error: { code: 'batch-too-large' } });
    }
  });

  it('answers a store failure 500 internal, without its message', async () => {
    const res = await failing.inject({ method: 'POST', url: '/api/sync/push', headers: json, payload: JSON.stringify({ protocol: 1, nodeId: nodeA, changes: [household(newId(), stamp(-1))] }) });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(res.body).not.toContain('database went away');
  });
});
