// The sync status the UI can trust: a tiny external store (subscribe / getSnapshot, the
// shape Preact's useSyncExternalStore-style hooks read). The engine writes it; screens only
// read it. `state` is a union the UI switches on; an error carries a kebab-case reason that
// the i18n namespace 'sync' maps to Indonesian and English (src/i18n/id/sync.ts).
import type { RecordKind } from '../domain/record-kinds.ts';
import { recordKey } from './outbox-entry.ts';
import type { OutboxChange, OutboxEntry } from './outbox-entry.ts';

export type SyncErrorReason =
  | 'timeout'
  | 'forbidden'
  | 'unsupported-protocol'
  | 'batch-too-large'
  | 'server-error'
  | 'bad-response'
  | 'clock-drift'
  | 'storage-error'
  /** IndexedDB refused a pulled page or a push answer for lack of space (the phone is full). */
  | 'storage-full';

export type SyncState =
  | { state: 'idle' }
  | { state: 'syncing' }
  | { state: 'offline' }
  | { state: 'error'; reason: SyncErrorReason }
  | { state: 'signed-out' };

/** A change the server refused, as the "ditolak" list shows it. */
export type RejectedChange = Pick<OutboxChange, 'kind' | 'recordId' | 'fields'> & Pick<OutboxEntry, 'writtenAt' | 'reason' | 'field'> & { seq: number };

export type SyncSnapshot = {
  status: SyncState;
  /** Changes waiting to be sent (not yet accepted and not rejected). */
  pendingCount: number;
  rejected: readonly RejectedChange[];
  /** ISO time of the last sync that ended without error; null = never. */
  lastSyncAt: string | null;
  /** Server time minus device time (ms), null until the first answer. */
  clockOffsetMs: number | null;
  /** True when the device clock is off by more than CLOCK_WARNING_MS. */
  clockWarning: boolean;
  /** kind:id of every record with a change in the outbox (the "belum terkirim" mark). */
  unsyncedKeys: ReadonlySet<string>;
  /** The last save was refused because the phone's storage is full (repositories' onStorage). */
  storageFull: boolean;
};

export const CLOCK_WARNING_MS = 5 * 60 * 1000;

export type SyncStatusStore = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SyncSnapshot;
  update(patch: Partial<SyncSnapshot>): void;
  /** True while the record has a change not yet accepted by the server. */
  isPending(kind: RecordKind, id: string): boolean;
};

export const initialSyncSnapshot: SyncSnapshot = {
  status: { state: 'idle' },
  pendingCount: 0,
  rejected: [],
  lastSyncAt: null,
  clockOffsetMs: null,
  clockWarning: false,
  unsyncedKeys: new Set(),
  storageFull: false,
};

export function toRejectedChange(entry: OutboxEntry): RejectedChange {
  const { writtenAt, reason, field } = entry;
  const { kind, recordId, fields } = entry.changes[0] as OutboxChange;
  return { seq: entry.seq as number, kind, recordId, fields, writtenAt, ...(reason ? { reason } : {}), ...(field ? { field } : {}) };
}

export function createSyncStatusStore(initial: Partial<SyncSnapshot> = {}): SyncStatusStore {
  let snapshot: SyncSnapshot = { ...initialSyncSnapshot, ...initial };
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    update(patch) {
      const next = { ...snapshot, ...patch };
      if (patch.clockOffsetMs !== undefined) next.clockWarning = patch.clockOffsetMs !== null && Math.abs(patch.clockOffsetMs) > CLOCK_WARNING_MS;
      snapshot = next;
      for (const listener of [...listeners]) listener();
    },
    isPending: (kind, id) => snapshot.unsyncedKeys.has(recordKey(kind, id)),
  };
}
