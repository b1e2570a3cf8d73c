// The client sync engine (docs/sync-protocol.md, "Client rules"): one round = push,
// snapshot (fresh device), pull (sync-steps.ts; the pull beside a one-request push once the
// snapshot is complete), under the cross-tab sync lock, with the status store kept true at
// every step. Also the user's actions on rejected changes.
// Failures are values: a round never throws; a 401 keeps the outbox and shows 'signed-out'.
import { liveQuery } from 'dexie';
import type { RecordKind } from '../domain/record-kinds.ts';
import { HlcError } from '../sync/hlc.ts';
import type { GentingDb } from './database.ts';
import type { DeviceClock } from './device-clock.ts';
import { resendRejected } from './local-write.ts';
import { readMeta, writeMeta } from './meta.ts';
import { countOutbox, discardRejected, summarizeOutbox, unsyncedRecordKeys } from './outbox.ts';
import { createSyncLock } from './sync-lock.ts';
import type { SyncLock } from './sync-lock.ts';
import { toRejectedChange } from './sync-status.ts';
import type { SyncErrorReason, SyncState, SyncStatusStore } from './sync-status.ts';
import { isQuotaError } from './storage-errors.ts';
import { defaultEngineLimits, loadSnapshot, pullChanges, pushOutbox } from './sync-steps.ts';
import type { EngineLimits, StepContext, StepResult } from './sync-steps.ts';
import type { Timed, Transport, TransportFailure } from './transport.ts';

export type SyncFailure = TransportFailure | 'clock-drift' | 'storage-error' | 'storage-full';
export type SyncOutcome = { ok: true; pushed: number; pulled: number } | { ok: false; reason: SyncFailure | 'busy' };

export type SyncEngineDeps = {
  db: GentingDb;
  clock: DeviceClock;
  transport: Transport;
  status: SyncStatusStore;
  /** Device wall clock (uncorrected), the same one the transport times requests with. */
  wallNow: () => number;
  lock?: SyncLock;
  limits?: Partial<EngineLimits>;
  /** Re-runs `read` whenever the data it read changes; Dexie's liveQuery unless a test gives another. */
  observe?: Observe;
};

export type Observe = <T>(read: () => Promise<T>, next: (value: T) => void) => { unsubscribe(): void };

const liveObserve: Observe = (read, next) => liveQuery(read).subscribe({ next, error: () => undefined });

/**
 * The per-record keys stay watched this long after the last screen showing marks closed, so
 * moving between the household list and a household does not walk the outbox again.
 */
export const RECORD_KEYS_GRACE_MS = 60_000;

/** Offset changes smaller than this are not stored (request timing jitter). */
export const OFFSET_STEP_MS = 1000;

function stateOf(reason: SyncFailure): SyncState {
  if (reason === 'offline') return { state: 'offline' };
  if (reason === 'unauthorized') return { state: 'signed-out' };
  return { state: 'error', reason: reason satisfies SyncErrorReason };
}

