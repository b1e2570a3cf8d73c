// The drafts table: a draft is read back by its owner only (or by anyone when typed signed out), goes on remove and on sign-out
// (clear), and is neither offered nor kept once older than 30 days.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../src/db/database.ts';
import { DRAFT_MAX_AGE_MS, createDraftStore } from '../../../src/db/drafts.ts';

function setup() {
  const db = createDatabase('drafts', { indexedDB: new IDBFactory(), IDBKeyRange });
  let now = Date.UTC(2026, 0, 1);
  const store = createDraftStore(db, () => now);
  return { db, store, advance: (ms: number) => (now += ms) };
}

describe('draft store', () => {
  it('keeps a draft per key for its owner, replaced on each write, gone on remove', async () => {
    const { store } = setup();
    await store.write('household:new', { headName: 'Sit' }, 'ani');
    await store.write('household:new', { headName: 'Siti' }, 'ani');
    await store.write('measurement:new:c1', { weightKg: '8,5' }, 'ani');
    expect((await store.read('household:new', 'ani'))?.values).toEqual({ headName: 'Siti' });
    expect(await store.read('household:new', 'budi')).toBeNull();
    expect(await store.read('household:new', null)).toBeNull();
    // Typed before anybody signed in on this phone: offered to whoever signs in.
    await store.write('visit:new:h1', { notes: 'x' }, null);
    expect((await store.read('visit:new:h1', 'budi'))?.values).toEqual({ notes: 'x' });
    await store.remove('household:new');
    expect(await store.read('household:new', 'ani')).toBeNull();
    expect((await store.read('measurement:new:c1', 'ani'))?.values).toEqual({ weightKg: '8,5' });
  });

  it('clears every draft (sign-out)', async () => {
    const { db, store } = setup();
    await store.write('household:new', { headName: 'Siti' }, null);
    await store.write('visit:new:h1', { notes: 'x' }, null);
    await store.clear();
    expect(await db.drafts.count()).toBe(0);
  });

  it('neither offers nor keeps a draft older than 30 days', async () => {
    const { db, store, advance } = setup();
    await store.write('household:old', { headName: 'Lama' }, null);
    advance(DRAFT_MAX_AGE_MS - 1000);
    await store.write('household:recent', { headName: 'Baru' }, null);
    expect(await store.dropOld()).toBe(0);
    advance(2000);
    expect(await store.read('household:old', null)).toBeNull();
    expect(await store.dropOld()).toBe(1);
    expect((await db.drafts.toArray()).map((row) => row.key)).toEqual(['household:recent']);
  });
});
