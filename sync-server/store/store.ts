// The one Store interface of the sync server, implemented by SQLite (store/sqlite.ts, the
// embedded default) and PostgreSQL (store/postgres.ts, selected by DATABASE_URL). Both pass the
// same tests (tests/integration). Every method is async (PostgreSQL is) and every data method
// takes the caller's UserContext: scope checks live here, not in the routes.
// Pull and snapshot hand back the stored JSON text of fields and stamps, unparsed, so a route
// can stream pages of thousands of records without re-serializing them.
import type { UserContext } from '../auth/scope.ts';
import type { Change, PushResult } from '../../src/sync/protocol.ts';
import type { RecordSchemas } from '../sync/validate-change.ts';
import type { AccountStore } from './accounts-store.ts';

export type StoreKind = 'sqlite' | 'postgres';

/**
 * `deviceId`: the caller's device session (a signed-in device); the node id is bound to it
 * (node_owners). Null for the development token and test callers: their pushes bind nothing.
 */
export type PushBatch = { nodeId: string; changes: Change[]; deviceId?: string | null };

/** Thrown by push (nothing is written) when another live device owns the batch's node id. */
export class NodeIdTakenError extends Error {
  constructor() {
    super('This node id belongs to another device.');
    this.name = 'NodeIdTakenError';
  }
}
export type PushOptions = { nowMs: number; maxClockAheadMs: number; schemas: RecordSchemas };

/**
 * A logged change as stored: `fieldsJson` is the JSON text of its fields. For a caller whose
 * scope gained the record by this change (a move from a village outside it), `fieldsJson` is
 * the whole record after the move and `stampsJson` its per-field stamps.
 */
export type ChangeRow = { seq: number; kind: string; id: string; villageCode: string; stamp: string; fieldsJson: string; stampsJson?: string };
/**
 * `excludeNode`: leave out the changes pushed by this node (the device asking has them),
 * honoured only when the node is the caller's own: bound to `deviceId`, or, for a caller
 * without a device session, bound to no device.
 * `epoch`: the log epoch the device's cursor belongs to (store/log-epoch.ts), when it sent one.
 */
export type PullRequest = { cursor: number; limit: number; excludeNode?: string | null; deviceId?: string | null; epoch?: string | null };
/** `epoch`: the log's epoch, read with the page (a new one when this pull revealed a restore). */
export type PullPage = { changes: ChangeRow[]; cursor: number; hasMore: boolean; epoch: string };

/** Current state of a record as stored: values and per-field stamps as JSON text. */
export type SnapshotRow = { kind: string; id: string; villageCode: string; fieldsJson: string; stampsJson: string };
export type SnapshotRequest = { after: { kind: string; id: string } | null; limit: number; cursor: number | null };
export type SnapshotPage = { records: SnapshotRow[]; cursor: number; next: { kind: string; id: string } | null };

/** One logged change of a record, for its history: `author` is the JSON stored at push. */
export type HistoryRow = { seq: number; stamp: string; receivedAt: string; fieldsJson: string; author: string | null };

export interface Store {
  readonly kind: StoreKind;
  /** Users, device sessions, the setup code. */
  readonly accounts: AccountStore;
  /** True when the database answers a trivial query. Never throws. */
  ping(): Promise<boolean>;
  /** The change log's epoch (docs/sync-protocol.md, "Epoch"): replaced by every restore. */
  logEpoch(): Promise<string>;
  /** Gives the change log a new epoch (`npx genting new-epoch`): every device resyncs. */
  renewLogEpoch(): Promise<string>;
  /** The highest applied migration version. */
  schemaVersion(): Promise<number>;
  /**
   * Validates, merges and logs a batch in ONE transaction; one result per change, same order.
   * A rejected change changes nothing; the others are applied. A retried batch is harmless.
   */
  push(user: UserContext, batch: PushBatch, options: PushOptions): Promise<PushResult[]>;
  /** Changes after `cursor` inside the caller's scope, by seq; never skips a late commit. */
  pull(user: UserContext, request: PullRequest): Promise<PullPage>;
  /** Current state in scope (tombstones included), paged by (kind, id), with a fixed cursor. */
  snapshot(user: UserContext, request: SnapshotRequest): Promise<SnapshotPage>;
  /** The logged changes of one record inside the caller's scope, newest first (empty outside it). */
  recordHistory(user: UserContext, kind: string, id: string, limit: number): Promise<HistoryRow[]>;
  /** Closes the database; later calls fail. Idempotent. */
  close(): Promise<void>;
}

export type { UserContext };