export function createSyncEngine(deps: SyncEngineDeps) {
  const { db, clock, transport, status } = deps;
  const observe = deps.observe ?? liveObserve;
  const lock = deps.lock ?? createSyncLock();
  const nowIso = () => new Date(clock.now()).toISOString();
  let recordKeysWanted = 0;
  let recordKeysWatch: { unsubscribe(): void } | null = null;
  let recordKeysStop: ReturnType<typeof setTimeout> | null = null;

  /**
   * Every answer sets the clock's offset; the stored one (meta, status) follows when it moved
   * by OFFSET_STEP_MS or more, so the network's jitter costs no write per request.
   */
  async function learnOffset(answer: Timed<{ serverTime: string }>): Promise<void> {
    const serverMs = Date.parse(answer.serverTime);
    if (Number.isNaN(serverMs)) return;
    const offset = Math.round(serverMs - (answer.sentAt + answer.receivedAt) / 2);
    clock.setOffsetMs(offset);
    const known = status.getSnapshot().clockOffsetMs;
    if (known === null || Math.abs(known - offset) >= OFFSET_STEP_MS) {
      await writeMeta(db, 'clockOffsetMs', offset);
      status.update({ clockOffsetMs: offset });
    }
  }

  const ctx: StepContext = { db, clock, transport, limits: { ...defaultEngineLimits, ...deps.limits }, learnOffset, nowIso };

  /** Reads the outbox into the status store (counts, rejected list, per-record marks). */
  async function refreshOutboxStatus(): Promise<void> {
    const summary = await db.transaction('r', db.outbox, async () => await summarizeOutbox(db));
    status.update({ pendingCount: summary.pendingCount, rejected: summary.rejected.map(toRejectedChange), unsyncedKeys: summary.unsyncedKeys });
  }

  async function runRound(): Promise<SyncOutcome> {
    status.update({ status: { state: 'syncing' } });
    // Once the first snapshot is complete and the outbox fits in one push request, the pull
    // runs beside the push instead of after it: it asks for the changes of others (`node`),
    // each page is merged per field in its own transaction, so the order of the two changes
    // nothing but the round's time (one server round trip less for a round that sends a few
    // edits). A bigger push goes first, so the cursor moves past its changes coming back
    // instead of the next round's pull walking them again; a fresh device pushes, loads the
    // snapshot, then pulls. The round ends (and the lock is freed) only when both have ended.
    let begin: (alone: boolean) => void = () => undefined;
    const started = new Promise<boolean>((resolve) => (begin = resolve));
    const pushing = pushOutbox(ctx, begin);
    pushing.then(() => begin(false), () => begin(false));
    const [cursor, alone] = await Promise.all([readMeta(db, 'pullCursor').catch(() => undefined), started]);
    const pulling = cursor !== undefined && alone ? pullChanges(ctx, cursor) : null;
    const [pushSettled, pullSettled] = await Promise.allSettled([pushing, pulling]);
    if (pushSettled.status === 'rejected') throw pushSettled.reason;
    if (pullSettled.status === 'rejected') throw pullSettled.reason;
    let pushed: StepResult = pushSettled.value;
    let snapshot: StepResult = pulling ? { ok: true, count: 0 } : pushed.ok ? await loadSnapshot(ctx) : pushed;
    let pulled: StepResult = pullSettled.value ?? (snapshot.ok ? await pullChanges(ctx, snapshot.cursor) : snapshot);
    if (pushed.ok && pulled.ok && (pushed.resync === true || pulled.resync === true || (snapshot.ok && snapshot.resync === true))) {
      // The server's log has another epoch (it was restored): load its snapshot from scratch,
      // compared with what this device holds (what the server lacks is queued again), then pull.
      const again = await loadSnapshot(ctx);
      const more: StepResult = again.ok ? await pullChanges(ctx, again.cursor) : again;
      snapshot = again.ok && snapshot.ok ? { ok: true, count: snapshot.count + again.count, ...(again.resent ? { resent: again.resent } : {}) } : again;
      pulled = more.ok && pulled.ok ? { ok: true, count: pulled.count + more.count } : more;
    }
    if (pushed.ok && snapshot.ok && pulled.ok && (snapshot.resent ?? 0) > 0) {
      // Changes queued again for a restored server go now, not at the next round.
      const resent = await pushOutbox(ctx);
      pushed = resent.ok ? { ok: true, count: pushed.count + resent.count } : resent;
    }
    if (!pushed.ok || !pulled.ok) {
      const reason = pushed.ok ? (pulled as { reason: TransportFailure }).reason : pushed.reason;
      status.update({ status: stateOf(reason) });
      return { ok: false, reason };
    }
    const lastSyncAt = nowIso();
    refreshed = true;
    await Promise.all([writeMeta(db, 'lastSyncAt', lastSyncAt), refreshOutboxStatus()]);
    status.update({ status: { state: 'idle' }, lastSyncAt });
    return { ok: true, pushed: pushed.count, pulled: (snapshot.ok ? snapshot.count : 0) + pulled.count };
  }

  /** Set once a round has refreshed the outbox figures itself (success); a failed round refreshes them at the end. */
  let refreshed = false;

  async function guardedRound(): Promise<SyncOutcome> {
    refreshed = false;
    try {
      return await runRound();
    } catch (error) {
      const reason: SyncFailure = error instanceof HlcError ? 'clock-drift' : isQuotaError(error) ? 'storage-full' : 'storage-error';
      status.update({ status: stateOf(reason) });
      return { ok: false, reason };
    } finally {
      if (!refreshed) await refreshOutboxStatus().catch(() => undefined);
    }
  }

  return {
    /** One sync round; { ok: false, reason: 'busy' } when another tab is syncing. */
    async syncOnce(): Promise<SyncOutcome> {
      const result = await lock.runExclusive(guardedRound);
      return result.ran ? result.value : { ok: false, reason: 'busy' };
    },
    refreshOutboxStatus,
    /**
     * Loads what meta remembers (last sync, clock offset) into the status store, and the
     * outbox figures unless `outbox: false` (watchOutbox's first run brings them too).
     */
    async loadStatus(options: { outbox?: boolean } = {}): Promise<void> {
      const [lastSyncAt, offset] = await Promise.all([readMeta(db, 'lastSyncAt'), readMeta(db, 'clockOffsetMs')]);
      if (offset !== undefined) clock.setOffsetMs(offset);
      status.update({ lastSyncAt: lastSyncAt ?? null, clockOffsetMs: offset ?? null });
      if (options.outbox !== false) await refreshOutboxStatus();
    },
    /**
     * Keeps the outbox figures (pending count, rejected list) live (local writes, other tabs,
     * sync); returns the unsubscribe. Cheap index reads: they never hold up a save. The
     * per-record keys are walked only while a screen wants them (wantRecordKeys).
     */
    watchOutbox(): () => void {
      const subscription = observe(
        () => countOutbox(db),
        (figures) => status.update({ pendingCount: figures.pendingCount, rejected: figures.rejected.map(toRejectedChange) }),
      );
      return () => {
        subscription.unsubscribe();
        if (recordKeysStop !== null) clearTimeout(recordKeysStop);
        recordKeysWatch?.unsubscribe();
        recordKeysWatch = null;
      };
    },
    /**
     * A screen shows per-record marks ("belum terkirim"): the record keys of the outbox are
     * walked and kept live until the returned release has been called by every such screen
     * and RECORD_KEYS_GRACE_MS passed. Without any such screen (a measurement form, a child's
     * page) no walk runs: on a device with thousands of unsynced changes each walk step is a
     * read of the outbox that a save has to wait behind. When the watch stops, the keys are
     * forgotten (an empty set, as before the first walk). refreshOutboxStatus (after a sync
     * round, a discard, a resend) still reads them whole; a watch started later replaces
     * them with its first walk.
     */
    wantRecordKeys(): () => void {
      recordKeysWanted += 1;
      if (recordKeysStop !== null) clearTimeout(recordKeysStop);
      recordKeysStop = null;
      recordKeysWatch ??= observe(() => unsyncedRecordKeys(db), (unsyncedKeys) => status.update({ unsyncedKeys }));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        recordKeysWanted -= 1;
        if (recordKeysWanted > 0) return;
        recordKeysStop = setTimeout(() => {
          recordKeysStop = null;
          recordKeysWatch?.unsubscribe();
          recordKeysWatch = null;
          status.update({ unsyncedKeys: new Set() });
        }, RECORD_KEYS_GRACE_MS);
      };
    },
    /** "Buang": drops a rejected change and restores what the server has for its fields. */
    async discard(seq: number): Promise<boolean> {
      const done = await discardRejected(db, seq);
      await refreshOutboxStatus();
      return done;
    },
    /** "Kirim ulang": queues the record's rejected changes again with a new stamp. */
    async resend(kind: RecordKind, recordId: string): Promise<boolean> {
      const done = await resendRejected(db, clock, kind, recordId, nowIso());
      await refreshOutboxStatus();
      return done;
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
