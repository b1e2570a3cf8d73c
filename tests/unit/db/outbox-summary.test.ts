// summarizeOutbox walks the record-key index in steps (so a save never waits behind the whole
// walk): every unsynced record is found once across step boundaries, and every change counts.
import { describe, expect, it } from 'vitest';
import { keyWalkStep, summarizeOutbox } from '../../../src/db/outbox.ts';
import { householdFields, makeDevice } from './support.ts';

describe('summarizeOutbox', () => {
  it('finds every unsynced record across the steps of the walk and counts every change', async () => {
    const device = makeDevice();
    const total = 2 * keyWalkStep + 37;
    const created = await device.repos.createMany('household', Array.from({ length: total }, (_, i) => householdFields(`Kepala ${i}`)));
    if (!created.ok) throw new Error('createMany failed');
    // A second change of records on a step boundary: one more change each, no new record.
    const ids = [...created.ids].sort();
    for (const id of [ids[keyWalkStep - 1], ids[keyWalkStep], ids[total - 1]] as string[]) {
      const updated = await device.repos.update('household', id, householdFields('Nama Baru'));
      expect(updated.ok).toBe(true);
    }
    const summary = await summarizeOutbox(device.db);
    expect(summary.unsyncedKeys.size).toBe(total);
    for (const id of created.ids) expect(summary.unsyncedKeys.has(`household:${id}`)).toBe(true);
    expect(summary.pendingCount).toBe(total + 3);
    expect(summary.rejected).toEqual([]);
  });

  it('gives the same keys inside a transaction (one read through Dexie) as by the stepped walk', async () => {
    const device = makeDevice();
    const created = await device.repos.createMany('household', Array.from({ length: keyWalkStep + 3 }, (_, i) => householdFields(`Kepala ${i}`)));
    if (!created.ok) throw new Error('createMany failed');
    const walked = await summarizeOutbox(device.db);
    const inTransaction = await device.db.transaction('r', device.db.outbox, async () => await summarizeOutbox(device.db));
    expect(inTransaction).toEqual(walked);
    expect(walked.unsyncedKeys.size).toBe(keyWalkStep + 3);
  });

  it('answers an empty outbox with nothing pending', async () => {
    const summary = await summarizeOutbox(makeDevice().db);
    expect(summary).toEqual({ pendingCount: 0, rejected: [], unsyncedKeys: new Set() });
  });
});
