// Account management for koordinators and admins (src/sync/account-api.ts; who may manage whom:
// auth/accounts.ts). Kader and viewer callers get 403; an account out of the caller's reach is
// 404, as if it did not exist. Password hashes and token hashes never leave the server.
import type { FastifyInstance } from 'fastify';
import {
  accountPaths,
  createUserRequestSchema,
  updateUserRequestSchema,
  type DeviceSummary,
  type UserSummary,
} from '../../src/sync/account-api.ts';
import { canManageAccounts } from '../../src/sync/roles.ts';
import { createUser, listDevices, listUsers, revokeDevice, toSessionUser, updateUser, type AccountDeps, type Actor } from '../auth/accounts.ts';
import type { DeviceListRow, UserRow } from '../store/accounts-store.ts';
import { callerOf } from '../http/auth-gate.ts';
import { HttpError } from '../http/errors.ts';
import type { FastifyRequest } from 'fastify';

export function toUserSummary(user: UserRow): UserSummary {
  return { ...toSessionUser(user), active: user.active, createdAt: user.createdAt };
}

export function toDeviceSummary(device: DeviceListRow): DeviceSummary {
  const { id, userId, username, name, createdAt, lastSeenAt, revokedAt } = device;
  return { id, userId, username, name, createdAt, lastSeenAt, revokedAt };
}

function managerOf(request: FastifyRequest): Actor {
  const caller = callerOf(request);
  if (!canManageAccounts(caller.role)) throw new HttpError(403, 'forbidden', 'This account may not manage accounts.');
  return caller;
}

function parsed<T>(result: { success: true; data: T } | { success: false }): T {
  if (!result.success) throw new HttpError(400, 'invalid-request', 'The request is not valid.');
  return result.data;
}

export function registerUserRoutes(app: FastifyInstance, deps: AccountDeps): void {
  const noStore = { 'cache-control': 'no-store' };

  app.get(accountPaths.users, async (request, reply) => {
    const users = await listUsers(deps, managerOf(request));
    return reply.headers(noStore).send({ users: users.map(toUserSummary) });
  });

  app.post(accountPaths.users, async (request, reply) => {
    const actor = managerOf(request);
    const body = parsed(createUserRequestSchema.safeParse(request.body));
    const outcome = await createUser(deps, actor, body);
    if (!outcome.ok && outcome.reason === 'forbidden') throw new HttpError(403, 'forbidden', 'That role or scope is beyond this account.');
    if (!outcome.ok) throw new HttpError(409, 'username-taken', 'That username is taken.');
    return reply.code(201).headers(noStore).send({ user: toUserSummary(outcome.value) });
  });

  app.patch<{ Params: { id: string } }>(`${accountPaths.users}/:id`, async (request, reply) => {
    const actor = managerOf(request);
    const body = parsed(updateUserRequestSchema.safeParse(request.body));
    const outcome = await updateUser(deps, actor, request.params.id, body);
    if (!outcome.ok && outcome.reason === 'forbidden') throw new HttpError(403, 'forbidden', 'That scope is beyond this account.');
    if (!outcome.ok) throw new HttpError(404, 'not-found', 'No such user.');
    return reply.headers(noStore).send({ user: toUserSummary(outcome.value) });
  });

  app.get(accountPaths.devices, async (request, reply) => {
    const devices = await listDevices(deps, managerOf(request));
    return reply.headers(noStore).send({ devices: devices.map(toDeviceSummary) });
  });

  app.post<{ Params: { id: string } }>(`${accountPaths.devices}/:id/revoke`, { bodyLimit: 1024 }, async (request, reply) => {
    const actor = callerOf(request);
    if (!(await revokeDevice(deps, actor, request.params.id))) throw new HttpError(404, 'not-found', 'No such device.');
    return reply.code(204).send();
  });
}
