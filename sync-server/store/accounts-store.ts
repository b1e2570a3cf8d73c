// Accounts in the store: users, their device sessions and the one-time setup code. Implemented
// by both stores (sqlite-accounts.ts, postgres-accounts.ts) over the tables of migration 3.
// No scope logic here: sync-server/auth/accounts.ts decides who may see or change what.
import type { KaderKind, Role } from '../../src/sync/roles.ts';
import type { Scope } from '../auth/scope.ts';

export type UserRow = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  kaderKind: KaderKind | null;
  scope: Scope;
  passwordHash: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
};

export type DeviceRow = {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
};

export type DeviceListRow = DeviceRow & { username: string };

export type UserPatch = Partial<Pick<UserRow, 'displayName' | 'scope' | 'active' | 'passwordHash'>> & { updatedAt: string };

export type FirstAdminOutcome = 'created' | 'invalid-setup-code' | 'setup-not-available';

export interface AccountStore {
  countUsers(): Promise<number>;
  findUserByUsername(username: string): Promise<UserRow | null>;
  findUserById(id: string): Promise<UserRow | null>;
  listUsers(): Promise<UserRow[]>;
  /** False when the username is taken. */
  insertUser(user: UserRow): Promise<boolean>;
  updateUser(id: string, patch: UserPatch): Promise<boolean>;
  insertDevice(device: DeviceRow & { tokenHash: string }): Promise<void>;
  /** The active user and the unrevoked device of a token hash, or null. */
  findSession(tokenHash: string): Promise<{ user: UserRow; device: DeviceRow } | null>;
  /** Sets last_seen_at = at when it is older than `staleBefore` (one write per few minutes). */
  touchDevice(id: string, at: string, staleBefore: string): Promise<void>;
  listDevices(): Promise<DeviceListRow[]>;
  findDevice(id: string): Promise<DeviceRow | null>;
  revokeDevice(id: string, at: string): Promise<boolean>;
  revokeUserDevices(userId: string, at: string): Promise<number>;
  /** Replaces the setup code (its hash) while no user exists; false once one does. */
  putSetupCode(codeHash: string, at: string): Promise<boolean>;
  /**
   * In one transaction: no user exists yet, the code hash matches the stored one; then inserts
   * the admin and deletes the code, so a code works once.
   */
  createFirstAdmin(codeHash: string, admin: UserRow): Promise<FirstAdminOutcome>;
}

export const setupCodeKey = 'setup_code_hash';

/** scope column <-> Scope. */
export const encodeScope = (scope: Scope): string => JSON.stringify(scope);
export function decodeScope(text: string): Scope {
  const value = JSON.parse(text) as Scope;
  return value;
}

/** The columns and values an update writes, in a fixed order. */
export function patchColumns(patch: UserPatch): [string, string | boolean][] {
  const pairs: [string, string | boolean][] = [['updated_at', patch.updatedAt]];
  if (patch.displayName !== undefined) pairs.push(['display_name', patch.displayName]);
  if (patch.scope !== undefined) pairs.push(['scope', encodeScope(patch.scope)]);
  if (patch.active !== undefined) pairs.push(['active', patch.active]);
  if (patch.passwordHash !== undefined) pairs.push(['password_hash', patch.passwordHash]);
  return pairs;
}
