// Builds the real app for tests: configuration from a literal environment, a fake dist/ with
// hashed assets, the store under test, logging off.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../sync-server/app.ts';
import { readConfig, type ServerConfig } from '../../../sync-server/config.ts';
import type { Store } from '../../../sync-server/store/store.ts';
import { makeTempDir } from './stores.ts';

export const testToken = 'test-token-123';

export function testConfig(env: Record<string, string> = {}): ServerConfig {
  const result = readConfig({ LOG_LEVEL: 'silent', GENTING_DEV_TOKEN: testToken, DATA_DIR: makeTempDir(), ...env });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.value;
}

/** A minimal vite-like build output: index.html, hashed assets, service worker, manifest. */
export function makeFakeDist(): string {
  const root = makeTempDir('genting-dist-');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="id"><title>Genting</title><div id="app"></div>');
  writeFileSync(join(root, 'assets', 'index-Bx7d9a1f.js'), 'console.log("app")');
  writeFileSync(join(root, 'assets', 'index-C3e4f5a6.css'), 'body{margin:0}');
  writeFileSync(join(root, 'sw.js'), 'self.addEventListener("install",()=>{})');
  writeFileSync(join(root, 'registerSW.js'), 'navigator.serviceWorker.register("/sw.js")');
  writeFileSync(join(root, 'workbox-window.prod.es5.js'), '');
  writeFileSync(join(root, 'manifest.webmanifest'), JSON.stringify({ name: 'Genting', lang: 'id' }));
  writeFileSync(join(root, 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return root;
}

export async function buildTestApp(
  store: Store,
  options: { env?: Record<string, string>; staticRoot?: string; now?: () => Date } = {},
): Promise<FastifyInstance> {
  const config = testConfig({ STATIC_DIR: options.staticRoot ?? makeFakeDist(), ...options.env });
  const app = await buildApp({ config, store, logger: false, ...(options.now ? { now: options.now } : {}) });
  await app.ready();
  return app;
}
