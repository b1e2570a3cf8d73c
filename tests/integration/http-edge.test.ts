// The HTTP edge against hostile URLs (issue #12): the origin check and the token gate judge
// the route the router chose, never the raw URL; every error, the framework's own included,
// is the one JSON shape with a fixed message that echoes nothing of the request.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../sync-server/store/store.ts';
import { addUser, bearer, buildAccountApp, defaultPassword, signIn } from './helpers/accounts.ts';
import { describeEachStore, sqliteBackend, type TestDatabase } from './helpers/stores.ts';

const foreign = 'https://evil.example';
const errorShape = { error: { code: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/), message: expect.any(String) } };
const secret = 'Siti-Aminah-3201010101010001';

describeEachStore('HTTP edge: routed path, error shape', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildAccountApp(store);
    await addUser(store, { username: 'admin1', role: 'admin', scope: 'all' });
    token = (await signIn(app, 'admin1')).token;
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  const signInBody = JSON.stringify({ username: 'admin1', password: defaultPassword, deviceName: 'HP uji' });

  it.each([
    '/api/auth/sign-in',
    '/%61pi/auth/sign-in',
    '/%61%70%69/auth/sign-in',
    '/api/%61uth/sign-in',
    '/api/auth/sign%2Din',
    '//api/auth/sign-in',
    '/api/./auth/sign-in',
    '/api/auth/sign-in/',
    '/API/auth/sign-in',
    '/api/auth/sign-in;jsessionid=1',
  ])('refuses a foreign Origin on POST %s (never a session)', async (url) => {
    const res = await app.inject({ method: 'POST', url, headers: { origin: foreign, 'content-type': 'application/json' }, payload: signInBody });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: { code: 'cross-origin', message: expect.any(String) } });
  });

  it.each(['/%61pi/auth/me', '/api/%61uth/me', '/%61pi/users', '/%61pi/sync/pull?cursor=0', '/%61pi/records/household/x/history'])(
    'judges GET %s as the /api route it reaches: foreign origin 403, no token 401, a token 200/404',
    async (url) => {
      const cross = await app.inject({ method: 'GET', url, headers: { ...bearer(token), origin: foreign } });
      expect(cross.statusCode).toBe(403);
      const anonymous = await app.inject({ method: 'GET', url });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
      const ok = await app.inject({ method: 'GET', url, headers: bearer(token) });
      expect([200, 404]).toContain(ok.statusCode);
    },
  );

  it('serves the app shell for an HTML request outside /api, but never for an /api spelling', async () => {
    const page = await app.inject({ method: 'GET', url: '/anak/123', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    for (const url of ['/%61pi/nothing', '/API/nothing', '//api/nothing']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(errorShape);
    }
  });

  it.each([
    ['GET', `/api/records/household/%ZZ${secret}/history`, 400, 'invalid-request'],
    ['GET', `/api/%E0%A4%A${secret}`, 400, 'invalid-request'],
    ['PATCH', `/api/users/%ZZ${secret}`, 400, 'invalid-request'],
    ['POST', `/api/devices/${secret.repeat(10)}/revoke`, 414, 'uri-too-long'],
    ['GET', `/api/records/household/${secret.repeat(10)}/history`, 404, 'not-found'],
    ['GET', `/api/no-such-route/${secret}`, 404, 'not-found'],
    ['DELETE', `/api/users/${secret}`, 404, 'not-found'],
  ])('answers %s %s with %i %s in the one shape, echoing nothing', async (method, url, status, code) => {
    const res = await app.inject({ method: method as 'GET', url, headers: { ...bearer(token), 'content-type': 'application/json' }, payload: method === 'GET' ? undefined : '{}' });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toEqual({ error: { code, message: expect.any(String) } });
    expect(res.body).not.toContain('Siti');
    expect(res.body).not.toContain('FST_');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['text/plain', 'x', 415, 'unsupported-media-type'],
    ['application/json', 'x'.repeat(70_000), 413, 'payload-too-large'],
    ['application/json', `{"displayName":"${secret}"`, 400, 'malformed-json'],
    ['application/json', '', 400, 'malformed-json'],
  ])('answers a body of %s (%#) with %i %s', async (contentType, payload, status, code) => {
    const res = await app.inject({ method: 'POST', url: '/api/users', headers: { ...bearer(token), 'content-type': contentType }, payload });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code, message: expect.any(String) } });
    expect(res.body).not.toContain('Siti');
  });

  it('an oversized push is batch-too-large however /api is spelled', async () => {
    const payload = JSON.stringify({ protocol: 1, nodeId: 'aaaaaaaaaaaaaaaa', changes: [], pad: 'x'.repeat(2_200_000) });
    for (const url of ['/api/sync/push', '/%61pi/sync/push']) {
      const res = await app.inject({ method: 'POST', url, headers: { ...bearer(token), 'content-type': 'application/json' }, payload });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toEqual({ error: { code: 'batch-too-large', message: expect.any(String) } });
    }
  });
});

describe('HTTP edge over a real socket: what Node refuses before Fastify', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    db = await sqliteBackend.create();
    app = await buildAccountApp(await db.open());
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  function raw(request: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString('utf8')));
      socket.on('end', () => resolve(data));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      socket.write(request);
    });
  }

  it.each([
    ['a huge query string', `GET /api/sync/pull?cursor=0&name=${secret}${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, 'headers-too-large'],
    ['a malformed request line', `GET /api/${secret} BLAH\r\n\r\n`, 400, 'bad-request'],
    ['a bad header', `GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header: ${secret}\r\n\r\n`, 400, 'bad-request'],
  ])('answers %s in the one shape', async (_name, request, status, code) => {
    const answer = await raw(request);
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`);
    expect(JSON.parse(body)).toEqual({ error: { code, message: expect.any(String) } });
    expect(answer).not.toContain('Siti');
  });
});
