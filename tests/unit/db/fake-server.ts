// A small in-memory server speaking protocol v1, for the engine's unit tests (the real one,
// sync-server/, is exercised by tests/property/convergence.test.ts). It follows the same
// rules: per-change results, duplicate by (id, stamp), per-field merge, seq-ordered pull,
// snapshot with a fixed cursor, scope and clock checks, the one error shape.
import { applyChange } from '../../../src/sync/merge.ts';
import type { MergedRecord } from '../../../src/sync/merge.ts';
import { stampWallMs } from '../../../src/sync/hlc.ts';
import { pushRequestSchema, snapshotKey, syncLimits } from '../../../src/sync/protocol.ts';
import type { Change, PulledChange, PushResult, RejectionReason } from '../../../src/sync/protocol.ts';
import type { FetchLike } from '../../../src/db/transport.ts';

export type FakeServerOptions = { now: () => number; scope?: (villageCode: string) => boolean; token?: string };

export function createFakeServer(options: FakeServerOptions) {
  const log: PulledChange[] = [];
  const keys = new Set<string>();
  const state = new Map<string, { kind: string; id: string; villageCode: string; record: MergedRecord }>();
  const faults = { offline: false, unauthorized: false, rejectAll: null as RejectionReason | null };
  let requests = 0;

  function judge(change: Change): PushResult {
    const result = { id: change.id, stamp: change.stamp };
    if (keys.has(`${change.id}|${change.stamp}`)) return { ...result, status: 'duplicate' };
    if (faults.rejectAll) return { ...result, status: 'rejected', reason: faults.rejectAll };
    if (options.scope && !options.scope(change.villageCode)) return { ...result, status: 'rejected', reason: 'outside-scope' };
    if (stampWallMs(change.stamp) - options.now() > syncLimits.maxClockAheadMs) return { ...result, status: 'rejected', reason: 'clock-too-far-ahead' };
    keys.add(`${change.id}|${change.stamp}`);
    log.push({ ...change, seq: log.length + 1 });
    const key = snapshotKey(change.kind, change.id);
    const current = state.get(key);
    state.set(key, { kind: change.kind, id: change.id, villageCode: change.villageCode, record: applyChange(current?.record, change) });
    return { ...result, status: 'accepted' };
  }

  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const serverTime = () => new Date(options.now()).toISOString();

  function snapshot(url: URL): Response {
    const limit = Number(url.searchParams.get('limit') ?? 1000);
    const cursor = Number(url.searchParams.get('cursor') ?? log.length);
    const after = url.searchParams.get('after') ?? '';
    const sorted = [...state.entries()].filter(([key]) => key > after).sort(([a], [b]) => (a < b ? -1 : 1));
    const page = sorted.slice(0, limit);
    const records = page.map(([, item]) => ({ kind: item.kind, id: item.id, villageCode: item.villageCode, fields: item.record.values, stamps: item.record.stamps }));
    const next = sorted.length > limit ? (page.at(-1)?.[0] ?? null) : null;
    return json(200, { protocol: 1, serverTime: serverTime(), cursor, records, next });
  }

  const fetch: FetchLike = async (input, init) => {
    requests += 1;
    if (faults.offline) throw new TypeError('Failed to fetch');
    const headers = (init.headers ?? {}) as Record<string, string>;
    if (faults.unauthorized || headers.authorization !== `Bearer ${options.token ?? 'dev-token'}`) return json(401, { error: { code: 'unauthorized', message: 'Sign in.' } });
    const url = new URL(input, 'http://server.test');
    if (url.pathname === '/api/sync/push') {
      const parsed = pushRequestSchema.safeParse(JSON.parse(String(init.body)));
      if (!parsed.success) return json(400, { error: { code: 'invalid-request', message: 'Bad push.' } });
      return json(200, { protocol: 1, serverTime: serverTime(), results: parsed.data.changes.map(judge) });
    }
    if (url.pathname === '/api/sync/pull') {
      const cursor = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 1000);
      const changes = log.filter((change) => change.seq > cursor).slice(0, limit);
      const last = changes.at(-1)?.seq ?? cursor;
      return json(200, { protocol: 1, serverTime: serverTime(), changes, cursor: last, hasMore: last < log.length });
    }
    if (url.pathname === '/api/sync/snapshot') return snapshot(url);
    return json(404, { error: { code: 'not-found', message: 'No such route.' } });
  };

  return { fetch, faults, log, state, requestCount: () => requests };
}
