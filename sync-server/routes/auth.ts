// Sign-in, sign-out, "who am I" and the first-admin setup (src/sync/account-api.ts). Thin:
// parse, call auth/accounts.ts, answer. Sign-in and setup are the only /api paths besides
// health that need no token; both are throttled and take small bodies only. Logs carry an
// outcome and an opaque user id, never a username, password or token.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  accountPaths,
  setupRequestSchema,
  signInRequestSchema,
  type SignInResponse,
} from '../../src/sync/account-api.ts';
import { setupFirstAdmin, signIn, type AccountDeps } from '../auth/accounts.ts';
import type { SignInThrottle } from '../auth/throttle.ts';
import { callerOf } from '../http/auth-gate.ts';
import { errorBody, HttpError } from '../http/errors.ts';

export const authBodyLimitBytes = 4 * 1024;

export type AuthRouteDeps = AccountDeps & { throttle: SignInThrottle };

function parseOr400<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, 'invalid-request', 'The request is not valid.');
  return parsed.data;
}

function sendThrottled(reply: FastifyReply, retryAfterSeconds: number): FastifyReply {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return reply
    .code(429)
    .header('retry-after', String(retryAfterSeconds))
    .send({ ...errorBody('too-many-attempts', `Too many failed attempts: try again in ${minutes} minute(s).`), retryAfterSeconds });
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const noStore = { 'cache-control': 'no-store' };

  app.post(accountPaths.signIn, { bodyLimit: authBodyLimitBytes }, async (request, reply) => {
    const body = parseOr400(signInRequestSchema, request.body);
    const outcome = await signIn(deps, { ...body, ip: request.ip });
    if (!outcome.ok) {
      request.log.info({ event: 'sign-in', outcome: outcome.reason }, 'sign-in refused');
      if (outcome.reason === 'too-many-attempts') return sendThrottled(reply, outcome.retryAfterSeconds);
      return reply.code(401).send(errorBody('invalid-credentials', 'Wrong username or password, or the account is disabled.'));
    }
    request.log.info({ event: 'sign-in', outcome: 'ok', userId: outcome.value.user.id }, 'signed in');
    return reply.headers(noStore).send(outcome.value satisfies SignInResponse);
  });

  app.post(accountPaths.signOut, { bodyLimit: authBodyLimitBytes }, async (request, reply) => {
    const caller = callerOf(request);
    if (caller.deviceId) await deps.accounts.revokeDevice(caller.deviceId, deps.now().toISOString());
    return reply.code(204).send();
  });

  app.get(accountPaths.me, async (request: FastifyRequest, reply) => {
    const caller = callerOf(request);
    const user = { id: caller.userId, username: '', displayName: caller.displayName, role: caller.role, kaderKind: caller.kaderKind, scope: caller.scope };
    const stored = await deps.accounts.findUserById(caller.userId);
    return reply.headers(noStore).send({ user: { ...user, username: stored?.username ?? '' }, deviceId: caller.deviceId ?? '' });
  });

  app.get(accountPaths.setup, async (_request, reply) => {
    return reply.headers(noStore).send({ setupNeeded: (await deps.accounts.countUsers()) === 0 });
  });

  app.post(accountPaths.setup, { bodyLimit: authBodyLimitBytes }, async (request, reply) => {
    const nowMs = deps.now().getTime();
    // Per address only (docs/security.md): wrong codes never lock the setup for everyone.
    const allowed = deps.throttle.checkAddress(request.ip, nowMs);
    if (!allowed.ok) return sendThrottled(reply, allowed.retryAfterSeconds);
    const body = parseOr400(setupRequestSchema, request.body);
    const outcome = await setupFirstAdmin(deps, body);
    if (!outcome.ok) {
      request.log.info({ event: 'setup', outcome: outcome.reason }, 'setup refused');
      if (outcome.reason === 'invalid-setup-code') {
        deps.throttle.recordAddressFailure(request.ip, nowMs);
        return reply.code(403).send(errorBody('invalid-setup-code', 'The setup code is wrong.'));
      }
      return reply.code(409).send(errorBody('setup-not-available', 'This server already has an administrator.'));
    }
    request.log.info({ event: 'setup', outcome: 'ok', userId: outcome.value.user.id }, 'first administrator created');
    return reply.code(201).headers(noStore).send(outcome.value satisfies SignInResponse);
  });
}
