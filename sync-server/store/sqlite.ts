// SQLite store (better-sqlite3 12): one file DATA_DIR/genting.sqlite, WAL journal (readers never
// block the writer), busy_timeout (a backup or CLI connection waits instead of failing),
// foreign keys on. better-sqlite3 is synchronous: a push runs as one synchronous transaction,
// so two requests can never interleave inside it (SQLite serializes writers anyway).
//
// Checkpoints (copying the WAL back into the database file) run off the request path: SQLite's
// automatic checkpoint runs inside the commit that crosses 1,000 WAL pages, so whichever push
// crossed it waited for it (a 100-change push: ~20 ms instead of ~8). The server's store turns
// it off and checkpoints itself (CheckpointScheduler): shortly after each push, after every
// `inlineCheckpointChanges` changes inline (so a long upload cannot grow the WAL without
// bound), every half minute for the small writes of accounts, and when it closes.
//
// Durability: synchronous = FULL, so every commit (a push answered `accepted`) syncs the WAL
// to disk before the answer leaves; with NORMAL a power cut could lose the last commits that
// phones were told were stored, and they would never send them again (issue #12).
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

/** Checkpoints of the server's store (see the top of this file). */
export class CheckpointScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly interval: ReturnType<typeof setInterval>;
  private changesSinceCheckpoint = 0;
  private stopped = false;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly options: { delayMs: number; inlineCheckpointChanges: number; intervalMs: number } = {
      delayMs: 250,
      inlineCheckpointChanges: 5000,
      intervalMs: 30_000,
    },
  ) {
    db.pragma('wal_autocheckpoint = 0');
    this.interval = setInterval(() => this.checkpoint(), options.intervalMs);
    this.interval.unref();
  }

  /** After a write of `changes` changes: checkpoint soon, or now when many have piled up. */
  wrote(changes: number): void {
    if (this.stopped) return;
    this.changesSinceCheckpoint += changes;
    if (this.changesSinceCheckpoint >= this.options.inlineCheckpointChanges) {
      this.checkpoint();
      return;
    }
    if (this.timer !== null) return;
    this.timer = setTimeout(() => this.checkpoint(), this.options.delayMs);
    this.timer.unref();
  }

  checkpoint(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped) return;
    this.changesSinceCheckpoint = 0;
    try {
      // PASSIVE: never waits for a reader (a backup connection); what it could not copy
      // goes at the next checkpoint.
      this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // SQLITE_BUSY from another connection: the next checkpoint copies it.
    }
  }

  /** Before closing: closing the last connection checkpoints the whole WAL itself. */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    clearInterval(this.interval);
    this.stopped = true;
  }
}

export function configureConnection(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Accepted means on disk: the WAL is synced at every commit (see the top of this file).
  db.pragma('synchronous = FULL');
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
  readonly checkpoints: CheckpointScheduler;

  constructor(db: SqliteDatabase, dataDir: string, checkpoints = new CheckpointScheduler(db)) {
    this.db = db;
    this.dataDir = dataDir;
    this.sync = new SqliteSync(db);
    this.accounts = new SqliteAccounts(db);
    this.checkpoints = checkpoints;
  }

  async recordHistory(user: UserContext, kind: string, id: string, limit: number): Promise<HistoryRow[]> {
    return this.sync.history(user, kind, id, limit);
  }

  async push(user: UserContext, batch: PushBatch, options: PushOptions): Promise<PushResult[]> {
    const results = this.sync.push(user, batch, options);
    this.checkpoints.wrote(batch.changes.length);
    return results;
  }

  async logEpoch(): Promise<string> {
    return this.sync.epoch();
  }

  async renewLogEpoch(): Promise<string> {
    return this.sync.renewEpoch();
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
    this.checkpoints.stop();
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
