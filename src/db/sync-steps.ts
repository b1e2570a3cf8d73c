// The three steps of a sync round (docs/sync-protocol.md, "Client sync round"):
//   1. push the outbox in batches (≤ maxPushCount changes and ≤ maxPushBytes), record each
//      answer; after 'clock-too-far-ahead', correct the clock and send those changes again;
//   2. a fresh device loads the snapshot pages, then starts pulling at the snapshot cursor;
//   3. pull pages after the cursor until the server says there is no more.
// Every server answer also refreshes the clock offset (learnOffset, given by the engine), and
// names the server log's epoch: another epoch than the cursor's (a restored server) drops the
// cursor and the snapshot progress (resyncFrom) and the round loads the snapshot again,
// comparing it with what the device holds (resync.ts).
import { PROTOCOL_VERSION } from '../sync/protocol.ts';
import { applyPulledPage, applySnapshotPage } from './apply-remote.ts';
import type { GentingDb } from './database.ts';
import type { DeviceClock } from './device-clock.ts';
import { resendRejected } from './local-write.ts';
import { deleteMeta, readMeta, writeMeta } from './meta.ts';
import { recordPushResults, rejectUnsendable, takePushBatch } from './outbox.ts';
import type { PushBatch } from './outbox.ts';
import type { OutboxEntry } from './outbox-entry.ts';
import { toChange } from './outbox-entry.ts';
import type { Timed, Transport, TransportFailure } from './transport.ts';

/** `firstSnapshotLimit`: the first snapshot page is smaller, so writing starts while the next, full page downloads. */
export type EngineLimits = { maxPushCount: number; maxPushBytes: number; pullLimit: number; snapshotLimit: number; firstSnapshotLimit: number };

export const defaultEngineLimits: EngineLimits = { maxPushCount: 1000, maxPushBytes: 1_000_000, pullLimit: 1000, snapshotLimit: 2000, firstSnapshotLimit: 500 };

export type StepContext = {
  db: GentingDb;
  clock: DeviceClock;
  transport: Transport;
  limits: EngineLimits;
  learnOffset: (answer: Timed<{ serverTime: string }>) => Promise<void>;
  nowIso: () => string;
};

/**
 * `cursor`: the pull cursor when the step knows it (saves the pull a read). `resync`: an
 * answer named another epoch and the cursor was dropped (load the snapshot again). `resent`:
 * changes the snapshot queued again for a restored server (push them).
 */
export type StepResult = { ok: true; count: number; cursor?: number; resync?: boolean; resent?: number } | { ok: false; reason: TransportFailure };

/**
 * An answer naming `epoch`: when the device's cursor or snapshot progress belongs to another
 * epoch (or to none: a device from before epochs), drops them in one transaction and marks the
 * snapshot to come for comparison. Returns true then. A device that holds no cursor yet, or an
 * answer without an epoch (an older server), changes nothing.
 */
export async function resyncFrom(db: GentingDb, epoch: string | undefined): Promise<boolean> {
  if (epoch === undefined) return false;
  return db.transaction('rw', db.meta, async () => {
    const [known, cursor, progress] = await Promise.all([readMeta(db, 'syncEpoch'), readMeta(db, 'pullCursor'), readMeta(db, 'snapshotProgress')]);
    if (known === epoch) return false;
    if (cursor === undefined && progress === undefined) return false;
    await Promise.all([
      deleteMeta(db, 'pullCursor'),
      deleteMeta(db, 'snapshotDone'),
      deleteMeta(db, 'snapshotProgress'),
      deleteMeta(db, 'syncEpoch'),
      writeMeta(db, 'resyncCompare', true),
    ]);
    return true;
  });
}

/** Clock fixes per round: a corrected clock is accepted at once; more means something else is wrong. */
const MAX_CLOCK_FIXES = 3;

/**
 * After 'clock-too-far-ahead': set the HLC back (the offset is already corrected) and send
 * every change refused for that reason again with a new stamp. Returns false when none waits.
 */
function clockRefusedEntries(db: GentingDb) {
  return db.outbox.where('status').equals('rejected').filter((entry) => entry.reason === 'clock-too-far-ahead').toArray();
}

async function fixClock(ctx: StepContext, known?: OutboxEntry[]): Promise<boolean> {
  const { db, clock } = ctx;
  const refused = known ?? (await clockRefusedEntries(db));
  if (refused.length === 0) return false;
  await db.transaction('rw', db.meta, async () => {
    await clock.rewind(db, await readMeta(db, 'hlcFloor'));
  });
  const records = new Map(refused.flatMap((entry) => entry.changes).map((change) => [`${change.kind}:${change.recordId}`, change]));
  for (const change of records.values()) await resendRejected(db, clock, change.kind, change.recordId, ctx.nowIso());
  return true;
}

/** A request started early whose answer may be dropped unread (never an unhandled rejection). */
function early<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** A change the server answered HTTP 500 for when pushed alone, in this round (push isolation). */
type Suspect = { item: PushBatch[number]; okBefore: boolean; okAfter: boolean };

/**
 * Lone 500s in a row, with no push answered 200 between them, after which the round stops:
 * the server fails everything (its database down), not one change. Nothing is rejected then.
 */
