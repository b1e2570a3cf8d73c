// Runs a server test suite against every store: SQLite in a fresh temp dir always, PostgreSQL
// when TEST_DATABASE_URL is set, each test in its own schema (dropped afterwards). When the
// PostgreSQL variant runs it writes .tmp/postgres-suite-ran, which .ci/run checks.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openPostgresStore } from '../../../sync-server/store/postgres.ts';
import { openSqliteStore } from '../../../sync-server/store/sqlite.ts';
import type { Store, StoreKind } from '../../../sync-server/store/store.ts';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() || null;

/** One isolated database: open (again) as often as needed, then destroy. */
export type TestDatabase = {
  kind: StoreKind;
  open(): Promise<Store>;
  destroy(): Promise<void>;
  /** SQLite only: the data directory. */
  dataDir?: string;
  /** PostgreSQL only: the schema every connection uses (search_path). */
  schema?: string;
};

export type StoreBackend = { kind: StoreKind; create(): Promise<TestDatabase> };

export function makeTempDir(prefix = 'genting-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const sqliteBackend: StoreBackend = {
  kind: 'sqlite',
  async create() {
    const dataDir = makeTempDir();
    const opened: Store[] = [];
    return {
      kind: 'sqlite',
      dataDir,
      async open() {
        const store = await openSqliteStore({ dataDir });
        opened.push(store);
        return store;
      },
      async destroy() {
        for (const s of opened) await s.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

function markPostgresSuiteRan(): void {
  mkdirSync('.tmp', { recursive: true });
  writeFileSync(join('.tmp', 'postgres-suite-ran'), `${new Date().toISOString()}\n`);
}

export const postgresBackend: StoreBackend = {
  kind: 'postgres',
  async create() {
    if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `genting_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    markPostgresSuiteRan();
    const opened: Store[] = [];
    return {
      kind: 'postgres',
      schema,
      async open() {
        const store = await openPostgresStore({ connectionString: testDatabaseUrl, options: `-c search_path=${schema}` });
        opened.push(store);
        return store;
      },
      async destroy() {
        for (const s of opened) await s.close();
        const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
        await cleanup.connect();
        await cleanup.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await cleanup.end();
      },
    };
  },
};

/** describe() once per store; the PostgreSQL variant is skipped without TEST_DATABASE_URL. */
export function describeEachStore(title: string, suite: (backend: StoreBackend) => void): void {
  describe(`${title} [sqlite]`, () => suite(sqliteBackend));
  describe.skipIf(!testDatabaseUrl)(`${title} [postgres]`, () => suite(postgresBackend));
}
