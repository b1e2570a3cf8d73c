// The real sync server in-process for the convergence test: buildApp (sync-server/app.ts) on
// the SQLite store in a temp dir (or PostgreSQL in its own schema), driven with app.inject.
// restart() closes the app and the store and opens them again on the same data.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../sync-server/app.ts';
import { readConfig } from '../../../sync-server/config.ts';
import type { Store } from '../../../sync-server/store/store.ts';
import type { RecordSchemas } from '../../../sync-server/sync/validate-change.ts';
import type { StoreBackend, TestDatabase } from '../../integration/helpers/stores.ts';
import { makeTempDir } from '../../integration/helpers/stores.ts';

export const simToken = 'convergence-token';

export type SimServer = {
  fetch(url: string, init: RequestInit): Promise<Response>;
  restart(): Promise<void>;
  destroy(): Promise<void>;
};

export async function startSimServer(backend: StoreBackend, schemas: RecordSchemas, now: () => number): Promise<SimServer> {
  const database: TestDatabase = await backend.create();
  const config = readConfig({ LOG_LEVEL: 'silent', GENTING_DEV_TOKEN: simToken, DATA_DIR: makeTempDir(), STATIC_DIR: makeTempDir('genting-nodist-') });
  if (!config.ok) throw new Error(config.errors.join('; '));
  let store: Store = await database.open();
  let app: FastifyInstance = await buildApp({ config: config.value, store, logger: false, schemas, now: () => new Date(now()) });

  return {
    async fetch(url, init) {
      const target = new URL(url);
      const headers = { ...(init.headers as Record<string, string>) };
      const reply = await app.inject({
        method: (init.method ?? 'GET') as 'GET' | 'POST',
        url: `${target.pathname}${target.search}`,
        headers,
        ...(init.body !== undefined && init.body !== null ? { payload: String(init.body) } : {}),
      });
      return new Response(reply.body, { status: reply.statusCode, headers: { 'content-type': 'application/json' } });
    },
    async restart() {
      await app.close();
      await store.close();
      store = await database.open();
      app = await buildApp({ config: config.value, store, logger: false, schemas, now: () => new Date(now()) });
    },
    async destroy() {
      await app.close();
      await database.destroy();
    },
  };
}
