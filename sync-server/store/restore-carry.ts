// Accounts across a restore (docs/operations.md "Restore", docs/security.md): a backup brings
// back the records and the change log of its day, never its accounts. The users and devices of
// the database being replaced win: every user and device row of it replaces the restored one
// with the same id (password hash, role, scope, active, revocation) and the ones created after
// the backup are added; users and devices only the backup knows are kept (a database replaced
// after a wipe), except a user whose username the replaced database gives to another id (with
// that user's devices). So a phone revoked after the backup stays revoked, a password replaced
// after the backup stays replaced, and phones signed in after the backup keep working.
// Shared by SQLite (cli/restore-accounts.ts: the replaced file ATTACHed as `cur`) and
// PostgreSQL (cli/restore-postgres.ts: copies in carry tables, finished here at store open).
import type { PoolClient } from 'pg';
import { replacePostgresEpoch } from './log-epoch.ts';
import { migrationLockKey } from './postgres-tx.ts';

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

/** PostgreSQL: the tables a restore copies the current accounts and last seq into (never in a backup). */
export const carryTables = { users: 'restore_carry_users', devices: 'restore_carry_devices', meta: 'restore_carry_meta' };

/**
 * Step 5 of cli/restore-postgres.ts (also at every server start, store/postgres.ts): when carry tables exist, the restore
 * is finished in one transaction. Returns whether one was.
 */
export async function finishPostgresRestore(client: PoolClient): Promise<boolean> {
  const pending = await client.query<{ t: string | null }>(`SELECT to_regclass('${carryTables.meta}')::text AS t`);
  if (!pending.rows[0]?.t) return false;
  await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
  const last = await client.query<{ v: string }>(`SELECT COALESCE(MAX(last_seq), 0)::text AS v FROM ${carryTables.meta}`);
  for (const sql of carryAccountsStatements(carryTables)) await client.query(sql);
  await replacePostgresEpoch(client, null, Number(last.rows[0]?.v ?? 0));
  await client.query(`DROP TABLE ${carryTables.users}, ${carryTables.devices}, ${carryTables.meta}`);
  return true;
}

