// PostgreSQL store (pg Pool), selected by DATABASE_URL: the province/national deployment.
// Same migrations and same tests as SQLite. Migrations run under a transaction-level advisory
// lock so two servers starting at once do not both apply them.
import pg from 'pg';
import { migrationLockKey, withTransaction } from './postgres-tx.ts';
import { createMigrationsTable, migrations } from './migrations.ts';
import { PostgresAccounts } from './postgres-accounts.ts';
import { readPostgresEpoch, replacePostgresEpoch } from './log-epoch.ts';
import { finishPostgresRestore } from './restore-carry.ts';
import { historyPostgres, pullPostgres, pushPostgres, snapshotPostgres } from './postgres-sync.ts';
import type { HistoryRow, PullPage, PullRequest, PushBatch, PushOptions, SnapshotPage, SnapshotRequest, Store, UserContext } from './store.ts';
import type { PushResult } from '../../src/sync/protocol.ts';

export type PostgresStoreOptions = {
  connectionString: string;
  /** libpq-style options for every connection, e.g. "-c search_path=genting_test_x" (tests). */
  options?: string;
  maxConnections?: number;
};

export async function migratePostgres(pool: pg.Pool): Promise<number> {
  await withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await client.query(createMigrationsTable);
    const { rows } = await client.query<{ v: number }>('SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations');
    const applied = rows[0]?.v ?? 0;
    for (const m of migrations.filter((x) => x.version > applied)) {
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    }
  });
  return postgresSchemaVersion(pool);
}

async function postgresSchemaVersion(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ v: number }>('SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations');
  return rows[0]?.v ?? 0;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private closed = false;
  readonly accounts: PostgresAccounts;

  constructor(pool: pg.Pool) {
    this.pool = pool;
    this.accounts = new PostgresAccounts(pool);
  }

  recordHistory(user: UserContext, kind: string, id: string, limit: number): Promise<HistoryRow[]> {
    return historyPostgres(this.pool, user, kind, id, limit);
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async schemaVersion(): Promise<number> {
    return postgresSchemaVersion(this.pool);
  }

  push(user: UserContext, batch: PushBatch, options: PushOptions): Promise<PushResult[]> {
    return pushPostgres(this.pool, user, batch, options);
  }

  logEpoch(): Promise<string> {
    return readPostgresEpoch(this.pool);
  }

  renewLogEpoch(): Promise<string> {
    return replacePostgresEpoch(this.pool, null, 0);
  }

  pull(user: UserContext, request: PullRequest): Promise<PullPage> {
    return pullPostgres(this.pool, user, request);
  }

  snapshot(user: UserContext, request: SnapshotRequest): Promise<SnapshotPage> {
    return snapshotPostgres(this.pool, user, request);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    // `npx genting restore` refuses while a connection of this name is open.
    application_name: 'genting-server',
    ...(options.options ? { options: options.options } : {}),
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its connection (database restart) must not crash the server.
  pool.on('error', () => undefined);
  try {
    await migratePostgres(pool);
    // A restore (cli/restore-postgres.ts) interrupted before it finished: finish it now.
    await withTransaction(pool, (client) => finishPostgresRestore(client));
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return new PostgresStore(pool);
}
