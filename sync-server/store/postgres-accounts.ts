// Accounts on PostgreSQL (accounts-store.ts). The first-admin transaction takes an advisory
// lock, so two setup requests on two server processes cannot both see "no user yet".
import type pg from 'pg';
import {
  decodeScope,
  encodeScope,
  patchColumns,
  setupCodeKey,
  type AccountStore,
  type DeviceListRow,
  type DeviceRow,
  type FirstAdminOutcome,
  type UserPatch,
  type UserRow,
} from './accounts-store.ts';
import { setupLockKey, withTransaction } from './postgres-tx.ts';

type RawUser = {
  id: string; username: string; display_name: string; role: string; kader_kind: string | null; scope: string;
  password_hash: string; active: boolean; created_at: string; updated_at: string;
};
type RawDevice = { id: string; user_id: string; name: string; created_at: string; last_seen_at: string; revoked_at: string | null };

const userColumns = 'id, username, display_name, role, kader_kind, scope, password_hash, active, created_at, updated_at';

function toUserRow(r: RawUser): UserRow {
  return {
    id: r.id, username: r.username, displayName: r.display_name, role: r.role as UserRow['role'],
    kaderKind: r.kader_kind as UserRow['kaderKind'], scope: decodeScope(r.scope), passwordHash: r.password_hash,
    active: r.active, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

function toDeviceRow(r: RawDevice): DeviceRow {
  return { id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at, lastSeenAt: r.last_seen_at, revokedAt: r.revoked_at };
}

const insertUserSql = `INSERT INTO users (${userColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (username) DO NOTHING`;
const userParams = (u: UserRow) => [u.id, u.username, u.displayName, u.role, u.kaderKind, encodeScope(u.scope), u.passwordHash, u.active, u.createdAt, u.updatedAt];

export class PostgresAccounts implements AccountStore {
  constructor(private readonly pool: pg.Pool) {}

  async countUsers(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM users');
    return rows[0]?.n ?? 0;
  }

  async findUserByUsername(username: string): Promise<UserRow | null> {
    const { rows } = await this.pool.query<RawUser>(`SELECT ${userColumns} FROM users WHERE username = $1`, [username]);
    return rows[0] ? toUserRow(rows[0]) : null;
  }

  async findUserById(id: string): Promise<UserRow | null> {
    const { rows } = await this.pool.query<RawUser>(`SELECT ${userColumns} FROM users WHERE id = $1`, [id]);
    return rows[0] ? toUserRow(rows[0]) : null;
  }

  async listUsers(): Promise<UserRow[]> {
    const { rows } = await this.pool.query<RawUser>(`SELECT ${userColumns} FROM users ORDER BY username COLLATE "C"`);
    return rows.map(toUserRow);
  }

  async insertUser(user: UserRow): Promise<boolean> {
    const result = await this.pool.query(insertUserSql, userParams(user));
    return result.rowCount === 1;
  }

  async updateUser(id: string, patch: UserPatch): Promise<boolean> {
    const pairs = patchColumns(patch);
    const sql = `UPDATE users SET ${pairs.map(([column], i) => `${column} = $${i + 1}`).join(', ')} WHERE id = $${pairs.length + 1}`;
    const result = await this.pool.query(sql, [...pairs.map(([, value]) => value), id]);
    return result.rowCount === 1;
  }

  async insertDevice(d: DeviceRow & { tokenHash: string }): Promise<void> {
    await this.pool.query(
      'INSERT INTO devices (id, user_id, token_hash, name, created_at, last_seen_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [d.id, d.userId, d.tokenHash, d.name, d.createdAt, d.lastSeenAt, d.revokedAt],
    );
  }

  async findSession(tokenHash: string): Promise<{ user: UserRow; device: DeviceRow } | null> {
    const { rows } = await this.pool.query<RawUser & { device_id: string; device_name: string; device_created_at: string; device_last_seen_at: string }>(
      `SELECT ${userColumns.split(', ').map((c) => `u.${c}`).join(', ')},
         d.id AS device_id, d.name AS device_name, d.created_at AS device_created_at, d.last_seen_at AS device_last_seen_at
       FROM devices d JOIN users u ON u.id = d.user_id
       WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND u.active`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      user: toUserRow(row),
      device: { id: row.device_id, userId: row.id, name: row.device_name, createdAt: row.device_created_at, lastSeenAt: row.device_last_seen_at, revokedAt: null },
    };
  }

  async touchDevice(id: string, at: string, staleBefore: string): Promise<void> {
    await this.pool.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2 AND last_seen_at < $3', [at, id, staleBefore]);
  }

  async listDevices(): Promise<DeviceListRow[]> {
    const { rows } = await this.pool.query<RawDevice & { username: string }>(
      'SELECT d.id, d.user_id, d.name, d.created_at, d.last_seen_at, d.revoked_at, u.username FROM devices d JOIN users u ON u.id = d.user_id ORDER BY u.username COLLATE "C", d.created_at',
    );
    return rows.map((r) => ({ ...toDeviceRow(r), username: r.username }));
  }

  async findDevice(id: string): Promise<DeviceRow | null> {
    const { rows } = await this.pool.query<RawDevice>('SELECT id, user_id, name, created_at, last_seen_at, revoked_at FROM devices WHERE id = $1', [id]);
    return rows[0] ? toDeviceRow(rows[0]) : null;
  }

  async revokeDevice(id: string, at: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [at, id]);
    return result.rowCount === 1;
  }

  async revokeUserDevices(userId: string, at: string): Promise<number> {
    const result = await this.pool.query('UPDATE devices SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL', [at, userId]);
    return result.rowCount ?? 0;
  }

  async putSetupCode(codeHash: string, at: string): Promise<boolean> {
    return withTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [setupLockKey]);
      const { rows } = await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM users');
      if ((rows[0]?.n ?? 0) > 0) return false;
      await client.query(
        'INSERT INTO server_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
        [setupCodeKey, JSON.stringify({ codeHash, at })],
      );
      return true;
    });
  }

  async createFirstAdmin(codeHash: string, admin: UserRow): Promise<FirstAdminOutcome> {
    return withTransaction(this.pool, async (client): Promise<FirstAdminOutcome> => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [setupLockKey]);
      const count = await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM users');
      if ((count.rows[0]?.n ?? 0) > 0) return 'setup-not-available';
      const meta = await client.query<{ value: string }>('SELECT value FROM server_meta WHERE key = $1', [setupCodeKey]);
      const stored = meta.rows[0];
      if (!stored) return 'setup-not-available';
      if ((JSON.parse(stored.value) as { codeHash: string }).codeHash !== codeHash) return 'invalid-setup-code';
      await client.query(insertUserSql, userParams(admin));
      await client.query('DELETE FROM server_meta WHERE key = $1', [setupCodeKey]);
      return 'created';
    });
  }
}
