// Durability of the IndexedDB transactions (issue #12, finding 7; src/db/durability.ts): a
// cadre's save and every outbox write commit 'strict' (flushed to disk before "Tersimpan"),
// pulled and snapshot pages 'relaxed' (they are pulled again when lost). Observed on the
// IndexedDB transactions fake-indexeddb opens.
import { IDBDatabase as FDBDatabase } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeServer } from './fake-server.ts';
import { makeSyncDevice } from './sync-support.ts';
import { householdFields, manualTime } from './support.ts';
import { createDraftStore } from '../../../src/db/drafts.ts';

type Opened = { stores: string[]; mode: string; durability: string };
const opened: Opened[] = [];
const original = FDBDatabase.prototype.transaction;

beforeAll(() => {
  FDBDatabase.prototype.transaction = function (this: InstanceType<typeof FDBDatabase>, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
    const tx = original.call(this, stores, mode, options);
    opened.push({ stores: [...(Array.isArray(stores) ? stores : [stores])], mode: mode ?? 'readonly', durability: tx.durability });
    return tx;
  } as typeof original;
});
afterAll(() => {
  FDBDatabase.prototype.transaction = original;
});

const devices: { db: { close(): void } }[] = [];
afterEach(() => devices.splice(0).forEach((device) => device.db.close()));

async function writesOf(run: () => Promise<unknown>): Promise<Opened[]> {
  opened.length = 0;
  await run();
  return opened.filter((tx) => tx.mode === 'readwrite');
}

describe('transaction durability', () => {
  it('saves, bulk creates and recorded push answers are strict; pulled and snapshot pages relaxed', async () => {
    const time = manualTime();
    const server = createFakeServer({ now: time.now });
    const a = makeSyncDevice({ fetch: server.fetch, time, nodeId: 'a0000000000000aa' });
    const b = makeSyncDevice({ fetch: server.fetch, time, nodeId: 'b0000000000000bb' });
    devices.push(a, b);
    await a.repos.get('household', 'x'); // opens the database (its upgrade transaction is not a save)
    await b.repos.get('household', 'x');

    let id = '';
    const save = await writesOf(async () => {
      const result = await a.repos.create('household', householdFields('Siti'));
      if (result.ok) id = result.id;
    });
    expect(save.length).toBeGreaterThan(0);
    expect(save.every((tx) => tx.durability === 'strict')).toBe(true);

    const edit = await writesOf(() => a.repos.update('household', id, { rt: '009' }));
    expect(edit.map((tx) => tx.durability)).toEqual(['strict']);

    const batch = await writesOf(() => a.repos.createBatch([{ kind: 'household', fields: householdFields('A') }, { kind: 'household', fields: householdFields('B') }]));
    expect(batch.map((tx) => tx.durability)).toEqual(['strict']);

    // The push: its answers are recorded in the outbox strictly (a pull page beside it, which
    // also touches the record tables, is relaxed).
    const push = await writesOf(() => a.engine.syncOnce());
    const outboxWrites = push.filter((tx) => tx.stores.includes('outbox') && !tx.stores.includes('household'));
    expect(outboxWrites.length).toBeGreaterThan(0);
    expect(outboxWrites.every((tx) => tx.durability === 'strict')).toBe(true);

    // A fresh device: snapshot pages relaxed.
    const snapshot = await writesOf(() => b.engine.syncOnce());
    const pages = snapshot.filter((tx) => tx.stores.includes('household'));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((tx) => tx.durability === 'relaxed')).toBe(true);

    // A pulled page of a's later edit: relaxed; a's own save stays strict.
    time.advance(1_000);
    await a.repos.update('household', id, { rt: '010' });
    await a.engine.syncOnce();
    const pull = await writesOf(() => b.engine.syncOnce());
    const pulled = pull.filter((tx) => tx.stores.includes('household'));
    expect(pulled.length).toBeGreaterThan(0);
    expect(pulled.every((tx) => tx.durability === 'relaxed')).toBe(true);
    expect(await b.repos.get('household', id)).toMatchObject({ rt: '010' });
  });
});

describe('draft durability', () => {
  it("a form's draft is written and forgotten relaxed (it must outlive a killed tab, not a power cut)", async () => {
    const time = manualTime();
    const server = createFakeServer({ now: time.now });
    const a = makeSyncDevice({ fetch: server.fetch, time, nodeId: 'a0000000000000aa' });
    devices.push(a);
    await a.repos.get('household', 'x');
    const drafts = createDraftStore(a.db as never);
    const written = await writesOf(() => drafts.write('household:new', { headName: 'Siti' }, null));
    expect(written.map((tx) => [tx.stores, tx.durability])).toEqual([[['drafts'], 'relaxed']]);
    const removed = await writesOf(() => drafts.remove('household:new'));
    expect(removed.map((tx) => [tx.stores, tx.durability])).toEqual([[['drafts'], 'relaxed']]);
  });
});
