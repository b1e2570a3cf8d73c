import { afterEach, describe, expect, it } from 'vitest';
import { formatStamp, parseStamp } from '../../../src/sync/hlc.ts';
import { applyPulledPage } from '../../../src/db/apply-remote.ts';
import { readMeta } from '../../../src/db/meta.ts';
import { recordsOf } from '../../../src/db/record-store.ts';
import { fromRow } from '../../../src/db/rows.ts';
import { createFakeServer } from './fake-server.ts';
import { makeSyncDevice } from './sync-support.ts';
import { householdFields, manualTime, outboxChanges, village } from './support.ts';

const opened: { db: { close(): void } }[] = [];
afterEach(() => opened.splice(0).forEach((device) => device.db.close()));

function setup(options: { skewA?: number; scope?: (code: string) => boolean; limits?: { maxPushCount?: number; maxPushBytes?: number; pullLimit?: number; snapshotLimit?: number } } = {}) {
  const time = manualTime();
  const server = createFakeServer({ now: time.now, ...(options.scope ? { scope: options.scope } : {}) });
  const a = makeSyncDevice({ fetch: server.fetch, time, nodeId: 'a0000000000000aa', skewMs: options.skewA ?? 0, ...(options.limits ? { limits: options.limits } : {}) });
  const b = makeSyncDevice({ fetch: server.fetch, time, nodeId: 'b0000000000000bb', ...(options.limits ? { limits: options.limits } : {}) });
  opened.push(a, b);
  return { time, server, a, b };
}

async function createHousehold(device: ReturnType<typeof makeSyncDevice>, name: string, extra: Record<string, unknown> = {}) {
  const result = await device.repos.create('household', householdFields(name, extra));
  if (!result.ok) throw new Error('create failed');
  return result.id;
}

