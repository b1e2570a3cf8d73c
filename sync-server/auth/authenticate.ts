// Who is calling: a device token (sign-in) looked up by its SHA-256 among unrevoked devices of
// active users, on EVERY request, so revoking a device or disabling a user takes effect on the
// next request. The development token is tried too when it is configured (tests, local dev).
// last_seen_at is written at most every few minutes per device, not on every request.
import type { AccountStore } from '../store/accounts-store.ts';
import { bearerToken, hashToken } from './device-tokens.ts';
import { createDevTokenAuth, type Authenticate } from './dev-token.ts';
import type { Scope } from './scope.ts';

const touchEveryMs = 5 * 60_000;

export type AuthenticateOptions = {
  accounts: AccountStore;
  devToken: string | null;
  devScope: Scope;
  now: () => Date;
};

export function createAuthenticate(options: AuthenticateOptions): Authenticate {
  const dev = options.devToken ? createDevTokenAuth(options.devToken, options.devScope) : null;
  return async (authorization) => {
    const token = bearerToken(authorization);
    if (!token) return null;
    const devUser = dev ? await dev(authorization) : null;
    if (devUser) return devUser;
    const session = await options.accounts.findSession(hashToken(token));
    if (!session) return null;
    const nowMs = options.now().getTime();
    await options.accounts.touchDevice(session.device.id, new Date(nowMs).toISOString(), new Date(nowMs - touchEveryMs).toISOString());
    const { user } = session;
    return { userId: user.id, scope: user.scope, role: user.role, displayName: user.displayName, kaderKind: user.kaderKind, deviceId: session.device.id };
  };
}