const MAX_LONE_FAILURES = 8;

/** Only a plain 500 isolates; 502/503/504 (a proxy, the server down), network errors and timeouts never do. */
function isServerFailure(answer: { ok: false; reason: TransportFailure; status?: number }): boolean {
  return answer.reason === 'server-error' && answer.status === 500;
}

const itemKey = (item: PushBatch[number]) => `${item.seq}|${item.change.recordId}|${item.change.stamp}`;

/**
 * Step 1. The server is kept busy: while it works on a batch, the next one is read from the
 * outbox (skipping the changes in flight), and it is sent as soon as the answer arrives, while
 * that answer is recorded. Answers are recorded in order, one batch at a time.
 * `onStart(alone)` is called once the first batch is read; `alone` is true when that batch is
 * the whole outbox (one request, or none, sends everything), so a pull beside it misses no
 * more than the changes of that one request coming back (sync-engine.ts).
 *
 * Push isolation (docs/sync-protocol.md §9 rule 2): a batch answered 413, or 500, is halved
 * and sent again from its oldest change; after a 200 the batch size doubles back to the limit.
 * A change answered 500 when pushed ALONE is set aside (a suspect) and the others go on. At
 * the end of the round each suspect with evidence that the server works (the push just before
 * its lone failure, or a later one, answered 200) is pushed alone once more: 200 settles it; a
 * second 500 moves it to the rejected list as 'server-error'. A suspect without such evidence
 * stays pending, and so does every suspect when the round stops on any other failure.
 */
export async function pushOutbox(ctx: StepContext, onStart?: (alone: boolean) => void): Promise<StepResult> {
  const fullCount = ctx.limits.maxPushCount;
  let maxCount = fullCount;
  let pushed = 0;
  let resync = false;
  const suspects = new Map<string, Suspect>();
  let lastOk = false;
  let loneFailures = 0;
  const limits = () => ({ maxCount, maxBytes: ctx.limits.maxPushBytes });
  const aside = () => [...suspects.values()].map((suspect) => suspect.item);
  const take = (inFlight: PushBatch = []) => takePushBatch(ctx.db, limits(), [...inFlight, ...aside()]);
  const send = (batch: PushBatch) => early(ctx.transport.push({ protocol: PROTOCOL_VERSION, nodeId: ctx.clock.nodeId, changes: batch.map((item) => toChange(item.change)) }));
  // Refusals left from an earlier round (e.g. it failed before fixing them) go first; both
  // reads share one transaction and go out together.
  const walk = { complete: false };
  const start = await ctx.db.transaction('r', [ctx.db.outbox, ctx.db.meta], async () => {
    const [refused, batch, epoch] = await Promise.all([clockRefusedEntries(ctx.db), takePushBatch(ctx.db, limits(), [], walk), readMeta(ctx.db, 'syncEpoch')]);
    return { refused, batch, epoch };
  });
  const knownEpoch = start.epoch;
  let clockFixes = (await fixClock(ctx, start.refused)) ? 1 : 0;
  onStart?.(clockFixes === 0 && walk.complete);
  let batch = clockFixes > 0 ? await take() : start.batch;
  let sending = batch.length > 0 ? send(batch) : null;
  while (sending) {
    const upcoming = early(take(batch));
    const answer = await sending;
    if (!answer.ok) {
      const isolating = isServerFailure(answer);
      if (batch.length === 1 && isolating) {
        const item = batch[0] as PushBatch[number];
        suspects.set(itemKey(item), { item, okBefore: lastOk, okAfter: false });
        loneFailures += 1;
        if (loneFailures >= MAX_LONE_FAILURES) return answer;
      } else if (batch.length > 1 && (isolating || answer.reason === 'batch-too-large')) {
        maxCount = Math.max(1, Math.floor(batch.length / 2));
      } else return answer;
      lastOk = false;
      batch = await take();
      sending = batch.length > 0 ? send(batch) : null;
      continue;
    }
    lastOk = true;
    loneFailures = 0;
    for (const suspect of suspects.values()) suspect.okAfter = true;
    maxCount = Math.min(fullCount, maxCount * 2);
    const next = await upcoming;
    const nextSending = next.length > 0 ? send(next) : null;
    await ctx.learnOffset(answer.value);
    if (answer.value.epoch !== undefined && answer.value.epoch !== knownEpoch && (await resyncFrom(ctx.db, answer.value.epoch))) resync = true;
    const outcome = await recordPushResults(ctx.db, batch, answer.value.results);
    if (outcome.settled === 0) return { ok: false, reason: 'bad-response' };
    pushed += outcome.settled;
    const clockRefused = outcome.rejected.some((item) => item.reason === 'clock-too-far-ahead');
    // The fix queues the refused changes again; a later batch takes them.
    const fixed = clockRefused && clockFixes < MAX_CLOCK_FIXES && (await fixClock(ctx));
    if (fixed) clockFixes += 1;
    batch = next;
    sending = nextSending;
    if (!sending && fixed) {
      // Nothing was waiting behind this batch but the fix queued changes: they go now.
      batch = await take();
      sending = batch.length > 0 ? send(batch) : null;
    }
  }
  const judged = await judgeSuspects(ctx, [...suspects.values()]);
  if (!judged.ok) return judged;
  return { ok: true, count: pushed + judged.count, ...(resync ? { resync } : {}) };
}

