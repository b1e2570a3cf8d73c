// Accounts across a restore (docs/operations.md "Restore", docs/security.md): a backup brings
// back the records and the change log of its day, never its accounts. The users and devices of
// the database being replaced win: every user and device row of it replaces the restored one
// with the same id (password hash, role, scope, active, revocation) and the ones created after
// the backup are added; users and devices only the backup knows are kept (a database replaced
// after a wipe), except a user whose username the replaced database gives to another id (with
// that user's devices). So a phone revoked after the backup stays revoked, a password replaced
// after the backup stays replaced, and phones signed in after the backup keep working.
// Shared by SQLite (the replaced file ATTACHed as `cur`) and PostgreSQL (copies in carry tables).
import type { Database as SqliteDatabase } from 'better-sqlite3';

export type CarryOutcome = 'carried' | 'no-current-database' | 'current-unreadable';

const userColumns = ['id', 'username', 'display_name', 'role', 'kader_kind', 'scope', 'password_hash', 'active', 'created_at', 'updated_at'];
const deviceColumns = ['id', 'user_id', 'token_hash', 'name', 'created_at', 'last_seen_at', 'revoked_at'];

/** Statements that carry `from.users` / `from.devices` into `users` / `devices` (same columns). */
export function carryAccountsStatements(from: { users: string; devices: string }): string[] {
  const users = userColumns.join(', ');
  const devices = deviceColumns.join(', ');
  const updates = userColumns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');
  const deviceUpdates = deviceColumns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ');
  const displaced = `SELECT b.id FROM users b JOIN ${from.users} c ON c.username = b.username AND c.id <> b.id`;
  return [
    `DELETE FROM devices WHERE user_id IN (${displaced})`,
    `DELETE FROM users WHERE id IN (${displaced})`,
    `INSERT INTO users (${users}) SELECT ${users} FROM ${from.users} WHERE true ON CONFLICT (id) DO UPDATE SET ${updates}`,
    `INSERT INTO devices (${devices}) SELECT ${devices} FROM ${from.devices} WHERE true ON CONFLICT (id) DO UPDATE SET ${deviceUpdates}`,
  ];
}

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
