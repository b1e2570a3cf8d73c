// Graceful shutdown (in-flight requests finish, new ones refused, database closed after),
// HTTPS when TLS_CERT_FILE/TLS_KEY_FILE are set, and configuration errors.
import { execFileSync } from 'node:child_process';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../sync-server/app.ts';
import { readConfig } from '../../sync-server/config.ts';
import { buildTestApp, testConfig, testToken } from './helpers/app.ts';
import { describeEachStore, makeTempDir, sqliteBackend } from './helpers/stores.ts';

describeEachStore('graceful shutdown', (backend) => {
  it('lets an in-flight request finish, refuses new connections, then the store closes', async () => {
    const db = await backend.create();
    const store = await db.open();
    const app = await buildApp({ config: testConfig(), store, logger: false });
    let release: () => void = () => undefined;
    app.get('/api/test-slow', async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return { done: await store.ping() };
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const inFlight = fetch(`${address}/api/test-slow`, { headers: { authorization: `Bearer ${testToken}` } });
      await new Promise((r) => setTimeout(r, 50));
      const closing = app.close().then(() => store.close());
      await new Promise((r) => setTimeout(r, 50));
      await expect(fetch(`${address}/api/health`)).rejects.toThrow();
      release();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ done: true });
      await closing;
      expect(await store.ping()).toBe(false);
    } finally {
      await db.destroy();
    }
  });
});

function makeSelfSignedCert(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
  return { cert, key };
}

function httpsGet(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTPS', () => {
  it('serves HTTPS with HSTS when TLS_CERT_FILE and TLS_KEY_FILE are set', async () => {
    const { cert, key } = makeSelfSignedCert(makeTempDir('genting-tls-'));
    const db = await sqliteBackend.create();
    const store = await db.open();
    const app = await buildTestApp(store, { env: { TLS_CERT_FILE: cert, TLS_KEY_FILE: key } });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const port = (app.server.address() as { port: number }).port;
      const res = await httpsGet(`https://127.0.0.1:${port}/api/health`);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toMatchObject({ status: 'ok' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});

describe('configuration', () => {
  it('has defaults for a village-office laptop', () => {
    const result = readConfig({}, '/srv/genting');
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        port: 8080,
        host: '0.0.0.0',
        dataDir: '/srv/genting/data',
        databaseUrl: null,
        tls: null,
        staticRoot: '/srv/genting/dist',
        devToken: null,
        devScope: 'all',
        maxClockAheadMs: 3_600_000,
      }),
    });
  });

  it('reads scopes as villages or prefixes', () => {
    const villages = readConfig({ GENTING_DEV_SCOPE: '3201010001, 3201010002' });
    expect(villages.ok && villages.value.devScope).toEqual({ villages: ['3201010001', '3201010002'] });
    const prefixes = readConfig({ GENTING_DEV_SCOPE: '320101,3201020003' });
    expect(prefixes.ok && prefixes.value.devScope).toEqual({ prefixes: ['320101', '3201020003'] });
  });

  it('names the variable in every error', () => {
    const result = readConfig({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      TLS_CERT_FILE: 'cert.pem',
      GENTING_DEV_SCOPE: '32a',
      LOG_LEVEL: 'loud',
    });
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.errors.join('\n');
    expect(text).toContain('PORT');
    expect(text).toContain('DATABASE_URL');
    expect(text).toContain('LOG_LEVEL');
    const tls = readConfig({ TLS_CERT_FILE: 'cert.pem', GENTING_DEV_SCOPE: '32a' });
    expect(tls.ok ? [] : tls.errors).toEqual([
      expect.stringContaining('TLS_CERT_FILE and TLS_KEY_FILE'),
      expect.stringContaining('GENTING_DEV_SCOPE'),
    ]);
  });
});
