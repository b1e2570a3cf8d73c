// Wire protocol v1 of /api/sync (docs/sync-protocol.md): zod schemas and types of every
// request and response body, the limits, the rejection reasons and the error codes.
// Shared as source by the client engine (src/db) and the server (sync-server/routes).
// Invariant: a change of the wire is a new PROTOCOL_VERSION and a new section of the doc.
import { z } from 'zod';
import { isNodeId, isStamp } from './hlc.ts';

export const PROTOCOL_VERSION = 1;

export const syncPaths = {
  push: '/api/sync/push',
  pull: '/api/sync/pull',
  snapshot: '/api/sync/snapshot',
} as const;

export const syncLimits = {
  /** Changes in one push request. */
  maxPushChanges: 1000,
  /** Bytes of one push request body (JSON). */
  maxPushBytes: 2 * 1024 * 1024,
  defaultPullLimit: 1000,
  maxPullLimit: 5000,
  defaultSnapshotLimit: 1000,
  maxSnapshotLimit: 5000,
  /** A stamp more than this ahead of the server's clock is rejected 'clock-too-far-ahead'. */
  maxClockAheadMs: 60 * 60 * 1000,
} as const;

/** Why the server refused one change of a push (per-change result, not an HTTP error). */
export const rejectionReasons = [
  'unknown-kind',
  'unknown-field',
  'invalid-field',
  'invalid-record',
  'invalid-id',
  'outside-scope',
  'not-permitted',
  'village-mismatch',
  'clock-too-far-ahead',
  'stamp-reused',
] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

/** `error.code` of a 4xx/5xx body. */
export const errorCodes = [
  'invalid-request',
  'malformed-json',
  'unsupported-protocol',
  'unsupported-media-type',
  'batch-too-large',
  'payload-too-large',
  'unauthorized',
  'forbidden',
  'cross-origin',
  'node-id-taken',
  'not-found',
  'bad-request',
  'request-timeout',
  'uri-too-long',
  'headers-too-large',
  'internal',
  'unavailable',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const stampSchema = z.string().refine(isStamp, { error: 'invalid-stamp' });
export const nodeIdSchema = z.string().refine(isNodeId, { error: 'invalid-node-id' });
export const villageCodeSchema = z.string().regex(/^\d{10}$/);
/** Kinds are checked against the registry by the server (per-change 'unknown-kind'), not here. */
export const kindSchema = z.string().min(1).max(40);
export const recordIdSchema = z.string().min(1).max(64);
export const fieldsSchema = z.record(z.string().min(1).max(64), z.unknown());
export const protocolSchema = z.literal(PROTOCOL_VERSION);
const isoTimeSchema = z.string().min(20).max(40);
const seqSchema = z.number().int().nonnegative();
/**
 * The change log's identity (an addition within version 1, docs/sync-protocol.md "Epoch"): a
 * restore of the server replaces it, and a device whose cursor belongs to another epoch
 * resyncs. Optional: a server from before it sends none.
 */
export const epochSchema = z.string().regex(/^[0-9a-z]{1,64}$/);

/** One local write of one record: `stamp` applies to every field in `fields`. */
export const changeSchema = z.object({
  kind: kindSchema,
  id: recordIdSchema,
  villageCode: villageCodeSchema,
  stamp: stampSchema,
  fields: fieldsSchema,
});
export type Change = z.infer<typeof changeSchema>;

export const pushRequestSchema = z.object({
  protocol: protocolSchema,
  nodeId: nodeIdSchema,
  changes: z.array(changeSchema).max(syncLimits.maxPushChanges),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushStatuses = ['accepted', 'duplicate', 'rejected'] as const;
export type PushStatus = (typeof pushStatuses)[number];

export const pushResultSchema = z.object({
  id: recordIdSchema,
  stamp: stampSchema,
  status: z.enum(pushStatuses),
  reason: z.enum(rejectionReasons).optional(),
  field: z.string().optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  protocol: protocolSchema,
  serverTime: isoTimeSchema,
  epoch: epochSchema.optional(),
  results: z.array(pushResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Query of GET /api/sync/pull (strings on the wire, coerced). */
export const pullQuerySchema = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(syncLimits.maxPullLimit).default(syncLimits.defaultPullLimit),
  /** Optional: the caller's node id; changes pushed by that node are left out (it has them). */
  node: nodeIdSchema.optional(),
  /** Optional: the epoch the cursor belongs to (a cursor beyond the log in that epoch reveals a restore). */
  epoch: epochSchema.optional(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

/**
 * `stamps` (optional, an addition within protocol 1): present when the change moved the record
 * into the caller's scope; `fields` is then the whole record and each field has its own stamp,
 * applied as a snapshot record is (docs/sync-protocol.md, 6.2).
 */
export const pulledChangeSchema = changeSchema.extend({ seq: seqSchema, stamps: z.record(z.string(), stampSchema).optional() });
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const pullResponseSchema = z.object({
  protocol: protocolSchema,
  serverTime: isoTimeSchema,
  epoch: epochSchema.optional(),
  changes: z.array(pulledChangeSchema),
  cursor: seqSchema,
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Query of GET /api/sync/snapshot: `after` = '<kind>:<id>' of the last record of the previous page. */
export const snapshotQuerySchema = z.object({
  after: z.string().max(120).optional(),
  cursor: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(syncLimits.maxSnapshotLimit).default(syncLimits.defaultSnapshotLimit),
});
export type SnapshotQuery = z.infer<typeof snapshotQuerySchema>;

export const snapshotRecordSchema = z.object({
  kind: kindSchema,
  id: recordIdSchema,
  villageCode: villageCodeSchema,
  fields: fieldsSchema,
  stamps: z.record(z.string(), stampSchema),
});
export type SnapshotRecord = z.infer<typeof snapshotRecordSchema>;

export const snapshotResponseSchema = z.object({
  protocol: protocolSchema,
  serverTime: isoTimeSchema,
  epoch: epochSchema.optional(),
  cursor: seqSchema,
  records: z.array(snapshotRecordSchema),
  next: z.string().nullable(),
});
export type SnapshotResponse = z.infer<typeof snapshotResponseSchema>;

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The snapshot paging key of a record: '<kind>:<id>'. */
export function snapshotKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/** Bytes of a value as JSON in UTF-8, to keep a push under maxPushBytes. */
export function jsonByteLength(value: unknown): number {
  const text = JSON.stringify(value);
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
