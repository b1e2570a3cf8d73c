// HTTP transport of the sync engine (docs/sync-protocol.md, "Endpoints"): fetch to
// `baseUrl` with a Bearer token, every response body checked with the shared zod schemas (pull
// and snapshot pages by their exact, faster equals of src/sync/page-check.ts).
// Injected into the engine so tests drive it against the real server app in-process, or a
// fake, and drop requests or responses on purpose. Never throws: a Result with a reason.
import { pullPageParser, snapshotPageParser } from '../sync/page-check.ts';
import { errorBodySchema, pushResponseSchema, syncPaths } from '../sync/protocol.ts';
import type { PullResponse, PushRequest, PushResponse, SnapshotResponse } from '../sync/protocol.ts';

export type TransportFailure =
  | 'offline'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'unsupported-protocol'
  | 'batch-too-large'
  | 'server-error'
  | 'bad-response';

export type Timed<T> = T & { sentAt: number; receivedAt: number };
export type TransportResult<T> = { ok: true; value: Timed<T> } | { ok: false; reason: TransportFailure; status?: number };

export type Transport = {
  push(request: PushRequest): Promise<TransportResult<PushResponse>>;
  /**
   * `nodeId`: the server leaves out the changes this node pushed; `epoch`: the log epoch the
   * cursor belongs to (older servers ignore both).
   */
  pull(cursor: number, limit: number, nodeId?: string, epoch?: string): Promise<TransportResult<PullResponse>>;
  snapshot(query: { after: string | null; cursor: number | null; limit: number }): Promise<TransportResult<SnapshotResponse>>;
};

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type FetchTransportOptions = {
  baseUrl: string;
  /** The device session token; null = not signed in (requests go out without it). */
  getToken: () => string | null;
  fetch?: FetchLike;
  /** Wall clock for the offset estimate (device time, not corrected). */
  wallNow?: () => number;
  timeoutMs?: number;
};

async function failureOf(response: Response): Promise<TransportFailure> {
  if (response.status === 401) return 'unauthorized';
  if (response.status === 403) return 'forbidden';
  if (response.status === 413) return 'batch-too-large';
  const body = errorBodySchema.safeParse(await response.json().catch(() => null));
  if (body.success && body.data.error.code === 'unsupported-protocol') return 'unsupported-protocol';
  if (body.success && body.data.error.code === 'batch-too-large') return 'batch-too-large';
  return response.status >= 500 ? 'server-error' : 'bad-response';
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

export function createFetchTransport(options: FetchTransportOptions): Transport {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const wallNow = options.wallNow ?? (() => Date.now());
  const timeoutMs = options.timeoutMs ?? 60_000;
  const base = options.baseUrl.replace(/\/$/, '');

  /** `schema`: a zod schema of protocol.ts, or its faster equal for pages (sync/page-check.ts). */
  async function call<T>(path: string, init: RequestInit, schema: { safeParse(value: unknown): { success: boolean; data?: T } }): Promise<TransportResult<T>> {
    const token = options.getToken();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const sentAt = wallNow();
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      return { ok: false, reason: isTimeout(error) ? 'timeout' : 'offline' };
    }
    if (!response.ok) return { ok: false, reason: await failureOf(response), status: response.status };
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) return { ok: false, reason: 'bad-response', status: response.status };
    return { ok: true, value: { ...(parsed.data as object), sentAt, receivedAt: wallNow() } as Timed<T> };
  }

  return {
    push: (request) => call(syncPaths.push, { method: 'POST', body: JSON.stringify(request) }, pushResponseSchema),
    pull: (cursor, limit, nodeId, epoch) =>
      call(`${syncPaths.pull}?cursor=${cursor}&limit=${limit}${nodeId ? `&node=${nodeId}` : ''}${epoch ? `&epoch=${epoch}` : ''}`, { method: 'GET' }, pullPageParser),
    snapshot: ({ after, cursor, limit }) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (after !== null) query.set('after', after);
      if (cursor !== null) query.set('cursor', String(cursor));
      return call(`${syncPaths.snapshot}?${query.toString()}`, { method: 'GET' }, snapshotPageParser);
    },
  };
}
