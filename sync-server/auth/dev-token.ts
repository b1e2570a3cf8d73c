// The development token (GENTING_DEV_TOKEN): one bearer token with the scope GENTING_DEV_SCOPE
// and the admin role, for tests and local development only. OFF unless the variable is set
// (docs/security.md). Compared in constant time (both sides hashed first, so lengths leak
// nothing). Real callers sign in and get a device token (authenticate.ts).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Scope, UserContext } from './scope.ts';

/** Who is calling, with the device session when it is one (sign-out, "me"). */
export type AuthContext = UserContext & { deviceId?: string };

/** Resolves an Authorization header to a caller, or null (401). */
export type Authenticate = (authorization: string | undefined) => Promise<AuthContext | null> | AuthContext | null;

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export function createDevTokenAuth(token: string, scope: Scope): Authenticate {
  const expected = digest(token);
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match?.[1]) return null;
    if (!timingSafeEqual(digest(match[1]), expected)) return null;
    return { userId: 'dev', scope, role: 'admin', displayName: 'Development token', kaderKind: null };
  };
}
