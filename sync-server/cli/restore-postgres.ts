// `npx genting restore FILE.dump` with DATABASE_URL: puts a `pg_dump --format=custom` backup
// back into the PostgreSQL database (stop the servers first), as `genting restore` does for
// SQLite (docs/operations.md, "Restore"):
//  1. check FILE: pg_restore can list it and it holds Genting's tables;
//  2. refuse while a Genting server is connected to the database (application_name);
//  3. copy the current accounts and the last sequence number handed out into carry tables
//     (restore_carry_*, not part of any backup; kept as they are when a restore was left
//     unfinished, since they hold the accounts of before it);
//  4. pg_restore --clean --single-transaction (schema entries left out of its list: the
//     database's schemas stay as they are);
//  5. open the store: it migrates the restored tables and finishes the restore in one
//     transaction (store/restore-carry.ts finishPostgresRestore): accounts carried in (restore-accounts.ts), sequence
//     floor above the replaced log, a new epoch; carry tables dropped. A server started after
//     an interrupted restore finishes it the same way.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { PoolClient } from 'pg';
import { openPostgresStore } from '../store/postgres.ts';
import { seqFloorKey } from '../store/migrations.ts';
import { carryTables, type CarryOutcome } from '../store/restore-carry.ts';

export const serverApplicationName = 'genting-server';

export type PgTarget = {
  connectionString: string;
  /** libpq options, e.g. "-c search_path=…" (tests: one schema per test). */
  options?: string;
  /** Tests only: other tests' servers share the database (in other schemas). */
  skipRunningCheck?: boolean;
};
export type PgRestoreFailure = 'not-found' | 'not-genting-database' | 'server-running' | 'pg-restore-failed';
export type PgRestoreResult = { ok: true; accounts: CarryOutcome } | { ok: false; reason: PgRestoreFailure; detail?: string };

function runTool(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => done({ code: 127, stdout, stderr: error.message }));
    child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
  });
}


/** Step 3: the accounts and last seq of the database as it is now, unless a carry is pending. */
async function captureCarry(client: PoolClient): Promise<CarryOutcome> {
  await client.query('BEGIN');
  try {
    const pending = await client.query<{ t: string | null }>(`SELECT to_regclass('${carryTables.meta}')::text AS t`);
    const live = await client.query<{ users: string | null; changes: string | null }>(`SELECT to_regclass('users')::text AS users, to_regclass('changes')::text AS changes`);
    let outcome: CarryOutcome = 'carried';
    if (!pending.rows[0]?.t) {
      if (!live.rows[0]?.users || !live.rows[0]?.changes) outcome = 'no-current-database';
      else {
        await client.query(`CREATE TABLE ${carryTables.users} AS SELECT * FROM users`);
        await client.query(`CREATE TABLE ${carryTables.devices} AS SELECT * FROM devices`);
        await client.query(
          `CREATE TABLE ${carryTables.meta} AS SELECT GREATEST((SELECT COALESCE(MAX(seq), 0) FROM changes),
             (SELECT COALESCE(MAX(value::bigint), 0) FROM server_meta WHERE key = '${seqFloorKey}')) AS last_seq`,
        );
      }
    }
    await client.query('COMMIT');
    return outcome;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export async function restorePostgres(target: PgTarget, file: string): Promise<PgRestoreResult> {
  const path = resolve(file);
  if (!existsSync(path)) return { ok: false, reason: 'not-found' };
  const list = await runTool('pg_restore', ['--list', path]);
  if (list.code !== 0) return { ok: false, reason: 'not-genting-database', detail: list.stderr.trim().split('\n')[0] ?? '' };
  const entries = list.stdout.split('\n');
  const hasTable = (name: string) => entries.some((line) => / TABLE DATA /.test(line) && line.includes(` ${name} `));
  if (!hasTable('schema_migrations') || !hasTable('changes')) return { ok: false, reason: 'not-genting-database' };

  const pool = new pg.Pool({ connectionString: target.connectionString, ...(target.options ? { options: target.options } : {}), max: 1, application_name: 'genting-restore' });
  pool.on('error', () => undefined);
  let accounts: CarryOutcome;
  try {
    const running = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND pid <> pg_backend_pid()`,
      [serverApplicationName],
    );
    if (!target.skipRunningCheck && (running.rows[0]?.n ?? 0) > 0) return { ok: false, reason: 'server-running', detail: `${running.rows[0]?.n} connection(s)` };
    const client = await pool.connect();
    try {
      accounts = await captureCarry(client);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }

  // The dump's schema entries stay out: pg_restore --clean would drop the schema itself.
  const dir = mkdtempSync(join(tmpdir(), 'genting-restore-'));
  try {
    const listFile = join(dir, 'restore.list');
    writeFileSync(listFile, entries.filter((line) => !/^\d+; \d+ \d+ SCHEMA /.test(line)).join('\n'));
    const restored = await runTool('pg_restore', [
      '--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error',
      '--use-list', listFile, '--dbname', target.connectionString, path,
    ]);
    if (restored.code !== 0) return { ok: false, reason: 'pg-restore-failed', detail: restored.stderr.trim().split('\n').slice(0, 3).join(' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Opening the store migrates the restored tables and finishes the restore.
  const store = await openPostgresStore({ connectionString: target.connectionString, ...(target.options ? { options: target.options } : {}), maxConnections: 1 });
  await store.close();
  return { ok: true, accounts };
}
