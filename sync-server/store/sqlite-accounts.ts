// Accounts on SQLite (accounts-store.ts). Small tables, synchronous statements; the first-admin
// transaction is IMMEDIATE, so two setup requests cannot both see "no user yet".
import type { Database as SqliteDatabase } from 'better-sqlite3';
import {
  decodeScope,
  patchColumns,
  encodeScope,
  setupCodeKey,
  type AccountStore,
  type DeviceListRow,
  type DeviceRow,
  type FirstAdminOutcome,
  type UserPatch,
  type UserRow,
} from './accounts-store.ts';

type RawUser = {
  id: string; username: string; display_name: string; role: string; kader_kind: string | null; scope: string;
  password_hash: string; active: number; created_at: string; updated_at: string;
};
type RawDevice = { id: string; user_id: string; name: string; created_at: string; last_seen_at: string; revoked_at: string | null };

const userColumns = 'id, username, display_name, role, kader_kind, scope, password_hash, active, created_at, updated_at';

export function toUserRow(r: RawUser): UserRow {
  return {
    id: r.id, username: r.username, displayName: r.display_name, role: r.role as UserRow['role'],
    kaderKind: r.kader_kind as UserRow['kaderKind'], scope: decodeScope(r.scope), passwordHash: r.password_hash,
    active: Boolean(r.active), createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function toDeviceRow(r: RawDevice): DeviceRow {
  return { id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at, lastSeenAt: r.last_seen_at, revokedAt: r.revoked_at };
}

export class SqliteAccounts implements AccountStore {
  constructor(private readonly db: SqliteDatabase) {}

  async countUsers(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  async findUserByUsername(username: string): Promise<UserRow | null> {
    const row = this.db.prepare(`SELECT ${userColumns} FROM users WHERE username = ?`).get(username) as RawUser | undefined;
    return row ? toUserRow(row) : null;
  }

  async findUserById(id: string): Promise<UserRow | null> {
    const row = this.db.prepare(`SELECT ${userColumns} FROM users WHERE id = ?`).get(id) as RawUser | undefined;
    return row ? toUserRow(row) : null;
  }

  async listUsers(): Promise<UserRow[]> {
    return (this.db.prepare(`SELECT ${userColumns} FROM users ORDER BY username`).all() as RawUser[]).map(toUserRow);
  }

  private insertUserSync(u: UserRow): boolean {
    const result = this.db
      .prepare(`INSERT INTO users (${userColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING`)
      .run(u.id, u.username, u.displayName, u.role, u.kaderKind, encodeScope(u.scope), u.passwordHash, u.active ? 1 : 0, u.createdAt, u.updatedAt);
    return result.changes === 1;
  }

  async insertUser(user: UserRow): Promise<boolean> {
    return this.insertUserSync(user);
  }

  async updateUser(id: string, patch: UserPatch): Promise<boolean> {
    const pairs = patchColumns(patch);
    const sql = `UPDATE users SET ${pairs.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`;
    return this.db.prepare(sql).run(...pairs.map(([, value]) => (typeof value === 'boolean' ? Number(value) : value)), id).changes === 1;
  }

  async insertDevice(d: DeviceRow & { tokenHash: string }): Promise<void> {
    this.db
      .prepare('INSERT INTO devices (id, user_id, token_hash, name, created_at, last_seen_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(d.id, d.userId, d.tokenHash, d.name, d.createdAt, d.lastSeenAt, d.revokedAt);
  }

  async findSession(tokenHash: string): Promise<{ user: UserRow; device: DeviceRow } | null> {
    const row = this.db
      .prepare(
        `SELECT ${userColumns.split(', ').map((c) => `u.${c}`).join(', ')},
           d.id AS device_id, d.name AS device_name, d.created_at AS device_created_at, d.last_seen_at AS device_last_seen_at
         FROM devices d JOIN users u ON u.id = d.user_id
         WHERE d.token_hash = ? AND d.revoked_at IS NULL AND u.active = 1`,
      )
      .get(tokenHash) as (RawUser & { device_id: string; device_name: string; device_created_at: string; device_last_seen_at: string }) | undefined;
    if (!row) return null;
    return {
      user: toUserRow(row),
      device: { id: row.device_id, userId: row.id, name: row.device_name, createdAt: row.device_created_at, lastSeenAt: row.device_last_seen_at, revokedAt: null },
    };
  }

  async touchDevice(id: string, at: string, staleBefore: string): Promise<void> {
    this.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?').run(at, id, staleBefore);
  }

  async listDevices(): Promise<DeviceListRow[]> {
    const rows = this.db
      .prepare('SELECT d.id, d.user_id, d.name, d.created_at, d.last_seen_at, d.revoked_at, u.username FROM devices d JOIN users u ON u.id = d.user_id ORDER BY u.username, d.created_at')
      .all() as (RawDevice & { username: string })[];
    return rows.map((r) => ({ ...toDeviceRow(r), username: r.username }));
  }

  async findDevice(id: string): Promise<DeviceRow | null> {
    const row = this.db.prepare('SELECT id, user_id, name, created_at, last_seen_at, revoked_at FROM devices WHERE id = ?').get(id) as RawDevice | undefined;
    return row ? toDeviceRow(row) : null;
  }

  async revokeDevice(id: string, at: string): Promise<boolean> {
    return this.db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, id).changes === 1;
  }

  async revokeUserDevices(userId: string, at: string): Promise<number> {
    return this.db.prepare('UPDATE devices SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(at, userId).changes;
  }

  async putSetupCode(codeHash: string, at: string): Promise<boolean> {
    const run = this.db.transaction(() => {
      if ((this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n > 0) return false;
      this.db.prepare('INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(setupCodeKey, JSON.stringify({ codeHash, at }));
      return true;
    });
    return run.immediate();
  }

  async createFirstAdmin(codeHash: string, admin: UserRow): Promise<FirstAdminOutcome> {
    const run = this.db.transaction((): FirstAdminOutcome => {
      if ((this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n > 0) return 'setup-not-available';
      const row = this.db.prepare('SELECT value FROM server_meta WHERE key = ?').get(setupCodeKey) as { value: string } | undefined;
      if (!row) return 'setup-not-available';
      if ((JSON.parse(row.value) as { codeHash: string }).codeHash !== codeHash) return 'invalid-setup-code';
      this.insertUserSync(admin);
      this.db.prepare('DELETE FROM server_meta WHERE key = ?').run(setupCodeKey);
      return 'created';
    });
    return run.immediate();
  }
}