describe('sync engine against a protocol v1 server', () => {
  it('pushes, then a fresh device gets the snapshot and later the edits by pull', async () => {
    const { a, b, time, server } = setup();
    const id = await createHousehold(a, 'Siti');
    expect(a.status.isPending('household', id)).toBe(false);
    await a.engine.refreshOutboxStatus();
    expect(a.status.isPending('household', id)).toBe(true);
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, pushed: 1 });
    expect(a.status.getSnapshot()).toMatchObject({ pendingCount: 0, status: { state: 'idle' } });
    expect(a.status.isPending('household', id)).toBe(false);

    expect(await b.engine.syncOnce()).toMatchObject({ ok: true });
    expect(await b.repos.get('household', id)).toMatchObject({ headName: 'Siti' });
    expect(await readMeta(b.db, 'snapshotDone')).toBe(true);
    expect(await readMeta(b.db, 'pullCursor')).toBe(server.log.length);

    time.advance(60_000);
    await a.repos.update('household', id, { rt: '007' });
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    expect(await b.repos.get('household', id)).toMatchObject({ rt: '007' });
    expect(b.status.getSnapshot().lastSyncAt).toBe(new Date(time.now()).toISOString());
  });

  it('keeps concurrent edits of different fields, and the later stamp for the same field', async () => {
    const { a, b, time } = setup();
    const id = await createHousehold(a, 'Siti');
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.repos.update('household', id, { rt: '003', headName: 'Siti A' });
    time.advance(1_000);
    await b.repos.update('household', id, { rw: '009', headName: 'Siti B' });
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    for (const device of [a, b]) {
      expect(await device.repos.get('household', id)).toMatchObject({ rt: '003', rw: '009', headName: 'Siti B' });
    }
  });

  it("merges every pulled change, one whose stamp names this device's node too (another device may have pushed it)", async () => {
    const { a, time } = setup();
    const mineId = '01950000-0000-7000-8000-000000000001';
    const theirsId = '01950000-0000-7000-8000-000000000002';
    const fields = { ...householdFields('Dari server'), villageCode: village, createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z', deleted: false };
    const mine = formatStamp({ ms: time.now(), counter: 1, nodeId: a.clock.nodeId });
    const theirs = formatStamp({ ms: time.now(), counter: 2, nodeId: 'b0000000000000bb' });
    await applyPulledPage(a.db, a.clock, [
      { seq: 1, kind: 'household', id: mineId, villageCode: village, stamp: mine, fields },
      { seq: 2, kind: 'household', id: theirsId, villageCode: village, stamp: theirs, fields },
    ], 2);
    expect(await a.repos.get('household', mineId)).toMatchObject({ headName: 'Dari server' });
    expect(await a.repos.get('household', theirsId)).toMatchObject({ headName: 'Dari server' });
    expect(await readMeta(a.db, 'pullCursor')).toBe(2);
    expect(await readMeta(a.db, 'hlcFloor')).toBe(theirs);
  });

  it('asks the server to leave out its own changes when pulling', async () => {
    const urls: string[] = [];
    const { a, server } = setup();
    const device = makeSyncDevice({ fetch: (url, init) => (urls.push(url), server.fetch(url, init)), time: manualTime(), nodeId: 'c0000000000000cc' });
    opened.push(device);
    await createHousehold(a, 'Siti');
    await device.engine.syncOnce();
    expect(urls.some((url) => url.includes('/api/sync/pull?') && url.includes('node=c0000000000000cc'))).toBe(true);
  });

  it('pushes in batches bounded by count and by bytes', async () => {
    const { a, server } = setup({ limits: { maxPushCount: 40, maxPushBytes: 8_000 } });
    const made = await a.repos.createMany('household', Array.from({ length: 100 }, (_, index) => householdFields(`Kepala ${index}`)));
    expect(made.ok).toBe(true);
    await a.engine.syncOnce();
    expect(server.log).toHaveLength(100);
    expect(server.requestCount()).toBeGreaterThan(100 / 40 + 1);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('offline: keeps the outbox and says offline; a 401 says signed-out and keeps it too', async () => {
    const { a, server } = setup();
    await createHousehold(a, 'Siti');
    server.faults.offline = true;
    expect(await a.engine.syncOnce()).toEqual({ ok: false, reason: 'offline' });
    expect(a.status.getSnapshot()).toMatchObject({ status: { state: 'offline' }, pendingCount: 1, lastSyncAt: null });
    server.faults.offline = false;
    server.faults.unauthorized = true;
    expect(await a.engine.syncOnce()).toEqual({ ok: false, reason: 'unauthorized' });
    expect(a.status.getSnapshot()).toMatchObject({ status: { state: 'signed-out' }, pendingCount: 1 });
    expect(await a.db.outbox.count()).toBe(1);
  });

  it('a lost response is harmless: the resend is answered duplicate and leaves the outbox', async () => {
    const { a, server } = setup();
    await createHousehold(a, 'Siti');
    const realFetch = server.fetch;
    let drop = true;
    const lossy = async (url: string, init: RequestInit) => {
      const response = await realFetch(url, init);
      if (drop && url.includes('/push')) {
        drop = false;
        throw new TypeError('connection reset');
      }
      return response;
    };
    const flaky = makeSyncDevice({ fetch: lossy, time: manualTime(), nodeId: 'c0000000000000cc' });
    opened.push(flaky);
    await flaky.repos.create('household', householdFields('Rina'));
    expect(await flaky.engine.syncOnce()).toEqual({ ok: false, reason: 'offline' });
    expect(server.log).toHaveLength(1);
    expect(await flaky.engine.syncOnce()).toMatchObject({ ok: true });
    expect(server.log).toHaveLength(1);
    expect(await flaky.db.outbox.count()).toBe(0);
  });

  it('a phone clock 3 hours fast: refused, corrected from server time, resent in the same round', async () => {
    const { a, time, server } = setup({ skewA: 3 * 3_600_000 });
    const id = await createHousehold(a, 'Siti');
    const outcome = await a.engine.syncOnce();
    expect(outcome).toMatchObject({ ok: true });
    expect(server.log).toHaveLength(1);
    expect(Math.abs(parseStamp(server.log[0]!.stamp).ms - time.now())).toBeLessThan(1_000);
    expect(a.status.getSnapshot()).toMatchObject({ clockWarning: true, rejected: [], pendingCount: 0 });
    expect(Math.round((a.status.getSnapshot().clockOffsetMs ?? 0) / 60_000)).toBe(-180);
    const row = await recordsOf(a.db).get('household', id);
    const stamps = Object.values(fromRow(row!).stamps);
    expect(stamps.length).toBeGreaterThan(5);
    expect(stamps).toEqual(stamps.map(() => server.log[0]!.stamp));
  });
});

describe('rejected changes', () => {
  const inScope = (code: string) => code === village;

  it('are listed with their reason, and fixing the record resends the fields whole', async () => {
    const { a, server } = setup({ scope: inScope });
    const id = await createHousehold(a, 'Siti', { villageCode: '3302012002' });
    await a.engine.syncOnce();
    const rejected = a.status.getSnapshot().rejected;
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ recordId: id, reason: 'outside-scope', kind: 'household' });
    expect(a.status.isPending('household', id)).toBe(true);
    await a.repos.update('household', id, { villageCode: village });
    const entries = await outboxChanges(a.db);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: 'pending', villageCode: village });
    expect(entries[0]?.fields).toMatchObject({ headName: 'Siti', villageCode: village, deleted: false });
    await a.engine.syncOnce();
    expect(server.state.size).toBe(1);
    expect(a.status.getSnapshot()).toMatchObject({ rejected: [], pendingCount: 0 });
  });

  it('discarding a refused create removes the record that exists nowhere else', async () => {
    const { a } = setup({ scope: inScope });
    const id = await createHousehold(a, 'Siti', { villageCode: '3302012002' });
    await a.engine.syncOnce();
    const seq = a.status.getSnapshot().rejected[0]?.seq as number;
    expect(await a.engine.discard(seq)).toBe(true);
    expect(await a.repos.get('household', id)).toBeUndefined();
    expect(a.status.getSnapshot().rejected).toEqual([]);
  });

  it('discarding a refused edit restores what the server has, including values pulled meanwhile', async () => {
    const { a, b, server, time } = setup();
    const id = await createHousehold(a, 'Siti');
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    // B edits rw first (offline); A edits rt and rw later, and the server refuses A's change.
    await b.repos.update('household', id, { rw: '012' });
    time.advance(5_000);
    await a.repos.update('household', id, { rt: '099', rw: '011' });
    server.faults.rejectAll = 'invalid-field';
    await a.engine.syncOnce();
    server.faults.rejectAll = null;
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    // A's refused values still show (their stamps are newer) until the user decides.
    expect(await a.repos.get('household', id)).toMatchObject({ rt: '099', rw: '011' });
    const seq = a.status.getSnapshot().rejected[0]?.seq as number;
    await a.engine.discard(seq);
    expect(await a.repos.get('household', id)).toMatchObject({ rt: '001', rw: '012' });
    const [rowA, rowB] = await Promise.all([recordsOf(a.db).get('household', id), recordsOf(b.db).get('household', id)]);
    expect(fromRow(rowA!).stamps).toEqual(fromRow(rowB!).stamps);
    expect(rowA?.updatedAt).toBe(rowB?.updatedAt);
  });

  it('"Kirim ulang" queues the refused change again with a new stamp', async () => {
    const { a, server } = setup();
    const id = await createHousehold(a, 'Siti');
    server.faults.rejectAll = 'invalid-record';
    await a.engine.syncOnce();
    server.faults.rejectAll = null;
    expect(await a.engine.resend('household', id)).toBe(true);
    await a.engine.syncOnce();
    expect(server.state.size).toBe(1);
    expect(a.status.getSnapshot().rejected).toEqual([]);
  });
});

