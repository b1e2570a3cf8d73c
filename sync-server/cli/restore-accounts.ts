// Accounts across a restore, SQLite: the rule is in store/restore-carry.ts.
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { carryAccountsStatements, type CarryOutcome } from '../store/restore-carry.ts';

export type { CarryOutcome };

/**
 * SQLite: carries the accounts of the database at `currentFile` into `db` (the restored copy,
 * migrated). ATTACH cannot run inside a transaction: the caller runs this outside one.
 */
export function carryAccountsSqlite(db: SqliteDatabase, currentFile: string): CarryOutcome {
  try {
    db.prepare('ATTACH DATABASE ? AS cur').run(currentFile);
  } catch {
    return 'current-unreadable';
  }
  try {
    const tables = db.prepare("SELECT COUNT(*) AS n FROM cur.sqlite_master WHERE type = 'table' AND name IN ('users', 'devices')").get() as { n: number };
    if (tables.n < 2) return 'current-unreadable';
    db.transaction(() => {
      for (const sql of carryAccountsStatements({ users: 'cur.users', devices: 'cur.devices' })) db.exec(sql);
    }).immediate();
    return 'carried';
  } catch {
    return 'current-unreadable';
  } finally {
    db.exec('DETACH DATABASE cur');
  }
}
