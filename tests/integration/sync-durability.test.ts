// Issue #12, finding 6: a push is answered `accepted` only when it is on disk. SQLite: the
// connection runs synchronous = FULL (the WAL is synced at every commit). PostgreSQL: the push
// transaction runs with synchronous_commit = on even when the connection's default is off
// (seen from inside the transaction by a trigger on the change log).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { PostgresStore, migratePostgres } from '../../sync-server/store/postgres.ts';
import type { SqliteStore } from '../../sync-server/store/sqlite.ts';
import { sqliteBackend, testDatabaseUrl, type TestDatabase } from './helpers/stores.ts';
import { buildSyncApp, household, newId, push, stamp } from './helpers/sync.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function started(close: () => Promise<void>, app: FastifyInstance): Promise<FastifyInstance> {
  cleanups.push(close, () => app.close());
  return app;
}

describe('accepted means on disk [sqlite]', () => {
  it('runs every push with synchronous = FULL', async () => {
    const db: TestDatabase = await sqliteBackend.create();
    const store = (await db.open()) as SqliteStore;
    const app = await started(() => db.destroy(), await buildSyncApp(store));
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect((await push(app, [household(newId(), stamp(-1000))])).results[0]?.status).toBe('accepted');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });
});

describe.skipIf(!testDatabaseUrl)('accepted means on disk [postgres]', () => {
  it('commits every push with synchronous_commit = on, whatever the connection default', async () => {
    const schema = `genting_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl ?? '' });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const pool = new pg.Pool({ connectionString: testDatabaseUrl ?? '', options: `-c search_path=${schema} -c synchronous_commit=off`, max: 2 });
    const store = new PostgresStore(pool);
    cleanups.push(async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    });
    await migratePostgres(pool);
    expect((await pool.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]?.synchronous_commit).toBe('off');
    await pool.query(`CREATE TABLE commit_settings (value TEXT NOT NULL);
      CREATE FUNCTION log_commit_setting() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO commit_settings VALUES (current_setting('synchronous_commit')); RETURN NULL; END $$;
      CREATE TRIGGER changes_commit_setting AFTER INSERT ON changes FOR EACH STATEMENT EXECUTE FUNCTION log_commit_setting();`);
    const app = await started(() => store.close(), await buildSyncApp(store));
    expect((await push(app, [household(newId(), stamp(-1000))])).results[0]?.status).toBe('accepted');
    expect((await pool.query<{ value: string }>('SELECT value FROM commit_settings')).rows.map((r) => r.value)).toEqual(['on']);
  });
});
