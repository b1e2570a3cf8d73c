// The server skeleton against each store: health, security headers, the error shape,
// migrations, graceful shutdown.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { latestSchemaVersion, migrations } from '../../sync-server/store/migrations.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { buildTestApp } from './helpers/app.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';

describeEachStore('server foundation', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildTestApp(store, { now: () => new Date('2026-03-01T08:00:00.000Z') });
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  it('answers /api/health with version, store kind and a reachable database', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      store: backend.kind,
      database: 'reachable',
      time: '2026-03-01T08:00:00.000Z',
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 from /api/health when the database is down', async () => {
    await store.close();
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', database: 'unreachable' });
  });

  it('sends the security headers on API answers and on errors', async () => {
    for (const url of ['/api/health', '/api/no-such-route']) {
      const res = await app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['permissions-policy']).toContain('geolocation=(self)');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('answers unknown API routes with the one JSON error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/no-such-route?name=Siti', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
    expect(res.body).not.toContain('Siti');
  });

  it('runs every migration once and running them again changes nothing', async () => {
    expect(await store.schemaVersion()).toBe(latestSchemaVersion);
    await store.close();
    const again = await db.open();
    expect(await again.schemaVersion()).toBe(latestSchemaVersion);
    const third = await db.open();
    expect(await third.schemaVersion()).toBe(latestSchemaVersion);
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort((a, b) => a - b));
  });
});
