// The live outbox figures of the status store: the pending count and rejected list are always
// watched (cheap index reads); the per-record keys (the "belum terkirim" marks) are walked only
// while a screen wants them, and forgotten a grace period after the last one let go.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECORD_KEYS_GRACE_MS } from '../../../src/db/sync-engine.ts';
import type { Observe } from '../../../src/db/sync-engine.ts';
import { createFakeServer } from './fake-server.ts';
import { makeSyncDevice } from './sync-support.ts';
import { householdFields, manualTime } from './support.ts';

const opened: { db: { close(): void } }[] = [];
const stops: (() => void)[] = [];
afterEach(() => {
  vi.useRealTimers();
  stops.splice(0).forEach((stop) => stop());
  opened.splice(0).forEach((device) => device.db.close());
});

/**
 * Dexie's liveQuery does not answer under Node here; this stand-in reads now and again after
 * every committed write (Dexie's 'storagemutated', the event liveQuery itself listens to).
 */
const observeOnWrites: Observe = (read, next) => {
  let open = true;
  const run = () => void read().then((value) => open && next(value), () => undefined);
  const listener = () => run();
  Dexie.on('storagemutated', listener);
  run();
  return {
    unsubscribe() {
      open = false;
      Dexie.on('storagemutated').unsubscribe(listener);
    },
  };
};

function setup() {
  const time = manualTime();
  const device = makeSyncDevice({ fetch: createFakeServer({ now: time.now }).fetch, time, nodeId: 'a0000000000000aa', observe: observeOnWrites });
  opened.push(device);
  stops.push(device.engine.watchOutbox());
  return device;
}

async function create(device: ReturnType<typeof setup>, name: string): Promise<string> {
  const result = await device.repos.create('household', householdFields(name));
  if (!result.ok) throw new Error('create failed');
  return result.id;
}

describe('watching the outbox', () => {
  it('keeps the pending count live without walking the record keys', async () => {
    const device = setup();
    const id = await create(device, 'Siti');
    await vi.waitFor(() => expect(device.status.getSnapshot().pendingCount).toBe(1));
    await create(device, 'Ani');
    await vi.waitFor(() => expect(device.status.getSnapshot().pendingCount).toBe(2));
    expect(device.status.isPending('household', id)).toBe(false);
  });

  it('walks the record keys while a screen wants them, then forgets them', async () => {
    const device = setup();
    const first = await create(device, 'Siti');
    const release = device.engine.wantRecordKeys();
    await vi.waitFor(() => expect(device.status.isPending('household', first)).toBe(true));
    const second = await create(device, 'Ani');
    await vi.waitFor(() => expect(device.status.isPending('household', second)).toBe(true));

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    release();
    release(); // a second call of one release changes nothing
    // Another screen with marks opens within the grace period: the watch goes on.
    const again = device.engine.wantRecordKeys();
    again();
    vi.advanceTimersByTime(RECORD_KEYS_GRACE_MS - 1);
    expect(device.status.isPending('household', first)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(device.status.getSnapshot().unsyncedKeys.size).toBe(0);
    vi.useRealTimers();
    // No longer watched: a new record gets no mark until a screen wants them again.
    const third = await create(device, 'Wati');
    await vi.waitFor(() => expect(device.status.getSnapshot().pendingCount).toBe(3));
    expect(device.status.isPending('household', third)).toBe(false);
    stops.push(device.engine.wantRecordKeys());
    await vi.waitFor(() => expect(device.status.getSnapshot().unsyncedKeys.size).toBe(3));
  });
});