describe('re-sending a refused create', () => {
  it('gathers every refused change of the record into one whole change', async () => {
    const { a, server, time } = setup();
    const id = await createHousehold(a, 'Siti');
    time.advance(1_000);
    await a.repos.update('household', id, { rt: '004' });
    server.faults.rejectAll = 'invalid-record';
    await a.engine.syncOnce();
    server.faults.rejectAll = null;
    expect(a.status.getSnapshot().rejected).toHaveLength(2);
    expect(await a.engine.resend('household', id)).toBe(true);
    const changes = await outboxChanges(a.db);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.fields).toMatchObject({ headName: 'Siti', rt: '004', deleted: false, villageCode: village });
    await a.engine.syncOnce();
    expect(server.log).toHaveLength(1);
    expect(server.state.get(`household:${id}`)?.record.values).toMatchObject({ headName: 'Siti', rt: '004' });
  });
});

describe('one sync at a time', () => {
  it('a second round while one runs is skipped as busy', async () => {
    const { a } = setup();
    await createHousehold(a, 'Siti');
    const [first, second] = await Promise.all([a.engine.syncOnce(), a.engine.syncOnce()]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual({ ok: false, reason: 'busy' });
  });

  it('a fresh device asks for a small first snapshot page, then full pages, and gets every record', async () => {
    const { a, time, server } = setup();
    const ids: string[] = [];
    for (let index = 0; index < 7; index += 1) ids.push(await createHousehold(a, `Warga ${index}`));
    await a.engine.syncOnce();
    const limits: number[] = [];
    const watched: typeof server.fetch = (input, init) => {
      const url = new URL(input, 'http://server.test');
      if (url.pathname === '/api/sync/snapshot') limits.push(Number(url.searchParams.get('limit')));
      return server.fetch(input, init);
    };
    const b = makeSyncDevice({ fetch: watched, time, nodeId: 'c0000000000000cc', limits: { snapshotLimit: 3, firstSnapshotLimit: 2 } });
    opened.push(b);
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, pulled: 7 });
    expect(limits).toEqual([2, 3, 3]);
    expect((await recordsOf(b.db).all('household')).map((row) => row.id).sort()).toEqual([...ids].sort());
    // A first page is never larger than the full one.
    limits.length = 0;
    const c = makeSyncDevice({ fetch: watched, time, nodeId: 'd0000000000000dd', limits: { snapshotLimit: 4, firstSnapshotLimit: 10 } });
    opened.push(c);
    expect(await c.engine.syncOnce()).toMatchObject({ ok: true, pulled: 7 });
    expect(limits).toEqual([4, 4]);
  });
});
