// openDevice: the node id is made once and read back read-only afterwards (with the clock
// state); data-version: every committed write, and only a write, moves the write counter the
// screens use to show a kept value again (src/ui/data/live.ts).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { dataVersion } from '../../../src/db/data-version.ts';
import { readMeta } from '../../../src/db/meta.ts';
import { openDevice } from '../../../src/db/open-device.ts';
import { seededBytes } from './support.ts';

const options = (indexedDB: IDBFactory, seed: number) => ({ name: 'genting-open', indexedDB, IDBKeyRange, wallNow: () => Date.UTC(2026, 10, 29), randomBytes: seededBytes(seed) });

describe('openDevice', () => {
  it('makes the node id on the first open and keeps it on later opens', async () => {
    const factory = new IDBFactory();
    const first = await openDevice(options(factory, 1));
    const nodeId = await readMeta(first.db, 'nodeId');
    expect(nodeId).toMatch(/^[0-9a-z]{16}$/);
    first.db.close();
    // Another seed would make another id: the second open must read the stored one.
    const second = await openDevice(options(factory, 99));
    expect(await readMeta(second.db, 'nodeId')).toBe(nodeId);
    expect(second.clock.nodeId).toBe(nodeId);
    second.db.close();
  });
});

describe('dataVersion', () => {
  it('moves on a committed write and stays on reads', async () => {
    const { db } = await openDevice(options(new IDBFactory(), 2));
    await db.meta.get('nodeId');
    const before = dataVersion();
    await db.meta.get('nodeId');
    await db.outbox.count();
    expect(dataVersion()).toBe(before);
    await db.meta.put({ key: 'lastSyncAt', value: '2026-11-29T07:00:00.000Z' });
    expect(dataVersion()).toBeGreaterThan(before);
    db.close();
  });
});
