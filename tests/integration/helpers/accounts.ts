// Accounts test kit: the real app with device-token authentication (no development token),
// a cheap scrypt cost, small record schemas incl. a person with a NIK, and helpers to create
// users (as the CLI would) and sign in through the API.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../../../sync-server/app.ts';
import { createUser } from '../../../sync-server/auth/accounts.ts';
import type { ScryptCost } from '../../../sync-server/auth/passwords.ts';
import type { Scope } from '../../../sync-server/auth/scope.ts';
import type { SignInThrottle } from '../../../sync-server/auth/throttle.ts';
import type { Store } from '../../../sync-server/store/store.ts';
import type { RecordSchemas } from '../../../sync-server/sync/validate-change.ts';
import type { KaderKind, Role } from '../../../src/sync/roles.ts';
import { makeFakeDist, testConfig } from './app.ts';
import { nowMs, testSchemas } from './sync.ts';

export const fastScrypt: ScryptCost = { log2N: 10, r: 8, p: 1 };
export const defaultPassword = 'kata-sandi-panjang';

const base = {
  id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
  villageCode: z.string().regex(/^\d{10}$/),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deleted: z.boolean(),
};

export const accountTestSchemas: RecordSchemas = {
  ...testSchemas,
  person: z.object({ ...base, householdId: base.id, name: z.string().min(1).max(100), nik: z.string().regex(/^\d{16}$/).nullish() }),
  sponsor: z.object({ ...base, name: z.string().min(1).max(100) }),
};

export type AccountAppOptions = {
  now?: () => Date;
  throttle?: SignInThrottle;
  logger?: FastifyServerOptions['logger'];
  env?: Record<string, string>;
  /** Record schemas (default: accountTestSchemas; pass serverRecordSchemas for the real ones). */
  schemas?: RecordSchemas;
};

/** The real app; the development token is OFF unless `env` sets GENTING_DEV_TOKEN. */
export async function buildAccountApp(store: Store, options: AccountAppOptions = {}): Promise<FastifyInstance> {
  const config = { ...testConfig({ STATIC_DIR: makeFakeDist(), ...options.env }) };
  if (!options.env?.GENTING_DEV_TOKEN) config.devToken = null;
  const app = await buildApp({
    config,
    store,
    logger: options.logger ?? false,
    now: options.now ?? (() => new Date(nowMs)),
    schemas: options.schemas ?? accountTestSchemas,
    scryptCost: fastScrypt,
    ...(options.throttle ? { throttle: options.throttle } : {}),
  });
  await app.ready();
  return app;
}

export type NewUser = { username: string; role: Role; scope: Scope; kaderKind?: KaderKind; displayName?: string; password?: string };

/** Creates a user as the console would (no scope limits); returns its id. */
export async function addUser(store: Store, user: NewUser): Promise<string> {
  const outcome = await createUser({ accounts: store.accounts, now: () => new Date(nowMs), scryptCost: fastScrypt }, 'root', {
    username: user.username,
    displayName: user.displayName ?? user.username,
    role: user.role,
    kaderKind: user.role === 'kader' ? (user.kaderKind ?? 'tpk') : null,
    scope: user.scope,
    password: user.password ?? defaultPassword,
  });
  if (!outcome.ok) throw new Error(`addUser ${user.username}: ${outcome.reason}`);
  return outcome.value.id;
}

export async function signInRaw(app: FastifyInstance, username: string, password: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/auth/sign-in', headers, payload: { username, password, deviceName: 'HP uji' } });
}

/** Signs in and returns the device token (throws unless 200). */
export async function signIn(app: FastifyInstance, username: string, password = defaultPassword): Promise<{ token: string; deviceId: string }> {
  const res = await signInRaw(app, username, password);
  if (res.statusCode !== 200) throw new Error(`sign-in ${username}: ${res.statusCode} ${res.body}`);
  const body = res.json() as { token: string; deviceId: string };
  return { token: body.token, deviceId: body.deviceId };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A fetch that goes to the app in-process (app.inject), for the client's transports. */
export function injectFetch(app: FastifyInstance) {
  return async (url: string, init: RequestInit): Promise<Response> => {
    const target = new URL(url);
    const reply = await app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url: `${target.pathname}${target.search}`,
      headers: { ...(init.headers as Record<string, string>) },
      ...(init.body !== undefined && init.body !== null ? { payload: String(init.body) } : {}),
    });
    return new Response(reply.statusCode === 204 ? null : reply.body, { status: reply.statusCode, headers: { 'content-type': 'application/json' } });
  };
}
