// The "village sync" benchmark page (run.ts drives it in headless Chromium). Two devices, A
// and B, live in this one page as two IndexedDB databases, each assembled exactly as
// src/db/client.ts assembles the app's device (openDevice, createRepositories with the domain
// schemas, createFetchTransport, createSyncEngine), minus the UI session and scheduler. Every
// step is one app-level call timed here with performance.now(): writes go through the
// repositories (createMany / updateMany: zod validation, row + outbox in one transaction),
// sync steps are engine.syncOnce() rounds (push, snapshot for a fresh device, pull), as the
// "Sinkronkan" button runs them.
import { Dexie } from 'dexie';
import { recordSchemas } from '../../../src/domain/registry.ts';
import { createUuidV7Generator, cryptoRandomBytes } from '../../../src/db/ids.ts';
import { openDevice } from '../../../src/db/open-device.ts';
import { recordsOf } from '../../../src/db/record-store.ts';
import { createRepositories } from '../../../src/db/repositories.ts';
import { toValues } from '../../../src/db/rows.ts';
import { createSyncEngine } from '../../../src/db/sync-engine.ts';
import type { SyncOutcome } from '../../../src/db/sync-engine.ts';
import { createSyncStatusStore } from '../../../src/db/sync-status.ts';
import { createFetchTransport } from '../../../src/db/transport.ts';
import { canonicalJson } from '../../../src/sync/merge.ts';
import { deltaIndices, deltaPatch, generateRecords } from './scenario.ts';
import type { BenchKind, BenchRecord } from './scenario.ts';

type Device = Awaited<ReturnType<typeof openBenchDevice>>;
type Step = { ms: number } & Record<string, unknown>;

async function openBenchDevice(name: string, token: string) {
  const wallNow = () => Date.now();
  const { db, clock } = await openDevice({ name, wallNow, randomBytes: cryptoRandomBytes });
  const repositories = createRepositories({ db, schemas: recordSchemas, clock, newId: createUuidV7Generator(() => clock.now(), cryptoRandomBytes) });
  const status = createSyncStatusStore();
  const transport = createFetchTransport({ baseUrl: location.origin, getToken: () => token, wallNow });
  const engine = createSyncEngine({ db, clock, transport, status, wallNow });
  await engine.loadStatus();
  return { db, repositories, engine };
}

const state: {
  n: number;
  writeBatch: number;
  records: BenchRecord[];
  ids: string[];
  deltaRound: number;
  a?: Device;
  b?: Device;
} = { n: 0, writeBatch: 1000, records: [], ids: [], deltaRound: 0 };

function device(which: 'a' | 'b'): Device {
  const found = state[which];
  if (!found) throw new Error('setup() first');
  return found;
}

async function timed(run: () => Promise<Record<string, unknown>>): Promise<Step> {
  const start = performance.now();
  const extra = await run();
  return { ms: performance.now() - start, ...extra };
}

function expectSync(outcome: SyncOutcome, what: string): { pushed: number; pulled: number } {
  if (!outcome.ok) throw new Error(`${what}: sync failed (${outcome.reason})`);
  return { pushed: outcome.pushed, pulled: outcome.pulled };
}

function byKind(indices: readonly number[]): Map<BenchKind, number[]> {
  const groups = new Map<BenchKind, number[]>();
  for (const index of indices) {
    const kind = (state.records[index] as BenchRecord).kind;
    const list = groups.get(kind);
    if (list) list.push(index);
    else groups.set(kind, [index]);
  }
  return groups;
}

/** --profile: every IndexedDB transaction and fetch of the page, with start and end (ms). */
const trace: { what: string; start: number; end: number }[] = [];
function startTracing(): void {
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = open.apply(this, args);
    const event = { what: `tx ${args[1] ?? 'readonly'} ${[args[0]].flat().join(',')}`, start: performance.now(), end: Number.NaN };
    trace.push(event);
    const done = () => (event.end = performance.now());
    tx.addEventListener('complete', done);
    tx.addEventListener('abort', done);
    return tx;
  } as IDBDatabase['transaction'];
  const fetchBefore = window.fetch;
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const event = { what: `fetch ${String(args[0]).replace(location.origin, '').slice(0, 60)}`, start: performance.now(), end: Number.NaN };
    trace.push(event);
    try {
      return await fetchBefore(...args);
    } finally {
      event.end = performance.now();
    }
  };
}

