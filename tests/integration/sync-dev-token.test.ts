// The development token of the configuration (GENTING_DEV_TOKEN, GENTING_DEV_SCOPE) stands in
// for accounts: it authenticates, and its scope is enforced by the store.
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../sync-server/app.ts';
import { makeFakeDist, testConfig, testToken } from './helpers/app.ts';
import { sqliteBackend, type TestDatabase } from './helpers/stores.ts';
import { household, newId, nodeA, nowMs, stamp, testSchemas, villageA, villageOther } from './helpers/sync.ts';

describe('development token', () => {
  let db: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await sqliteBackend.create();
    const store = await db.open();
    const config = testConfig({ STATIC_DIR: makeFakeDist(), GENTING_DEV_SCOPE: villageA });
    app = await buildApp({ config, store, logger: false, now: () => new Date(nowMs), schemas: testSchemas });
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  it('accepts the configured token and applies its village scope', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${testToken}` },
      payload: { protocol: 1, nodeId: nodeA, changes: [household(newId(), stamp(-1)), household(newId(), stamp(-1), {}, villageOther)] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { status: string; reason?: string }) => r.reason ?? r.status)).toEqual(['accepted', 'outside-scope']);
  });

  it('refuses the default token when another one is configured, and a token without Bearer', async () => {
    for (const authorization of ['Bearer dev-token', testToken, `Basic ${testToken}`]) {
      const res = await app.inject({ method: 'GET', url: '/api/sync/pull', headers: { authorization } });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });
});
