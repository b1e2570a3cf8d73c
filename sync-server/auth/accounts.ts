// What the account routes and the CLI do, over the AccountStore: sign-in, first-admin setup,
// and managing users and devices within the actor's reach (src/sync/roles.ts):
//   - an admin manages every account whose scope lies inside her own;
//   - a koordinator manages the kader accounts whose scope lies inside hers;
//   - the CLI ('root', someone at the server's console) manages every account.
// An account out of reach is answered as not found, so its existence does not leak.
// Disabling a user or setting a new password revokes all of the user's devices.
import type { CreateUserRequest, SessionUser, UpdateUserRequest } from '../../src/sync/account-api.ts';
import { canManageAccounts, canManageRole } from '../../src/sync/roles.ts';
import type { AccountStore, DeviceListRow, UserRow } from '../store/accounts-store.ts';
import { hashToken, newDeviceToken, newId, newSetupCode, normalizeSetupCode } from './device-tokens.ts';
import { decoyHash, hashPassword, verifyPassword, type ScryptCost } from './passwords.ts';
import { isScopeWithin, type UserContext } from './scope.ts';
import type { SignInThrottle } from './throttle.ts';

export type Actor = 'root' | Pick<UserContext, 'userId' | 'role' | 'scope'>;

export type AccountDeps = { accounts: AccountStore; now: () => Date; scryptCost?: ScryptCost };

export type SignedIn = { token: string; deviceId: string; user: SessionUser };
export type SignInOutcome =
  | { ok: true; value: SignedIn }
  | { ok: false; reason: 'invalid-credentials' }
  | { ok: false; reason: 'too-many-attempts'; retryAfterSeconds: number };

export function toSessionUser(user: UserRow): SessionUser {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, kaderKind: user.kaderKind, scope: user.scope };
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function canManageUser(actor: Actor, target: UserRow): boolean {
  if (actor === 'root') return true;
  return canManageAccounts(actor.role) && canManageRole(actor.role, target.role) && isScopeWithin(target.scope, actor.scope);
}

async function openDeviceSession(deps: AccountDeps, user: UserRow, deviceName: string): Promise<SignedIn> {
  const token = newDeviceToken();
  const at = deps.now().toISOString();
  const deviceId = newId();
  await deps.accounts.insertDevice({ id: deviceId, userId: user.id, name: deviceName, createdAt: at, lastSeenAt: at, revokedAt: null, tokenHash: hashToken(token) });
  return { token, deviceId, user: toSessionUser(user) };
}

export async function signIn(
  deps: AccountDeps & { throttle: SignInThrottle },
  request: { username: string; password: string; deviceName: string; ip: string },
): Promise<SignInOutcome> {
  const username = normalizeUsername(request.username);
  const nowMs = deps.now().getTime();
  const allowed = deps.throttle.check(username, request.ip, nowMs);
  if (!allowed.ok) return { ok: false, reason: 'too-many-attempts', retryAfterSeconds: allowed.retryAfterSeconds };
  const user = await deps.accounts.findUserByUsername(username);
  // An unknown or disabled account costs the same scrypt as a wrong password.
  const matches = await verifyPassword(request.password, user?.passwordHash ?? (await decoyHash(deps.scryptCost)));
  if (!user || !user.active || !matches) {
    deps.throttle.recordFailure(username, request.ip, nowMs);
    return { ok: false, reason: 'invalid-credentials' };
  }
  deps.throttle.recordSuccess(username);
  return { ok: true, value: await openDeviceSession(deps, user, request.deviceName) };
}

/** At start-up on a store without users: a new one-time setup code (its hash is stored). */
export async function issueSetupCode(deps: AccountDeps): Promise<string | null> {
  if ((await deps.accounts.countUsers()) > 0) return null;
  const code = newSetupCode();
  const stored = await deps.accounts.putSetupCode(hashToken(normalizeSetupCode(code)), deps.now().toISOString());
  return stored ? code : null;
}

function newUserRow(fields: Omit<UserRow, 'id' | 'createdAt' | 'updatedAt' | 'active'>, at: string): UserRow {
  return { ...fields, id: newId(), active: true, createdAt: at, updatedAt: at };
}