const bench = {
  /** The traced events since the last call, relative to the first one. */
  takeTrace() {
    const events = trace.splice(0);
    const t0 = events[0]?.start ?? 0;
    return events.map((event) => `${(event.start - t0).toFixed(1).padStart(7)} +${(event.end - event.start).toFixed(1).padStart(6)}  ${event.what}`);
  },

  /** Untimed: generate the records, open both (empty) devices, A's first sync at app start. */
  async setup(options: { n: number; token: string; writeBatch?: number; trace?: boolean }) {
    if (options.trace) startTracing();
    const start = performance.now();
    state.n = options.n;
    state.writeBatch = options.writeBatch ?? 1000;
    state.records = generateRecords(options.n);
    state.ids = new Array<string>(options.n);
    const genMs = performance.now() - start;
    await Promise.all([Dexie.delete('bench-device-a'), Dexie.delete('bench-device-b')]);
    state.a = await openBenchDevice('bench-device-a', options.token);
    state.b = await openBenchDevice('bench-device-b', options.token);
    // A phone syncs when the app starts, before the cadre types anything: A's first round
    // (empty server) marks its snapshot done, so the timed push is a normal round.
    expectSync(await state.a.engine.syncOnce(), 'first sync of A');
    let bytes = 0;
    const kinds: Record<string, number> = {};
    for (const record of state.records) {
      bytes += JSON.stringify(record.fields).length;
      kinds[record.kind] = (kinds[record.kind] ?? 0) + 1;
    }
    return { gen_ms: genMs, avg_bytes: bytes / options.n, kinds, user_agent: navigator.userAgent };
  },

  /**
   * 1. A writes the N records through the repositories in batches of 1,000 mixed records, one
   * createBatch (one transaction) each, as the PouchDB harness writes one bulkDocs of 1,000.
   */
  localWrite: () =>
    timed(async () => {
      const { repositories } = device('a');
      for (let start = 0; start < state.n; start += state.writeBatch) {
        const indices = Array.from({ length: Math.min(state.writeBatch, state.n - start) }, (_, k) => start + k);
        const items = indices.map((index) => ({ kind: (state.records[index] as BenchRecord).kind, fields: (state.records[index] as BenchRecord).fields }));
        const result = await repositories.createBatch(items as never[]);
        if (!result.ok) throw new Error(`createBatch: ${JSON.stringify(result)}`);
        result.ids.forEach((id, k) => (state.ids[indices[k] as number] = id));
      }
      return {};
    }),

  /** 2. A sends everything (one sync round). */
  push: () => timed(async () => expectSync(await device('a').engine.syncOnce(), 'push')),

  /** 3. Fresh device B gets everything (its first sync round: snapshot, then pull). */
  initialPull: () => timed(async () => expectSync(await device('b').engine.syncOnce(), 'initial pull')),

  /** 4a. A edits one field of every 100th record (updateMany per kind). */
  deltaUpdate: (round = 0) =>
    timed(async () => {
      const { repositories } = device('a');
      state.deltaRound = round;
      let updated = 0;
      for (const [kind, list] of byKind(deltaIndices(state.n))) {
        const patches = list.map((index) => ({ id: state.ids[index] as string, patch: deltaPatch(state.records[index] as BenchRecord, round) }));
        const result = await repositories.updateMany(kind, patches as never[]);
        if (!result.ok) throw new Error(`updateMany ${kind}: ${JSON.stringify(result)}`);
        updated += patches.length;
      }
      return { updated };
    }),

  /** 4b. A sends the edits. */
  deltaPush: () => timed(async () => expectSync(await device('a').engine.syncOnce(), 'delta push')),

  /** 5. B gets the edits. */
  deltaPull: () => timed(async () => expectSync(await device('b').engine.syncOnce(), 'delta pull')),

  /** Untimed: B holds exactly A's records (values and stamps), A's outbox is empty, the deltas arrived. */
  async verify() {
    const a = device('a');
    const b = device('b');
    const problems: string[] = [];
    let rowsA = 0;
    let rowsB = 0;
    let same = 0;
    for (const kind of ['household', 'person', 'visit'] as const) {
      const [left, right] = await Promise.all([recordsOf(a.db).all(kind), recordsOf(b.db).all(kind)]);
      rowsA += left.length;
      rowsB += right.length;
      const other = new Map(right.map((row) => [row.id, row]));
      for (const row of left) {
        const twin = other.get(row.id);
        if (twin && canonicalJson(row) === canonicalJson(twin)) same += 1;
      }
    }
    if (rowsA !== state.n) problems.push(`A has ${rowsA} rows`);
    if (rowsB !== state.n) problems.push(`B has ${rowsB} rows`);
    if (same !== state.n) problems.push(`${state.n - same} rows differ between A and B`);
    const outbox = await a.db.outbox.count();
    if (outbox !== 0) problems.push(`A's outbox holds ${outbox} entries`);
    let deltaOk = 0;
    for (const index of deltaIndices(state.n)) {
      const record = state.records[index] as BenchRecord;
      const row = await recordsOf(b.db).get(record.kind, state.ids[index] as string);
      const values = row ? toValues(row) : {};
      if (Object.entries(deltaPatch(record, state.deltaRound)).every(([field, value]) => canonicalJson(values[field]) === canonicalJson(value))) deltaOk += 1;
    }
    if (deltaOk !== deltaIndices(state.n).length) problems.push(`delta ok ${deltaOk}/${deltaIndices(state.n).length}`);
    return { ok: problems.length === 0, problems, rows_a: rowsA, rows_b: rowsB, delta_ok: deltaOk };
  },

  async storage() {
    const estimate = await navigator.storage?.estimate?.();
    return estimate ? { usage: estimate.usage ?? null } : null;
  },
};

export type BenchApi = typeof bench;
(window as unknown as { bench: BenchApi; benchReady: boolean }).bench = bench;
(window as unknown as { benchReady: boolean }).benchReady = true;
