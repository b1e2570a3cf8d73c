// `npx genting restore FILE`: puts a backup made by `npx genting backup` back in place.
// Stop the server first (the command refuses while a live server holds the store). Steps:
//  1. check FILE: an SQLite database that passes quick_check, with Genting's schema_migrations
//     and a schema version this server knows (not newer);
//  2. copy it beside the store and bring its schema up to date; make its sequence numbers
//     continue above the replaced database's (phones' pull cursors may be past the backup),
//     give its change log a new epoch (every phone resyncs and sends back what the server
//     lacks, docs/sync-protocol.md "Epoch"), carry the replaced database's accounts into it
//     (restore-accounts.ts: revocations and password changes survive), flush it to disk;
//  3. move the current store (and its -wal/-shm) aside as genting.sqlite.bak (-wal/-shm);
//  4. rename the copy into place (atomic on one file system).
import { copyFileSync, existsSync, mkdirSync, openSync, fsyncSync, closeSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { readConfig } from '../config.ts';
import { newEpoch } from '../store/log-epoch.ts';
import { latestSchemaVersion, logEpochKey, seqFloorKey } from '../store/migrations.ts';
import { configureConnection, migrateSqlite } from '../store/sqlite.ts';
import { carryAccountsSqlite, type CarryOutcome } from './restore-accounts.ts';
import type { PgRestoreFailure } from './restore-postgres.ts';
import { runningServerPid, sqlitePaths } from '../store/sqlite-files.ts';

export type RestoreFailure = 'not-found' | 'not-genting-database' | 'corrupt' | 'newer-schema' | 'server-running';
/** `accounts`: whether the replaced database's users and devices were carried into the restored one. */
export type RestoreResult =
  | { ok: true; schemaVersion: number; previousKeptAs: string | null; accounts: CarryOutcome }
  | { ok: false; reason: RestoreFailure; detail?: string };

type Check = { ok: true; version: number } | { ok: false; reason: RestoreFailure; detail?: string };

export function checkBackupFile(file: string): Check {
  if (!existsSync(file)) return { ok: false, reason: 'not-found' };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') return { ok: false, reason: 'corrupt', detail: String(quick) };
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!table) return { ok: false, reason: 'not-genting-database' };
    const row = db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number };
    if (row.v < 1) return { ok: false, reason: 'not-genting-database' };
    if (row.v > latestSchemaVersion) return { ok: false, reason: 'newer-schema', detail: `version ${row.v}` };
    return { ok: true, version: row.v };
  } catch (error) {
    return { ok: false, reason: 'not-genting-database', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

function flushToDisk(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The last sequence number a database handed out (0 when it has no change log). */
function lastSeq(file: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    const hasLog = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'changes'").get();
    if (!hasLog) return 0;
    const log = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS v FROM changes').get() as { v: number }).v;
    const floor = db.prepare('SELECT CAST(value AS INTEGER) AS v FROM server_meta WHERE key = ?').get(seqFloorKey) as { v: number } | undefined;
    return Math.max(log, floor?.v ?? 0);
  } finally {
    db.close();
  }
}

/**
 * Prepares the copy: schema brought up to date, sequence numbers above `floor` (the replaced
 * database's last), a new epoch, the replaced database's accounts carried in (when `current`
 * is given and readable). One transaction after the migrations; journal back to DELETE so the
 * single file is the whole database.
 */
function prepareRestored(file: string, floor: number, current: string | null): CarryOutcome {
  const db = new Database(file, { fileMustExist: true });
  try {
    configureConnection(db);
    db.pragma('foreign_keys = OFF');
    migrateSqlite(db);
    const put = db.prepare('INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    const seqs = db.prepare(`SELECT (SELECT COALESCE(MAX(seq), 0) FROM changes) AS log,
      (SELECT CAST(value AS INTEGER) FROM server_meta WHERE key = ?) AS floor`).get(seqFloorKey) as { log: number; floor: number | null };
    db.transaction(() => {
      if (floor > Math.max(seqs.log, seqs.floor ?? 0)) put.run(seqFloorKey, String(floor));
      put.run(logEpochKey, newEpoch());
    }).immediate();
    const outcome: CarryOutcome = current === null ? 'no-current-database' : carryAccountsSqlite(db, current);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    return outcome;
  } finally {
    db.close();
  }
}

export function restoreSqlite(dataDir: string, file: string): RestoreResult {
  const pid = runningServerPid(dataDir);
  if (pid !== null) return { ok: false, reason: 'server-running', detail: `pid ${pid}` };
  const check = checkBackupFile(resolve(file));
  if (!check.ok) return check;
  mkdirSync(dataDir, { recursive: true });
  const paths = sqlitePaths(dataDir);
  const incoming = `${paths.db}.restoring`;
  copyFileSync(resolve(file), incoming);
  const hasCurrent = existsSync(paths.db);
  let floor = 0;
  try {
    floor = hasCurrent ? lastSeq(paths.db) : 0;
  } catch {
    // An unreadable current database (the reason for the restore?): the new epoch still
    // makes every phone resync; nothing to carry from it.
  }
  const accounts = prepareRestored(incoming, floor, hasCurrent ? paths.db : null);
  flushToDisk(incoming);
  let previousKeptAs: string | null = null;
  if (existsSync(paths.db)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${paths.bak}${suffix}`, { force: true });
    renameSync(paths.db, paths.bak);
    previousKeptAs = paths.bak;
  }
  for (const suffix of ['-wal', '-shm'] as const) {
    const side = `${paths.db}${suffix}`;
    if (existsSync(side)) renameSync(side, `${paths.bak}${suffix}`);
  }
  renameSync(incoming, paths.db);
  return { ok: true, schemaVersion: check.version, previousKeptAs, accounts };
}

const messages: Record<RestoreFailure, string> = {
  'not-found': 'the backup file does not exist',
  'not-genting-database': 'the file is not a Genting database (no schema_migrations)',
  corrupt: 'the backup file is damaged (SQLite quick_check failed)',
  'newer-schema': 'the backup comes from a newer Genting version: upgrade this installation first',
  'server-running': 'the server is running on this DATA_DIR: stop it first, then restore',
};

const pgMessages: Record<PgRestoreFailure, string> = {
  'not-found': 'the backup file does not exist',
  'not-genting-database': 'the file is not a pg_dump --format=custom backup of a Genting database',
  'server-running': 'a Genting server is connected to this database: stop every server process first, then restore',
  'pg-restore-failed': 'pg_restore failed; nothing was changed (it runs in one transaction)',
};

const carryMessages: Record<CarryOutcome, string> = {
  carried: 'Accounts (users, passwords, device sign-ins and revocations) are kept as they were before the restore.',
  'no-current-database':
    'No previous database to take accounts from: accounts are as in the backup. Revoke lost phones and reset changed passwords again (npx genting device list / user reset-password).',
  'current-unreadable':
    'The previous database could not be read: accounts are as in the backup. Revoke lost phones and reset changed passwords again (npx genting device list / user reset-password).',
};

export async function runRestore(args: string[]): Promise<number> {
  const [file] = args;
  if (!file) {
    process.stderr.write('Usage: npx genting restore FILE   (stop the server first)\n');
    return 2;
  }
  const config = readConfig(process.env);
  if (!config.ok) {
    process.stderr.write(`Invalid configuration:\n  ${config.errors.join('\n  ')}\n`);
    return 2;
  }
  if (config.value.databaseUrl) {
    const { restorePostgres } = await import('./restore-postgres.ts');
    const restored = await restorePostgres({ connectionString: config.value.databaseUrl }, file);
    if (!restored.ok) {
      process.stderr.write(`Restore refused: ${pgMessages[restored.reason]}${restored.detail ? ` (${restored.detail})` : ''}\n`);
      return 1;
    }
    process.stdout.write(`Restored ${resolve(file)} into the PostgreSQL database\n${carryMessages[restored.accounts]}\n`);
    return 0;
  }
  const result = restoreSqlite(config.value.dataDir, file);
  if (!result.ok) {
    process.stderr.write(`Restore refused: ${messages[result.reason]}${result.detail ? ` (${result.detail})` : ''}\n`);
    return 1;
  }
  const kept = result.previousKeptAs ? `; the previous database is kept as ${result.previousKeptAs}` : '';
  process.stdout.write(`Restored ${resolve(file)} (schema version ${result.schemaVersion})${kept}\n`);
  process.stdout.write(`${carryMessages[result.accounts]}\n`);
  return 0;
}

/**
 * `npx genting new-epoch`: after the database was recovered some other way (point-in-time
 * recovery, a file put back by hand), gives the change log a new epoch: at their next sync
 * every phone loads the records again and sends back what the server lacks. Safe at any time.
 */
export async function runNewEpoch(): Promise<number> {
  const config = readConfig(process.env);
  if (!config.ok) {
    process.stderr.write(`Invalid configuration:\n  ${config.errors.join('\n  ')}\n`);
    return 2;
  }
  const { openStore } = await import('../store/open.ts');
  const store = await openStore(config.value, { markRunning: false });
  try {
    await store.renewLogEpoch();
  } finally {
    await store.close();
  }
  process.stdout.write('New epoch set: every phone resyncs at its next sync and sends back what the server lacks.\n');
  return 0;
}
