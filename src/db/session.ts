// The device session (issue #5): the token from sign-in, kept in the `meta` table so the app
// stays signed in offline for as long as the server does not revoke it (no expiry: a cadre
// offline for weeks is never locked out of her own work). A 401 from the server marks the
// session expired ("perlu masuk lagi"): the outbox is untouched, sync waits, and a new
// sign-in resumes it. getToken() is synchronous for the sync transport (kept in memory).
import type { AccountFailure, AccountResult, AccountTransport } from './account-transport.ts';
import type { CreateUserRequest, HistoryEntry, SessionUser, SetupRequest, UpdateUserRequest } from '../sync/account-api.ts';
import type { GentingDb } from './database.ts';
import { deleteMeta, readMeta, writeMeta } from './meta.ts';
import type { DeviceSession } from './meta.ts';

export type SessionView =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'active'; user: SessionUser }
  | { state: 'expired'; user: SessionUser };

export type SessionOutcome = { ok: true } | ({ ok: false } & AccountFailure);

export type SessionDeps = { db: GentingDb; transport: AccountTransport; wallNow: () => number; deviceName: () => string };

function viewOf(session: DeviceSession | null): SessionView {
  if (!session) return { state: 'none' };
  return session.expired ? { state: 'expired', user: session.user } : { state: 'active', user: session.user };
}

export function createSessionStore(deps: SessionDeps) {
  const { db, transport } = deps;
  let current: DeviceSession | null = null;
  let view: SessionView = { state: 'loading' };
  const listeners = new Set<() => void>();

  async function save(next: DeviceSession | null): Promise<void> {
    if (next) await writeMeta(db, 'session', next);
    else await deleteMeta(db, 'session');
    current = next;
    view = viewOf(next);
    for (const listener of [...listeners]) listener();
  }

  async function adopt(result: Awaited<ReturnType<AccountTransport['signIn']>>): Promise<SessionOutcome> {
    if (!result.ok) return result;
    const { token, deviceId, user } = result.value;
    await save({ token, deviceId, user, signedInAt: new Date(deps.wallNow()).toISOString(), expired: false });
    return { ok: true };
  }

  async function withToken<T>(call: (token: string) => Promise<AccountResult<T>>): Promise<AccountResult<T>> {
    if (!current || current.expired) return { ok: false, reason: 'unauthorized' };
    const result = await call(current.token);
    if (!result.ok && result.reason === 'unauthorized') await markExpiredNow();
    return result;
  }

  async function markExpiredNow(): Promise<void> {
    if (current && !current.expired) await save({ ...current, expired: true });
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: (): SessionView => view,
    /** The Bearer token for sync; null before sign-in. */
    getToken: (): string | null => current?.token ?? null,
    async load(): Promise<void> {
      current = (await readMeta(db, 'session')) ?? null;
      view = viewOf(current);
      for (const listener of [...listeners]) listener();
    },
    /** After a 401: keep who it was (to sign in again), mark it expired. */
    markExpired: markExpiredNow,
    signIn: async (username: string, password: string): Promise<SessionOutcome> =>
      adopt(await transport.signIn({ username, password, deviceName: deps.deviceName() })),
    setup: async (request: Omit<SetupRequest, 'deviceName'>): Promise<SessionOutcome> =>
      adopt(await transport.setup({ ...request, deviceName: deps.deviceName() })),
    setupNeeded: () => transport.setupNeeded(),
    /** Signs this device out on the server (when reachable) and forgets the token here. Unsynced changes stay. */
    async signOut(): Promise<void> {
      if (current && !current.expired) await transport.signOut(current.token);
      await save(null);
    },
    /** Forgets the token without asking the server (too many wrong PINs). */
    dropToken: async (): Promise<void> => save(null),
    async history(kind: string, id: string): Promise<{ ok: true; value: HistoryEntry[] } | ({ ok: false } & AccountFailure)> {
      if (!current || current.expired) return { ok: false, reason: 'unauthorized' };
      return transport.history(current.token, kind, id);
    },
    /** The accounts this koordinator or admin manages (online only; the server decides who may). */
    manage: {
      users: () => withToken((token) => transport.listUsers(token)),
      createUser: (request: CreateUserRequest) => withToken((token) => transport.createUser(token, request)),
      updateUser: (id: string, patch: UpdateUserRequest) => withToken((token) => transport.updateUser(token, id, patch)),
      devices: () => withToken((token) => transport.listDevices(token)),
      revokeDevice: (id: string) => withToken((token) => transport.revokeDevice(token, id)),
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** A name for this device in the account's device list: browser and platform, no personal data. */
export function describeDevice(userAgent: string): string {
  const platform = /Android/i.test(userAgent) ? 'Android' : /iPhone|iPad/i.test(userAgent) ? 'iOS' : /Windows/i.test(userAgent) ? 'Windows' : /Linux/i.test(userAgent) ? 'Linux' : /Mac/i.test(userAgent) ? 'Mac' : 'Perangkat';
  const browser = /Firefox\//.test(userAgent) ? 'Firefox' : /Edg\//.test(userAgent) ? 'Edge' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'Browser';
  return `${browser} ${platform}`;
}
