// HTTP calls of the account API (src/sync/account-api.ts): sign-in, sign-out, first-admin
// setup, a record's history, and the accounts a koordinator manages (users, devices). Like transport.ts: fetch injected, answers checked with the
// shared zod schemas, never throws (a Result with a kebab-case reason the UI maps to text).
import type { z } from 'zod';
import {
  accountPaths,
  devicesResponseSchema,
  historyPath,
  historyResponseSchema,
  setupStatusSchema,
  signInResponseSchema,
  tooManyAttemptsBodySchema,
  userResponseSchema,
  usersResponseSchema,
} from '../sync/account-api.ts';
import type { CreateUserRequest, DeviceSummary, HistoryEntry, SetupRequest, SignInRequest, SignInResponse, UpdateUserRequest, UserSummary } from '../sync/account-api.ts';
import { errorBodySchema } from '../sync/protocol.ts';
import type { FetchLike } from './transport.ts';

export type AccountFailure =
  | { reason: 'invalid-credentials' | 'invalid-setup-code' | 'setup-not-available' | 'unauthorized' | 'forbidden' | 'username-taken' | 'not-found' | 'invalid-request' | 'offline' | 'server-error' }
  | { reason: 'too-many-attempts'; retryAfterSeconds: number };
export type AccountResult<T> = { ok: true; value: T } | ({ ok: false } & AccountFailure);

export type AccountTransport = {
  signIn(request: SignInRequest): Promise<AccountResult<SignInResponse>>;
  setup(request: SetupRequest): Promise<AccountResult<SignInResponse>>;
  setupNeeded(): Promise<AccountResult<boolean>>;
  signOut(token: string): Promise<AccountResult<null>>;
  history(token: string, kind: string, id: string): Promise<AccountResult<HistoryEntry[]>>;
  listUsers(token: string): Promise<AccountResult<UserSummary[]>>;
  createUser(token: string, request: CreateUserRequest): Promise<AccountResult<UserSummary>>;
  updateUser(token: string, id: string, patch: UpdateUserRequest): Promise<AccountResult<UserSummary>>;
  listDevices(token: string): Promise<AccountResult<DeviceSummary[]>>;
  revokeDevice(token: string, id: string): Promise<AccountResult<null>>;
};

const knownCodes = new Set(['invalid-credentials', 'invalid-setup-code', 'setup-not-available', 'unauthorized', 'forbidden', 'username-taken', 'not-found', 'invalid-request']);

async function failureOf(response: Response): Promise<AccountFailure> {
  const body: unknown = await response.json().catch(() => null);
  const throttled = tooManyAttemptsBodySchema.safeParse(body);
  if (response.status === 429 && throttled.success) return { reason: 'too-many-attempts', retryAfterSeconds: throttled.data.retryAfterSeconds };
  const error = errorBodySchema.safeParse(body);
  const code = error.success ? error.data.error.code : '';
  if (knownCodes.has(code)) return { reason: code as Exclude<AccountFailure['reason'], 'too-many-attempts' | 'offline' | 'server-error'> };
  if (response.status === 401) return { reason: 'unauthorized' };
  if (response.status === 400) return { reason: 'invalid-request' };
  return { reason: 'server-error' };
}

export function createAccountTransport(options: { baseUrl: string; fetch?: FetchLike; timeoutMs?: number }): AccountTransport {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const base = options.baseUrl.replace(/\/$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call<S extends z.ZodType>(path: string, init: { method: string; body?: unknown; token?: string }, schema: S | null): Promise<AccountResult<z.output<S> | null>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method: init.method,
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return { ok: false, reason: 'offline' };
    }
    if (!response.ok) return { ok: false, ...(await failureOf(response)) };
    if (!schema) return { ok: true, value: null };
    const parsed = schema.safeParse(await response.json().catch(() => null));
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'server-error' };
  }

  return {
    signIn: async (request) => (await call(accountPaths.signIn, { method: 'POST', body: request }, signInResponseSchema)) as AccountResult<SignInResponse>,
    setup: async (request) => (await call(accountPaths.setup, { method: 'POST', body: request }, signInResponseSchema)) as AccountResult<SignInResponse>,
    async setupNeeded() {
      const result = await call(accountPaths.setup, { method: 'GET' }, setupStatusSchema);
      return result.ok ? { ok: true, value: result.value?.setupNeeded ?? false } : result;
    },
    signOut: async (token) => (await call(accountPaths.signOut, { method: 'POST', token }, null)) as AccountResult<null>,
    async history(token, kind, id) {
      const result = await call(historyPath(kind, id), { method: 'GET', token }, historyResponseSchema);
      return result.ok ? { ok: true, value: result.value?.entries ?? [] } : result;
    },
    async listUsers(token) {
      const result = await call(accountPaths.users, { method: 'GET', token }, usersResponseSchema);
      return result.ok ? { ok: true, value: result.value?.users ?? [] } : result;
    },
    async createUser(token, request) {
      const result = await call(accountPaths.users, { method: 'POST', token, body: request }, userResponseSchema);
      return result.ok && result.value ? { ok: true, value: result.value.user } : result.ok ? { ok: false, reason: 'server-error' } : result;
    },
    async updateUser(token, id, patch) {
      const result = await call(`${accountPaths.users}/${encodeURIComponent(id)}`, { method: 'PATCH', token, body: patch }, userResponseSchema);
      return result.ok && result.value ? { ok: true, value: result.value.user } : result.ok ? { ok: false, reason: 'server-error' } : result;
    },
    async listDevices(token) {
      const result = await call(accountPaths.devices, { method: 'GET', token }, devicesResponseSchema);
      return result.ok ? { ok: true, value: result.value?.devices ?? [] } : result;
    },
    revokeDevice: async (token, id) => (await call(`${accountPaths.devices}/${encodeURIComponent(id)}/revoke`, { method: 'POST', token }, null)) as AccountResult<null>,
  };
}
