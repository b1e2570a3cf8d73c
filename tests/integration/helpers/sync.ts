// Sync test kit: small record schemas (so server tests do not depend on every domain rule),
// stamps, changes, and push/pull/snapshot calls through app.inject.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../../../sync-server/app.ts';
import type { Authenticate } from '../../../sync-server/auth/dev-token.ts';
import type { Scope } from '../../../sync-server/auth/scope.ts';
import type { Store } from '../../../sync-server/store/store.ts';
import type { RecordSchemas } from '../../../sync-server/sync/validate-change.ts';
import { formatStamp } from '../../../src/sync/hlc.ts';
import {
  pullResponseSchema,
  pushResponseSchema,
  snapshotResponseSchema,
  type Change,
  type PullResponse,
  type PushResponse,
  type SnapshotResponse,
} from '../../../src/sync/protocol.ts';
import { makeFakeDist, testConfig } from './app.ts';

export const nowIso = '2026-03-01T08:00:00.000Z';
export const nowMs = Date.parse(nowIso);
export const villageA = '3201010001';
export const villageB = '3201010002';
export const villageOther = '3301010001';
export const nodeA = 'aaaaaaaaaaaaaaaa';
export const nodeB = 'bbbbbbbbbbbbbbbb';

const base = {
  id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
  villageCode: z.string().regex(/^\d{10}$/),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  deleted: z.boolean(),
};
export const testSchemas: RecordSchemas = {
  household: z.object({
    ...base,
    headName: z.string().min(1).max(100),
    dusun: z.string().max(60).nullish(),
    memberCount: z.number().int().min(1).max(30).nullish(),
    gps: z.object({ lat: z.number(), lon: z.number() }).nullish(),
  }),
  visit: z.object({ ...base, householdId: base.id, notes: z.string().max(500).nullish() }),
};

let idCounter = 0;
/** A UUIDv7-shaped id, unique within the run, sortable by creation. */
export function newId(): string {
  idCounter += 1;
  const hex = idCounter.toString(16).padStart(12, '0');
  return `0192f0aa-1111-7000-8000-${hex}`;
}

/** A stamp `offsetMs` from the test clock with a counter, for a node. */
export function stamp(offsetMs: number, counter = 0, node = nodeA): string {
  return formatStamp({ ms: nowMs + offsetMs, counter, nodeId: node });
}

export function household(id: string, s: string, over: Record<string, unknown> = {}, village = villageA): Change {
  return {
    kind: 'household',
    id,
    villageCode: village,
    stamp: s,
    fields: { villageCode: village, createdAt: nowIso, updatedAt: nowIso, deleted: false, headName: 'Budi', dusun: 'Krajan', ...over },
  };
}

export function edit(id: string, s: string, fields: Record<string, unknown>, village = villageA, kind = 'household'): Change {
  return { kind, id, villageCode: village, stamp: s, fields };
}

export const tokens: Record<string, Scope> = {
  'token-all': 'all',
  'token-village-a': { villages: [villageA] },
  'token-kecamatan': { prefixes: ['320101'] },
};
export const testAuthenticate: Authenticate = (header) => {
  const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  const scope = token ? tokens[token] : undefined;
  return scope ? { userId: token ?? 'x', scope, role: 'admin', displayName: token ?? 'x', kaderKind: null } : null;
};

export async function buildSyncApp(store: Store, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = testConfig({ STATIC_DIR: makeFakeDist(), ...env });
  const app = await buildApp({
    config, store, logger: false, now: () => new Date(nowMs), schemas: testSchemas, authenticate: testAuthenticate,
  });
  await app.ready();
  return app;
}

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export async function push(app: FastifyInstance, changes: Change[], token = 'token-all', node = nodeA): Promise<PushResponse> {
  const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers: auth(token), payload: { protocol: 1, nodeId: node, changes } });
  if (res.statusCode !== 200) throw new Error(`push ${res.statusCode}: ${res.body}`);
  return pushResponseSchema.parse(res.json());
}

export async function pull(app: FastifyInstance, cursor: number, limit = 1000, token = 'token-all'): Promise<PullResponse> {
  const res = await app.inject({ method: 'GET', url: `/api/sync/pull?cursor=${cursor}&limit=${limit}`, headers: auth(token) });
  if (res.statusCode !== 200) throw new Error(`pull ${res.statusCode}: ${res.body}`);
  return pullResponseSchema.parse(res.json());
}

export async function snapshotPage(app: FastifyInstance, query: string, token = 'token-all'): Promise<SnapshotResponse> {
  const res = await app.inject({ method: 'GET', url: `/api/sync/snapshot?${query}`, headers: auth(token) });
  if (res.statusCode !== 200) throw new Error(`snapshot ${res.statusCode}: ${res.body}`);
  return snapshotResponseSchema.parse(res.json());
}

/** Every record of the caller's scope through snapshot pages of `limit`. */
export async function fullSnapshot(app: FastifyInstance, limit = 1000, token = 'token-all') {
  const records: SnapshotResponse['records'] = [];
  let query = `limit=${limit}`;
  let cursor: number | null = null;
  let pages = 0;
  for (;;) {
    const page = await snapshotPage(app, query, token);
    pages += 1;
    if (cursor !== null && page.cursor !== cursor) throw new Error('snapshot cursor moved between pages');
    cursor = page.cursor;
    records.push(...page.records);
    if (!page.next) return { records, cursor, pages };
    query = `limit=${limit}&cursor=${cursor}&after=${encodeURIComponent(page.next)}`;
  }
}

export async function pullAll(app: FastifyInstance, cursor = 0, limit = 1000, token = 'token-all') {
  const changes: PullResponse['changes'] = [];
  let at = cursor;
  for (;;) {
    const page = await pull(app, at, limit, token);
    changes.push(...page.changes);
    at = page.cursor;
    if (!page.hasMore) return { changes, cursor: at };
  }
}
