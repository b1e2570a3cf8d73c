// `npx genting backup` / `restore` on the SQLite store: write, back up while the store is open,
// wipe, restore, compare; refusals (server running, not a Genting file, PostgreSQL).
import { execFile, spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSqlite } from '../../sync-server/cli/backup.ts';
import { restoreSqlite } from '../../sync-server/cli/restore.ts';
import { sqlitePaths } from '../../sync-server/store/sqlite-files.ts';
import { openSqliteStore, type SqliteStore } from '../../sync-server/store/sqlite.ts';
import { makeTempDir } from './helpers/stores.ts';
import { household, newId, nowMs, stamp, testSchemas } from './helpers/sync.ts';

const run = promisify(execFile);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function openTempStore(dataDir = makeTempDir()): Promise<SqliteStore> {
  const store = await openSqliteStore({ dataDir });
  cleanups.push(() => store.close());
  return store;
}

function writeRows(store: SqliteStore, from: number, count: number, prefix = 'k'): void {
  const insert = store.db.prepare('INSERT INTO server_meta (key, value) VALUES (?, ?)');
  store.db.transaction(() => {
    for (let i = from; i < from + count; i++) insert.run(`${prefix}${i}`, `value ${i}`);
  })();
}

function readRows(store: SqliteStore): { key: string; value: string }[] {
  // The store's own keys (epoch, sequence floor) are not the test's rows.
  return store.db.prepare("SELECT key, value FROM server_meta WHERE key NOT IN ('log_epoch', 'seq_floor') ORDER BY key").all() as { key: string; value: string }[];
}

