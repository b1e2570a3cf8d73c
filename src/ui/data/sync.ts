// Sync for the screens (issue #4): the engine's status store read live, and the user's sync
// actions ("Sinkronkan", discard or resend a rejected change, delete a record). Everything
// goes through getGentingClient(): the UI never touches the outbox or calls fetch itself.
import { useEffect, useRef, useState } from 'preact/hooks';
import { getGentingClient } from '../../db/client.ts';
import { recordKey } from '../../db/outbox-entry.ts';
import type { SyncSnapshot } from '../../db/sync-status.ts';
import type { RecordKind } from '../../domain/record-kinds.ts';
import type { FieldValues } from '../../sync/merge.ts';
import { useLive } from './live.ts';

export type { RejectedChange, SyncErrorReason, SyncSnapshot } from '../../db/sync-status.ts';
export type { RejectionReason } from '../../sync/protocol.ts';

/**
 * A part of the status store, live; null until the database is open. A component re-renders
 * only when its part changes (Object.is), so a list of a thousand rows each reading its own
 * "belum terkirim" mark costs nothing when another record's state moves.
 */
export function useSyncSelector<T>(select: (snapshot: SyncSnapshot) => T): T | null {
  const selectRef = useRef(select);
  selectRef.current = select;
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void getGentingClient().then((client) => {
      if (cancelled) return;
      const read = () => setValue(() => selectRef.current(client.status.getSnapshot()));
      read();
      stop = client.status.subscribe(read);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return value;
}

/**
 * A part of the status store that needs the per-record keys of the outbox ("belum terkirim"
 * marks): while mounted, the client keeps them read (a walk of the outbox that only screens
 * with marks pay for; see the engine's wantRecordKeys).
 */
export function useRecordKeysSelector<T>(select: (snapshot: SyncSnapshot) => T): T | null {
  useEffect(() => {
    let release: (() => void) | null = null;
    let cancelled = false;
    void getGentingClient().then((client) => {
      if (!cancelled) release = client.wantRecordKeys();
    });
    return () => {
      cancelled = true;
      release?.();
    };
  }, []);
  return useSyncSelector(select);
}

/** A record's mark: 'rejected' (the server refused a change of it), 'pending' (a change waits to be sent) or null. */
export type RecordSyncState = 'pending' | 'rejected' | null;

export function recordSyncState(snapshot: SyncSnapshot, kind: RecordKind, id: string): RecordSyncState {
  if (snapshot.rejected.some((change) => change.kind === kind && change.recordId === id)) return 'rejected';
  return snapshot.unsyncedKeys.has(recordKey(kind, id)) ? 'pending' : null;
}

/** The whole snapshot (status panel, rejected list). */
export function useSyncSnapshotLive(): SyncSnapshot | null {
  return useSyncSelector((snapshot) => snapshot);
}

/** The record a rejected change belongs to, as stored on this device (null: gone). */
export function useLocalRecords(keys: readonly { kind: RecordKind; recordId: string }[]): Map<string, FieldValues> | undefined {
  const wanted = keys.map((key) => `${key.kind}:${key.recordId}`).join(',');
  return useLive(async (client) => {
    const found = new Map<string, FieldValues>();
    for (const key of keys) {
      const record = (await client.repositories.get(key.kind, key.recordId)) as FieldValues | undefined;
      if (record) found.set(`${key.kind}:${key.recordId}`, record);
    }
    return found;
  }, [wanted]);
}

export const syncActions = {
  /** "Sinkronkan": one round now (joins a running one); offline it only says so. */
  syncNow: async () => (await getGentingClient()).syncNow(),
  /** Drops a rejected change; its fields go back to what the server has. */
  discard: async (seq: number) => (await getGentingClient()).discardRejected(seq),
  /** Queues a record's rejected changes again, unchanged, with a new stamp. */
  resend: async (kind: RecordKind, recordId: string) => (await getGentingClient()).resendRejected(kind, recordId),
  /** Deletes a record (a tombstone, synced like any edit; it wins over later edits elsewhere). */
  remove: async (kind: RecordKind, id: string) => (await getGentingClient()).repositories.remove(kind, id),
  /** "Tutup" on the "Memori HP penuh" banner (the next refused save shows it again). */
  dismissStorageFull: async () => (await getGentingClient()).status.update({ storageFull: false }),
};
