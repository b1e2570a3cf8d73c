// Concurrent pushes through separate connections (separate store instances on one database)
// while a puller follows with its cursor: the puller must end with every accepted change,
// each exactly once, in sequence order without gaps. On PostgreSQL this holds only because a
// push takes the advisory lock before allocating sequence numbers (docs/sync-protocol.md).
import { expect, it } from 'vitest';
import type { Store } from '../../sync-server/store/store.ts';
import type { Change } from '../../src/sync/protocol.ts';
import { describeEachStore } from './helpers/stores.ts';
import { household, newId, nowMs, stamp, testSchemas } from './helpers/sync.ts';

const everyone = { userId: 'test', scope: 'all' as const, role: 'admin' as const, displayName: 'Test', kaderKind: null };
const options = { nowMs, maxClockAheadMs: 3_600_000, schemas: testSchemas };

async function follow(store: Store, isDone: () => boolean): Promise<number[]> {
  const seen: number[] = [];
  let cursor = 0;
  for (;;) {
    const finished = isDone();
    const page = await store.pull(everyone, { cursor, limit: 37 });
    seen.push(...page.changes.map((c) => c.seq));
    cursor = page.cursor;
    if (finished && !page.hasMore) return seen;
  }
}

describeEachStore('sync concurrency', (backend) => {
  it('never lets a puller skip a change while pushes commit concurrently', async () => {
    const db = await backend.create();
    try {
      const pushers = await Promise.all(Array.from({ length: 4 }, () => db.open()));
      const puller = await db.open();
      const batches: Change[][] = Array.from({ length: 40 }, (_, b) =>
        Array.from({ length: 25 }, (_, i) => household(newId(), stamp(-100_000 + b * 100 + i))),
      );
      let done = false;
      const following = follow(puller, () => done);
      const results = await Promise.all(
        batches.map((changes, b) => (pushers[b % pushers.length] as Store).push(everyone, { nodeId: 'aaaaaaaaaaaaaaaa', changes }, options)),
      ).finally(() => (done = true));
      const seen = await following;
      expect(results.flat().every((r) => r.status === 'accepted')).toBe(true);
      expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    } finally {
      await db.destroy();
    }
  });
});