describe('backup and restore (SQLite)', () => {
  it('backs up while the store is open, and restores exactly that state after a wipe', async () => {
    const store = await openTempStore();
    writeRows(store, 0, 2000);
    const file = join(makeTempDir(), 'genting-backup.sqlite');
    const result = backupSqlite(store.dataDir, file);
    expect(result).toMatchObject({ ok: true, file });
    const before = readRows(store);
    writeRows(store, 0, 10, 'late'); // after the backup: must not come back
    await store.close();

    rmSync(store.dataDir, { recursive: true, force: true });
    expect(restoreSqlite(store.dataDir, file)).toMatchObject({ ok: true, previousKeptAs: null });
    const restored = await openTempStore(store.dataDir);
    expect(readRows(restored)).toEqual(before);
    expect(readRows(restored)).toHaveLength(2000);
  });

  it('restores synced records and the change log as they were at backup time; new seqs continue above the replaced log', async () => {
    const store = await openTempStore();
    const user = { userId: 'test', scope: 'all' as const, role: 'admin' as const, displayName: 'Test', kaderKind: null };
    const options = { nowMs, maxClockAheadMs: 3_600_000, schemas: testSchemas };
    const batch = Array.from({ length: 300 }, (_, i) => household(newId(), stamp(-10_000 + i)));
    await store.push(user, { nodeId: 'aaaaaaaaaaaaaaaa', changes: batch }, options);
    const file = join(makeTempDir(), 'records.sqlite');
    expect(backupSqlite(store.dataDir, file)).toMatchObject({ ok: true });
    const before = await store.snapshot(user, { after: null, limit: 5000, cursor: null });
    const { epoch: epochBefore, ...logBefore } = await store.pull(user, { cursor: 0, limit: 5000 });
    await store.push(user, { nodeId: 'aaaaaaaaaaaaaaaa', changes: [household(newId(), stamp(-1))] }, options);
    await store.close();
    expect(restoreSqlite(store.dataDir, file)).toMatchObject({ ok: true });
    const restored = await openTempStore(store.dataDir);
    expect(await restored.snapshot(user, { after: null, limit: 5000, cursor: null })).toEqual(before);
    const { epoch: epochAfter, ...logAfter } = await restored.pull(user, { cursor: 0, limit: 5000 });
    expect(logAfter).toEqual(logBefore);
    // A restored log is another log: phones resync (docs/sync-protocol.md, "Epoch").
    expect(epochAfter).not.toBe(epochBefore);
    expect(before.records).toHaveLength(300);
    // A phone may have pulled up to seq 301 before the restore: new changes must come after it.
    await restored.push(user, { nodeId: 'aaaaaaaaaaaaaaaa', changes: [household(newId(), stamp(-1))] }, options);
    expect((await restored.pull(user, { cursor: 300, limit: 10 })).changes.map((c) => c.seq)).toEqual([302]);
  });

  it('keeps the replaced database as genting.sqlite.bak', async () => {
    const store = await openTempStore();
    writeRows(store, 0, 3);
    const file = join(makeTempDir(), 'b.sqlite');
    backupSqlite(store.dataDir, file);
    writeRows(store, 100, 1);
    await store.close();
    const result = restoreSqlite(store.dataDir, file);
    expect(result).toMatchObject({ ok: true, previousKeptAs: sqlitePaths(store.dataDir).bak });
    expect(existsSync(sqlitePaths(store.dataDir).bak)).toBe(true);
    const restored = await openTempStore(store.dataDir);
    expect(readRows(restored).map((r) => r.key)).toEqual(['k0', 'k1', 'k2']);
  });

  it('refuses to overwrite an existing backup file unless asked', async () => {
    const store = await openTempStore();
    const file = join(makeTempDir(), 'b.sqlite');
    writeFileSync(file, 'old');
    expect(backupSqlite(store.dataDir, file)).toEqual({ ok: false, reason: 'target-exists' });
    expect(backupSqlite(store.dataDir, file, { overwrite: true })).toMatchObject({ ok: true });
  });

  it('refuses a file that is not a Genting database, and one that does not exist', async () => {
    const dataDir = makeTempDir();
    const junk = join(dataDir, 'junk.sqlite');
    writeFileSync(junk, 'this is not sqlite at all, just text that is long enough to not be a header');
    expect(restoreSqlite(dataDir, junk)).toMatchObject({ ok: false, reason: 'not-genting-database' });
    expect(restoreSqlite(dataDir, join(dataDir, 'missing.sqlite'))).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('refuses to restore while another live process holds the store', async () => {
    const dataDir = makeTempDir();
    const store = await openTempStore(dataDir);
    const file = join(makeTempDir(), 'b.sqlite');
    backupSqlite(dataDir, file);
    await store.close();
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    cleanups.push(() => void other.kill());
    writeFileSync(sqlitePaths(dataDir).pid, `${other.pid}\n`);
    expect(restoreSqlite(dataDir, file)).toMatchObject({ ok: false, reason: 'server-running' });
  });
});

describe('backup and restore CLI', () => {
  const cli = ['bin/genting.mjs'];

  it('runs `npx genting backup FILE` and `restore FILE` end to end', async () => {
    const store = await openTempStore();
    writeRows(store, 0, 5);
    const file = join(makeTempDir(), 'cli.sqlite');
    const env = { ...process.env, DATA_DIR: store.dataDir, DATABASE_URL: '' };
    const backup = await run('node', [...cli, 'backup', file], { env });
    expect(backup.stdout).toContain('Backup written');
    await store.close();
    rmSync(sqlitePaths(store.dataDir).db);
    const restore = await run('node', [...cli, 'restore', file], { env });
    expect(restore.stdout).toContain('Restored');
    const restored = await openTempStore(store.dataDir);
    expect(readRows(restored)).toHaveLength(5);
  });

  it('runs `npx genting new-epoch`: the change log gets a new epoch', async () => {
    const store = await openTempStore();
    const before = await store.logEpoch();
    await store.close();
    const env = { ...process.env, DATA_DIR: store.dataDir, DATABASE_URL: '' };
    expect((await run('node', [...cli, 'new-epoch'], { env })).stdout).toContain('New epoch');
    const after = await openTempStore(store.dataDir);
    expect(await after.logEpoch()).not.toBe(before);
  });

  it('points to pg_dump when DATABASE_URL selects PostgreSQL', async () => {
    const env = { ...process.env, DATABASE_URL: 'postgres://x@127.0.0.1/none' };
    const error = await run('node', [...cli, 'backup', 'x.sqlite'], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2, stderr: expect.stringContaining('pg_dump') });
  });
});
