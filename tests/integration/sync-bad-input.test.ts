// Bad requests to /api/sync: each gets a clear 4xx in the one error shape, nothing of the
// request is applied, and the server keeps serving.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../sync-server/store/store.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import { buildSyncApp, household, newId, nodeA, pullAll, push, stamp } from './helpers/sync.ts';

const json = { 'content-type': 'application/json', authorization: 'Bearer token-all' };

describeEachStore('sync bad input', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildSyncApp(store);
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  const post = (payload: string, headers: Record<string, string> = json) =>
    app.inject({ method: 'POST', url: '/api/sync/push', headers, payload });
  const body = (changes: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ protocol: 1, nodeId: nodeA, changes, ...extra });

  it.each([
    ['malformed JSON', '{"protocol":1,"nodeId":', 400, 'malformed-json'],
    ['a JSON array', '[1,2]', 400, 'invalid-request'],
    ['protocol 2', JSON.stringify({ protocol: 2, nodeId: nodeA, changes: [] }), 400, 'unsupported-protocol'],
    ['no protocol', JSON.stringify({ nodeId: nodeA, changes: [] }), 400, 'unsupported-protocol'],
    ['a bad node id', body([], { nodeId: 'NODE' }), 400, 'invalid-request'],
    ['a change with a bad stamp', body([{ ...household(newId(), stamp(0)), stamp: 'yesterday' }]), 400, 'invalid-request'],
    ['fields that are not an object', body([{ ...household(newId(), stamp(0)), fields: 'x' }]), 400, 'invalid-request'],
    ['prototype pollution', '{"protocol":1,"nodeId":"aaaaaaaaaaaaaaaa","changes":[],"__proto__":{"x":1}}', 400, 'malformed-json'],
  ])('answers %s with %i %s', async (_name, payload, status, code) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('answers 413 batch-too-large for more than 1000 changes, and for a body over 2 MB', async () => {
    const many = Array.from({ length: 1001 }, () => household(newId(), stamp(-1)));
    const tooMany = await post(body(many));
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json()).toMatchObject({ error: { code: 'batch-too-large' } });
    const huge = await post(body([household(newId(), stamp(-1), { dusun: 'x'.repeat(2_200_000) })]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { code: 'batch-too-large' } });
  });

  it('answers 401 unauthorized without a valid token, on every sync route', async () => {
    const attempts: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'content-type': 'application/json', authorization: 'Bearer nope' },
    ];
    for (const headers of attempts) {
      const res = await post(body([]), headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
    for (const url of ['/api/sync/pull?cursor=0', '/api/sync/snapshot']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(401);
    }
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await post('protocol=1', { 'content-type': 'text/plain', authorization: 'Bearer token-all' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: { code: 'unsupported-media-type' } });
  });

  it.each([
    ['/api/sync/pull?cursor=-1', 'invalid-request'],
    ['/api/sync/pull?cursor=abc', 'invalid-request'],
    ['/api/sync/pull?limit=5001', 'invalid-request'],
    ['/api/sync/snapshot?after=spaceship:1', 'invalid-request'],
    ['/api/sync/snapshot?after=nocolon', 'invalid-request'],
    ['/api/sync/snapshot?limit=0', 'invalid-request'],
  ])('answers GET %s with 400 %s', async (url, code) => {
    const res = await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer token-all' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code } });
  });

  it('applied nothing from the refused requests and still serves', async () => {
    expect((await pullAll(app)).changes).toEqual([]);
    const id = newId();
    expect((await push(app, [household(id, stamp(-1))])).results[0]?.status).toBe('accepted');
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
