// SQLite store (better-sqlite3 12): one file DATA_DIR/genting.sqlite, WAL journal (readers never
// block the writer), busy_timeout (a backup or CLI connection waits instead of failing),
// foreign keys on. better-sqlite3 is synchronous: a push runs as one synchronous transaction,
// so two requests can never interleave inside it (SQLite serializes writers anyway).
import { mkdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { createMigrationsTable, migrations } from './migrations.ts';
import { removePidFile, sqlitePaths, writePidFile } from './sqlite-files.ts';
import { SqliteAccounts } from './sqlite-accounts.ts';
import { SqliteSync } from './sqlite-sync.ts';
import type { HistoryRow, PullPage, PullRequest, PushBatch, PushOptions, SnapshotPage, SnapshotRequest, Store, UserContext } from './store.ts';
import type { PushResult } from '../../src/sync/protocol.ts';

export type SqliteStoreOptions = {
  dataDir: string;
  /** False for the CLI: it must not take over the server's pid file (restore checks it). */
  markRunning?: boolean;
};

export function configureConnection(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
}

/** Applies the pending migrations in one transaction each; returns the schema version. */
export function migrateSqlite(db: SqliteDatabase): number {
  db.exec(createMigrationsTable);
  const applied = db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number };
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations.filter((x) => x.version > applied.v)) {
    db.transaction(() => {
      db.exec(m.sqlite);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
  return sqliteSchemaVersion(db);
}

export function sqliteSchemaVersion(db: SqliteDatabase): number {
  const row = db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number };
  return row.v;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: SqliteDatabase;
  readonly dataDir: string;
  private closed = false;
  private readonly sync: SqliteSync;
  readonly accounts: SqliteAccounts;

  constructor(db: SqliteDatabase, dataDir: string) {
    this.db = db;
    this.dataDir = dataDir;
    this.sync = new SqliteSync(db);
    this.accounts = new SqliteAccounts(db);
  }

  async recordHistory(user: UserContext, kind: string, id: string, limit: number): Promise<HistoryRow[]> {
    return this.sync.history(user, kind, id, limit);
  }

  async push(user: UserContext, batch: PushBatch, options: PushOptions): Promise<PushResult[]> {
    return this.sync.push(user, batch, options);
  }

  async pull(user: UserContext, request: PullRequest): Promise<PullPage> {
    return this.sync.pull(user, request);
  }

  async snapshot(user: UserContext, request: SnapshotRequest): Promise<SnapshotPage> {
    return this.sync.snapshot(user, request);
  }

  async ping(): Promise<boolean> {
    try {
      return !this.closed && this.db.prepare('SELECT 1 AS one').get() !== undefined;
    } catch {
      return false;
    }
  }

  async schemaVersion(): Promise<number> {
    return sqliteSchemaVersion(this.db);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    removePidFile(this.dataDir);
  }
}

/** Opens (creating if needed) and migrates the store under dataDir. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = new Database(sqlitePaths(options.dataDir).db);
  try {
    configureConnection(db);
    migrateSqlite(db);
  } catch (error) {
    db.close();
    throw error;
  }
  if (options.markRunning !== false) writePidFile(options.dataDir);
  return new SqliteStore(db, options.dataDir);
}
