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

export type PushBatch = { nodeId: string; changes: Change[] };
export type PushOptions = { nowMs: number; maxClockAheadMs: number; schemas: RecordSchemas };

/** A logged change as stored: `fieldsJson` is the JSON text of its fields. */
export type ChangeRow = { seq: number; kind: string; id: string; villageCode: string; stamp: string; fieldsJson: string };
/**
 * `excludeNode`: leave out the changes pushed by this node (the device asking has them).
 * `epoch`: the log epoch the device's cursor belongs to (store/log-epoch.ts), when it sent one.
 */
export type PullRequest = { cursor: number; limit: number; excludeNode?: string | null; epoch?: string | null };
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