export async function setupFirstAdmin(
  deps: AccountDeps,
  request: { setupCode: string; username: string; displayName: string; password: string; deviceName: string },
): Promise<{ ok: true; value: SignedIn } | { ok: false; reason: 'invalid-setup-code' | 'setup-not-available' }> {
  const at = deps.now().toISOString();
  const admin = newUserRow(
    { username: normalizeUsername(request.username), displayName: request.displayName, role: 'admin', kaderKind: null, scope: 'all', passwordHash: await hashPassword(request.password, deps.scryptCost) },
    at,
  );
  const outcome = await deps.accounts.createFirstAdmin(hashToken(normalizeSetupCode(request.setupCode)), admin);
  if (outcome !== 'created') return { ok: false, reason: outcome };
  return { ok: true, value: await openDeviceSession(deps, admin, request.deviceName) };
}

export type CreateUserOutcome = { ok: true; value: UserRow } | { ok: false; reason: 'forbidden' | 'username-taken' };

export async function createUser(deps: AccountDeps, actor: Actor, request: CreateUserRequest): Promise<CreateUserOutcome> {
  const at = deps.now().toISOString();
  const candidate = newUserRow(
    {
      username: normalizeUsername(request.username),
      displayName: request.displayName,
      role: request.role,
      kaderKind: request.role === 'kader' ? (request.kaderKind ?? null) : null,
      scope: request.scope,
      passwordHash: '',
    },
    at,
  );
  if (!canManageUser(actor, candidate)) return { ok: false, reason: 'forbidden' };
  const user = { ...candidate, passwordHash: await hashPassword(request.password, deps.scryptCost) };
  return (await deps.accounts.insertUser(user)) ? { ok: true, value: user } : { ok: false, reason: 'username-taken' };
}

export async function listUsers(deps: AccountDeps, actor: Actor): Promise<UserRow[]> {
  return (await deps.accounts.listUsers()).filter((u) => canManageUser(actor, u));
}

/** The user when it exists and is within the actor's reach. */
export async function findManagedUser(deps: AccountDeps, actor: Actor, idOrUsername: string): Promise<UserRow | null> {
  const user = (await deps.accounts.findUserById(idOrUsername)) ?? (await deps.accounts.findUserByUsername(normalizeUsername(idOrUsername)));
  return user && canManageUser(actor, user) ? user : null;
}

export type UpdateUserOutcome = { ok: true; value: UserRow } | { ok: false; reason: 'not-found' | 'forbidden' };

export async function updateUser(deps: AccountDeps, actor: Actor, idOrUsername: string, patch: UpdateUserRequest): Promise<UpdateUserOutcome> {
  const user = await findManagedUser(deps, actor, idOrUsername);
  if (!user) return { ok: false, reason: 'not-found' };
  if (patch.scope !== undefined && !canManageUser(actor, { ...user, scope: patch.scope })) return { ok: false, reason: 'forbidden' };
  const at = deps.now().toISOString();
  const passwordHash = patch.password !== undefined ? await hashPassword(patch.password, deps.scryptCost) : undefined;
  await deps.accounts.updateUser(user.id, {
    updatedAt: at,
    ...(patch.displayName !== undefined ? { displayName: patch.displayName } : {}),
    ...(patch.scope !== undefined ? { scope: patch.scope } : {}),
    ...(patch.active !== undefined ? { active: patch.active } : {}),
    ...(passwordHash !== undefined ? { passwordHash } : {}),
  });
  if (patch.active === false || passwordHash !== undefined) await deps.accounts.revokeUserDevices(user.id, at);
  return { ok: true, value: (await deps.accounts.findUserById(user.id)) ?? user };
}

export async function listDevices(deps: AccountDeps, actor: Actor): Promise<DeviceListRow[]> {
  const users = new Map((await listUsers(deps, actor)).map((u) => [u.id, u]));
  const self = actor === 'root' ? null : actor.userId;
  return (await deps.accounts.listDevices()).filter((d) => users.has(d.userId) || d.userId === self);
}

/** Revokes a device of a managed user (or the actor's own); false when out of reach. */
export async function revokeDevice(deps: AccountDeps, actor: Actor, deviceId: string): Promise<boolean> {
  const device = await deps.accounts.findDevice(deviceId);
  if (!device) return false;
  const owner = await deps.accounts.findUserById(device.userId);
  const isOwn = actor !== 'root' && actor.userId === device.userId;
  if (!owner || (!isOwn && !canManageUser(actor, owner))) return false;
  await deps.accounts.revokeDevice(deviceId, deps.now().toISOString());
  return true;
}
