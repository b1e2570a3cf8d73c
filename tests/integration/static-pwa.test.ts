// Serving the built PWA: caching per file class, manifest type, SPA fallback, "not built" page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../sync-server/store/store.ts';
import { buildTestApp, makeFakeDist } from './helpers/app.ts';
import { makeTempDir, sqliteBackend, type TestDatabase } from './helpers/stores.ts';

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('static PWA', () => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await sqliteBackend.create();
    store = await db.open();
    app = await buildTestApp(store, { staticRoot: makeFakeDist() });
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  it('caches hashed assets for a year as immutable', async () => {
    for (const url of ['/assets/index-Bx7d9a1f.js', '/assets/index-C3e4f5a6.css']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const js = await app.inject({ method: 'GET', url: '/assets/index-Bx7d9a1f.js' });
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('makes the browser revalidate index.html, the service worker and the manifest', async () => {
    for (const url of ['/', '/index.html', '/sw.js', '/registerSW.js', '/workbox-window.prod.es5.js', '/manifest.webmanifest']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers.etag, url).toBeDefined();
    }
  });

  it('serves the manifest as application/manifest+json', async () => {
    const res = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(res.headers['content-type']).toContain('application/manifest+json');
    expect(res.json()).toMatchObject({ name: 'Genting' });
  });

  it('answers a conditional request with 304', async () => {
    const first = await app.inject({ method: 'GET', url: '/sw.js' });
    const again = await app.inject({ method: 'GET', url: '/sw.js', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('sends the CSP with the app page', async () => {
    const res = await app.inject({ method: 'GET', url: '/', headers: html });
    expect(res.headers['content-security-policy']).toContain("worker-src 'self'");
    expect(res.headers['content-security-policy']).toContain("manifest-src 'self'");
  });

  it('falls back to index.html for client-side routes that accept HTML', async () => {
    const res = await app.inject({ method: 'GET', url: '/keluarga/0192f0aa-1111-7000-8000-000000000001', headers: html });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<div id="app">');
  });

  it('answers 404 JSON for a missing file requested without HTML, and for /api paths', async () => {
    const missing = await app.inject({ method: 'GET', url: '/assets/gone-123.js', headers: { accept: '*/*' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not-found' } });
    const api = await app.inject({ method: 'GET', url: '/api/nothing', headers: html });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not-found' } });
  });

  it('does not serve files outside the build directory', async () => {
    const res = await app.inject({ method: 'GET', url: '/../package.json', headers: { accept: '*/*' } });
    expect(res.statusCode).toBe(404);
    const dot = await app.inject({ method: 'GET', url: '/%2e%2e/%2e%2e/etc/passwd', headers: { accept: '*/*' } });
    expect([400, 403, 404]).toContain(dot.statusCode);
    expect(dot.body).not.toContain('root:');
  });
});

describe('static PWA not built', () => {
  it('answers 503 with a page saying to run npm run build, and keeps the API working', async () => {
    const db = await sqliteBackend.create();
    const store = await db.open();
    const app = await buildTestApp(store, { staticRoot: makeTempDir('genting-empty-dist-') });
    try {
      const page = await app.inject({ method: 'GET', url: '/', headers: html });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('npm run build');
      const json = await app.inject({ method: 'GET', url: '/sw.js', headers: { accept: '*/*' } });
      expect(json.statusCode).toBe(503);
      expect(json.json()).toMatchObject({ error: { code: 'app-not-built' } });
      const api = await app.inject({ method: 'GET', url: '/api/nothing' });
      expect(api.statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
