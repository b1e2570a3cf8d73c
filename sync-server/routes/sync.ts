// /api/sync: push, pull, snapshot (wire protocol v1, docs/sync-protocol.md). Thin: take the
// caller the auth gate resolved, parse with the shared zod schemas (src/sync/protocol.ts), call the store with the
// caller's context, answer. Pull and snapshot pages are written as JSON text around the
// stored JSON of each change or record, without parsing it again.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createHlc, makeNodeId } from '../../src/sync/hlc.ts';
import {
  PROTOCOL_VERSION,
  pullQuerySchema,
  snapshotKey,
  snapshotQuerySchema,
  syncLimits,
  syncPaths,
  type PushResponse,
} from '../../src/sync/protocol.ts';
import { isRecordKind } from '../../src/domain/record-kinds.ts';
import { pushRequestParser } from '../../src/sync/page-check.ts';
import { sendJsonText } from '../http/compress.ts';
import { callerOf } from '../http/auth-gate.ts';
import { HttpError } from '../http/errors.ts';
import { NodeIdTakenError, type Store } from '../store/store.ts';
import { isTooDeep, maxValueDepth, type RecordSchemas } from '../sync/validate-change.ts';
import { pullPageJson, snapshotPageJson } from './sync-json.ts';

export type SyncRouteDeps = {
  store: Store;
  schemas: RecordSchemas;
  maxClockAheadMs: number;
  now: () => Date;
};

function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'body'}: ${issue.message}` : 'invalid';
}

/** Protocol version and batch size first, so an old client gets the precise error. */
function checkPushEnvelope(body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'invalid-request', 'The body must be a JSON object.');
  }
  const { protocol, changes } = body as { protocol?: unknown; changes?: unknown };
  if (protocol !== PROTOCOL_VERSION) {
    throw new HttpError(400, 'unsupported-protocol', `This server speaks sync protocol ${PROTOCOL_VERSION}.`);
  }
  if (Array.isArray(changes) && changes.length > syncLimits.maxPushChanges) {
    throw new HttpError(413, 'batch-too-large', `At most ${syncLimits.maxPushChanges} changes per push.`);
  }
}

function parseSnapshotAfter(after: string | undefined): { kind: string; id: string } | null {
  if (after === undefined || after === '') return null;
  const colon = after.indexOf(':');
  const kind = after.slice(0, Math.max(colon, 0));
  const id = after.slice(colon + 1);
  if (colon < 1 || !isRecordKind(kind) || id === '') throw new HttpError(400, 'invalid-request', 'after: expected <kind>:<id>.');
  return { kind, id };
}

export function registerSyncRoutes(app: FastifyInstance, deps: SyncRouteDeps): void {
  const { store, schemas, maxClockAheadMs, now } = deps;
  // The server's clock receives every accepted stamp (it never issues stamps of its own).
  const hlc = createHlc({ now: () => now().getTime(), nodeId: makeNodeId((n) => randomBytes(n)), maxDriftMs: maxClockAheadMs });
  // The caller was authenticated by the gate (http/auth-gate.ts) on this very request.
  const userOf = callerOf;

  app.post(syncPaths.push, { bodyLimit: syncLimits.maxPushBytes }, async (request, reply) => {
    const user = userOf(request);
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      throw new HttpError(415, 'unsupported-media-type', 'Send JSON (Content-Type: application/json).');
    }
    checkPushEnvelope(request.body);
    // pushRequestSchema's exact equal, without zod's cost per change (src/sync/page-check.ts).
    const parsed = pushRequestParser.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, 'invalid-request', firstIssue(parsed.error?.issues ?? []));
    // A value nested past any schema's depth is a broken or hostile client, not a cadre's
    // typing: the whole request is refused before anything walks it recursively (zod, JSON).
    parsed.data.changes.forEach((change, index) => {
      if (isTooDeep(change.fields)) throw new HttpError(400, 'invalid-request', `changes.${index}.fields: nested deeper than ${maxValueDepth}.`);
    });
    const nowMs = now().getTime();
    const batch = { nodeId: parsed.data.nodeId, changes: parsed.data.changes, deviceId: user.deviceId ?? null };
    let results;
    try {
      results = await store.push(user, batch, { nowMs, maxClockAheadMs, schemas });
    } catch (error) {
      if (error instanceof NodeIdTakenError) throw new HttpError(403, 'node-id-taken', 'This node id belongs to another signed-in device.');
      throw error;
    }
    for (const r of results) {
      if (r.status === 'accepted') {
        try {
          hlc.receive(r.stamp);
        } catch {
          // Validated against the same limit already; a clock error here must not fail the push.
        }
      }
    }
    const epoch = await store.logEpoch();
    const body: PushResponse = { protocol: PROTOCOL_VERSION, serverTime: new Date(nowMs).toISOString(), epoch, results };
    return reply.header('cache-control', 'no-store').send(body);
  });

  app.get(syncPaths.pull, async (request, reply) => {
    const user = userOf(request);
    const parsed = pullQuerySchema.safeParse(request.query);
    if (!parsed.success) throw new HttpError(400, 'invalid-request', firstIssue(parsed.error.issues));
    const { cursor, limit, node, epoch } = parsed.data;
    const page = await store.pull(user, { cursor, limit, excludeNode: node ?? null, deviceId: user.deviceId ?? null, epoch: epoch ?? null });
    return sendJsonText(request, reply, pullPageJson(page, now()));
  });

  app.get(syncPaths.snapshot, async (request, reply) => {
    const user = userOf(request);
    const parsed = snapshotQuerySchema.safeParse(request.query);
    if (!parsed.success) throw new HttpError(400, 'invalid-request', firstIssue(parsed.error.issues));
    const after = parseSnapshotAfter(parsed.data.after);
    const epoch = await store.logEpoch();
    const page = await store.snapshot(user, { after, limit: parsed.data.limit, cursor: parsed.data.cursor ?? null });
    const next = page.next ? snapshotKey(page.next.kind, page.next.id) : null;
    return sendJsonText(request, reply, snapshotPageJson(page, next, now(), epoch));
  });
}
