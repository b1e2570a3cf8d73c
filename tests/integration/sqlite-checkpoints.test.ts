// The SQLite store's checkpoints (sync-server/store/sqlite.ts): not inside a push's commit
// (the push answers without copying the WAL back), but shortly after it, inline once many
// changes have piled up, and on close. "In the database file" is read from a copy of the
// main file alone, without its WAL: what a checkpoint has written there.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CheckpointScheduler, openSqliteStore, type SqliteStore } from '../../sync-server/store/sqlite.ts';
import { sqlitePaths } from '../../sync-server/store/sqlite-files.ts';
import { buildSyncApp, household, newId, push, stamp } from './helpers/sync.ts';

let dir: string;
const scratch: string[] = [];

/** Rows of `table` in the main database file alone (no WAL): what checkpoints copied there. */
function inDatabaseFile(dbPath: string, table: string): number {
  const copy = join(mkdtempSync(join(tmpdir(), 'genting-main-file-')), 'main.sqlite');
  scratch.push(copy);
  copyFileSync(dbPath, copy);
  const db = new Database(copy, { readonly: true });
  try {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
    return exists ? (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
  } finally {
    db.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'genting-checkpoints-'));
});
afterEach(() => {
  for (const path of scratch.splice(0)) rmSync(join(path, '..'), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite checkpoints of the server store', () => {
  let store: SqliteStore;
  let app: FastifyInstance;

  beforeEach(async () => {
    store = await openSqliteStore({ dataDir: dir });
    app = await buildSyncApp(store);
  });
  afterEach(async () => {
    await app.close();
    await store.close();
  });

  it('turns off the checkpoint inside commits', () => {
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
  });

  it('answers a push before its changes are copied into the database file, and copies them shortly after', async () => {
    const file = sqlitePaths(dir).db;
    await push(app, [household(newId(), stamp(-1000)), household(newId(), stamp(-999))]);
    expect(inDatabaseFile(file, 'records_household')).toBe(0);
    await expect.poll(() => inDatabaseFile(file, 'records_household'), { timeout: 5_000, interval: 50 }).toBe(2);
    expect(inDatabaseFile(file, 'changes')).toBe(2);
  });

  it('writes everything into the database file on close', async () => {
    const file = sqlitePaths(dir).db;
    await push(app, [household(newId(), stamp(-1000))]);
    await app.close();
    await store.close();
    expect(inDatabaseFile(file, 'records_household')).toBe(1);
  });
});

describe('CheckpointScheduler', () => {
  it('checkpoints inline once enough changes have piled up, otherwise after its delay', async () => {
    const file = join(dir, 'plain.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    const scheduler = new CheckpointScheduler(db, { delayMs: 60_000, inlineCheckpointChanges: 3, intervalMs: 60_000 });
    try {
      db.exec('CREATE TABLE t (n INTEGER)');
      const insert = db.prepare('INSERT INTO t (n) VALUES (?)');
      for (const n of [1, 2]) {
        insert.run(n);
        scheduler.wrote(1);
      }
      expect(inDatabaseFile(file, 't')).toBe(0);
      insert.run(3);
      scheduler.wrote(1);
      expect(inDatabaseFile(file, 't')).toBe(3);
      insert.run(4);
      scheduler.wrote(1);
      expect(inDatabaseFile(file, 't')).toBe(3);
      scheduler.checkpoint();
      expect(inDatabaseFile(file, 't')).toBe(4);
    } finally {
      scheduler.stop();
      db.close();
    }
  });

  it('does nothing after stop', () => {
    const file = join(dir, 'stopped.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    const scheduler = new CheckpointScheduler(db, { delayMs: 10, inlineCheckpointChanges: 1, intervalMs: 60_000 });
    db.exec('CREATE TABLE t (n INTEGER)');
    scheduler.stop();
    db.prepare('INSERT INTO t (n) VALUES (1)').run();
    scheduler.wrote(5);
    expect(inDatabaseFile(file, 't')).toBe(0);
    db.close();
  });
});
