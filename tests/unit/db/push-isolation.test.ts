// Push isolation (issue #12, finding 3; docs/sync-protocol.md §9 rule 2): a change the server
// cannot take (it answers 500 to every push that holds it) stands alone in the rejected list
// with reason 'server-error' and everything else is sent; an outage rejects nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../src/db/transport.ts';
import { createFakeServer } from './fake-server.ts';
import { makeSyncDevice } from './sync-support.ts';
import { householdFields, manualTime, outboxChanges } from './support.ts';

const opened: { db: { close(): void } }[] = [];
afterEach(() => opened.splice(0).forEach((device) => device.db.close()));

const json = (status: number, code: string) => new Response(JSON.stringify({ error: { code, message: code } }), { status, headers: { 'content-type': 'application/json' } });

function setup(answer: (body: { changes: { id: string }[] } | null, forward: () => Promise<Response>) => Promise<Response>, limits?: { maxPushCount: number }) {
  const time = manualTime();
  const server = createFakeServer({ now: time.now });
  const pushes: number[] = [];
  const fetch: FetchLike = (url, init) => {
    if (!url.endsWith('/api/sync/push')) return server.fetch(url, init);
    const body = JSON.parse(String(init.body)) as { changes: { id: string }[] };
    pushes.push(body.changes.length);
    return answer(body, () => server.fetch(url, init));
  };
  const device = makeSyncDevice({ fetch, time, nodeId: 'a0000000000000aa', ...(limits ? { limits } : {}) });
  opened.push(device);
  return { device, server, pushes, time };
}

async function createHouseholds(device: ReturnType<typeof makeSyncDevice>, count: number): Promise<string[]> {
  const result = await device.repos.createMany('household', Array.from({ length: count }, (_, index) => householdFields(`Kepala ${index}`)));
  if (!result.ok) throw new Error('create failed');
  return result.ids;
}

describe('push isolation', () => {
  for (const position of [0, 250, 499]) {
    it(`one poison change at position ${position} in a batch of 500: the other 499 are sent, the poison stands alone in the rejected list`, async () => {
      let poison = '';
      const { device, server, pushes } = setup((body, forward) => (body?.changes.some((change) => change.id === poison) ? Promise.resolve(json(500, 'internal')) : forward()));
      const ids = await createHouseholds(device, 500);
      poison = ids[position] as string;

      const outcome = await device.engine.syncOnce();
      expect(outcome).toMatchObject({ ok: true });
      expect(server.state.size).toBe(499);
      expect([...server.state.values()].some((item) => item.id === poison)).toBe(false);
      const left = await outboxChanges(device.db);
      expect(left).toHaveLength(1);
      expect(left[0]).toMatchObject({ recordId: poison, status: 'rejected', reason: 'server-error' });
      expect(device.status.getSnapshot().rejected).toMatchObject([{ recordId: poison, reason: 'server-error' }]);
      // Bisection, not one request per change.
      expect(pushes.length).toBeLessThan(40);

      // The record is still on the phone, and "Kirim ulang" queues it again once the server is fixed.
      expect(await device.repos.get('household', poison)).toMatchObject({ headName: `Kepala ${position}` });
      poison = 'fixed';
      expect(await device.engine.resend('household', ids[position] as string)).toBe(true);
      expect(await device.engine.syncOnce()).toMatchObject({ ok: true });
      expect(server.state.size).toBe(500);
      expect(await outboxChanges(device.db)).toHaveLength(0);
    });
  }

  it('a server answering 503 to everything rejects nothing', async () => {
    const { device, pushes } = setup(() => Promise.resolve(json(503, 'unavailable')));
    await createHouseholds(device, 500);
    expect(await device.engine.syncOnce()).toMatchObject({ ok: false, reason: 'server-error' });
    expect(pushes).toEqual([500]);
    const left = await outboxChanges(device.db);
    expect(left).toHaveLength(500);
    expect(left.every((change) => change.status === 'pending')).toBe(true);
  });

  it('a server answering 500 to everything rejects nothing and stops after a few requests', async () => {
    const { device, pushes } = setup(() => Promise.resolve(json(500, 'internal')));
    await createHouseholds(device, 500);
    expect(await device.engine.syncOnce()).toMatchObject({ ok: false, reason: 'server-error' });
    expect(pushes.length).toBeLessThan(25);
    const left = await outboxChanges(device.db);
    expect(left).toHaveLength(500);
    expect(left.every((change) => change.status === 'pending')).toBe(true);
  });

  it('a server that breaks in the middle of a round (500 from then on) rejects nothing', async () => {
    let answered = 0;
    const { device, server } = setup((_body, forward) => (answered++ < 1 ? forward() : Promise.resolve(json(500, 'internal'))), { maxPushCount: 100 });
    await createHouseholds(device, 500);
    // Batches of 100: the first is taken, then everything fails.
    const outcome = await device.engine.syncOnce();
    expect(outcome).toMatchObject({ ok: false, reason: 'server-error' });
    expect(server.state.size).toBeGreaterThan(0);
    const left = await outboxChanges(device.db);
    expect(left.length).toBe(500 - server.state.size);
    expect(left.every((change) => change.status === 'pending')).toBe(true);
  });

  it('a lone change the server fails once (a blip) is sent, not rejected', async () => {
    let poison = '';
    let failures = 0;
    const { device, server } = setup((body, forward) => {
      if (body?.changes.some((change) => change.id === poison) && failures < 4) {
        failures += 1;
        return Promise.resolve(json(500, 'internal'));
      }
      return forward();
    });
    const ids = await createHouseholds(device, 8);
    poison = ids[3] as string;
    expect(await device.engine.syncOnce()).toMatchObject({ ok: true });
    expect(server.state.size).toBe(8);
    expect(await outboxChanges(device.db)).toHaveLength(0);
  });

  it('a 502 or a network error in the middle of isolating rejects nothing', async () => {
    let poison = '';
    let calls = 0;
    const { device } = setup((body, forward) => {
      calls += 1;
      if (calls > 3) return Promise.resolve(json(502, 'bad-gateway'));
      return body?.changes.some((change) => change.id === poison) ? Promise.resolve(json(500, 'internal')) : forward();
    });
    const ids = await createHouseholds(device, 64);
    poison = ids[0] as string;
    expect(await device.engine.syncOnce()).toMatchObject({ ok: false, reason: 'server-error' });
    const left = await outboxChanges(device.db);
    expect(left.every((change) => change.status === 'pending')).toBe(true);
  });
});