/**
 * The end of push isolation: every suspect with evidence is pushed alone once more; a second
 * 500 rejects it ('server-error'). Fails with 'server-error' when a suspect had no evidence
 * (it stays pending: the next round tries again, with backoff).
 */
async function judgeSuspects(ctx: StepContext, suspects: readonly Suspect[]): Promise<StepResult> {
  let count = 0;
  let unproven = false;
  for (const { item, okBefore, okAfter } of suspects) {
    if (!okBefore && !okAfter) {
      unproven = true;
      continue;
    }
    const answer = await ctx.transport.push({ protocol: PROTOCOL_VERSION, nodeId: ctx.clock.nodeId, changes: [toChange(item.change)] });
    if (answer.ok) {
      await ctx.learnOffset(answer.value);
      count += (await recordPushResults(ctx.db, [item], answer.value.results)).settled;
    } else if (isServerFailure(answer)) {
      await rejectUnsendable(ctx.db, [item]);
      count += 1;
    } else return answer;
  }
  return unproven ? { ok: false, reason: 'server-error' } : { ok: true, count };
}

/**
 * Step 2 (only until the first snapshot is complete; resumes where it stopped). The next page is
 * fetched while one is applied; the very first page is small (firstSnapshotLimit), so a fresh
 * device starts writing while the first full page is still on its way.
 */
export async function loadSnapshot(ctx: StepContext): Promise<StepResult> {
  const { db } = ctx;
  const [done, pullCursor, progress] = await db.transaction('r', db.meta, async () =>
    await Promise.all([readMeta(db, 'snapshotDone'), readMeta(db, 'pullCursor'), readMeta(db, 'snapshotProgress')]),
  );
  if (done || pullCursor !== undefined) return { ok: true, count: 0, ...(pullCursor !== undefined ? { cursor: pullCursor } : {}) };
  let after = progress?.after ?? null;
  let cursor: number | null = progress?.cursor ?? null;
  const limit = ctx.limits.snapshotLimit;
  const firstLimit = after === null ? Math.min(limit, ctx.limits.firstSnapshotLimit) : limit;
  let request = early(ctx.transport.snapshot({ after, cursor, limit: firstLimit }));
  let count = 0;
  let resent = 0;
  let restarts = 0;
  for (;;) {
    const answer = await request;
    if (!answer.ok) return answer;
    const page = answer.value;
    await ctx.learnOffset(page);
    // Resuming a snapshot of another epoch (the server was restored meanwhile): from scratch.
    if (after !== null && (await resyncFrom(db, page.epoch))) {
      if ((restarts += 1) > 2) return { ok: false, reason: 'bad-response' };
      after = null;
      cursor = null;
      request = early(ctx.transport.snapshot({ after, cursor, limit: Math.min(limit, ctx.limits.firstSnapshotLimit) }));
      continue;
    }
    if (page.next !== null && page.next !== after) request = early(ctx.transport.snapshot({ after: page.next, cursor: page.cursor, limit }));
    resent += await applySnapshotPage(db, ctx.clock, page.records, page.cursor, page.next, { epoch: page.epoch, after });
    count += page.records.length;
    if (page.next === null) return { ok: true, count, cursor: page.cursor, ...(resent > 0 ? { resent } : {}) };
    if (page.next === after) return { ok: false, reason: 'bad-response' };
    after = page.next;
    cursor = page.cursor;
  }
}

/** Step 3. The next page is fetched while one is applied; an empty page that moves nothing writes nothing. */
export async function pullChanges(ctx: StepContext, knownCursor?: number): Promise<StepResult> {
  const [stored, epoch] = await ctx.db.transaction('r', ctx.db.meta, async () => await Promise.all([readMeta(ctx.db, 'pullCursor'), readMeta(ctx.db, 'syncEpoch')]));
  let cursor = knownCursor ?? stored ?? 0;
  const limit = ctx.limits.pullLimit;
  let request = early(ctx.transport.pull(cursor, limit, ctx.clock.nodeId, epoch));
  let count = 0;
  for (;;) {
    const answer = await request;
    if (!answer.ok) return answer;
    const page = answer.value;
    if (page.hasMore && page.cursor > cursor) request = early(ctx.transport.pull(page.cursor, limit, ctx.clock.nodeId, epoch));
    await ctx.learnOffset(page);
    // Another epoch: this cursor means nothing in the server's log; the round resyncs.
    if (page.epoch !== epoch && (await resyncFrom(ctx.db, page.epoch))) return { ok: true, count, resync: true };
    if (page.changes.length > 0 || page.cursor !== cursor) await applyPulledPage(ctx.db, ctx.clock, page.changes, page.cursor);
    count += page.changes.length;
    if (!page.hasMore) return { ok: true, count };
    if (page.cursor <= cursor) return { ok: false, reason: 'bad-response' };
    cursor = page.cursor;
  }
}
