// Packs and outbox entries of a bulk create are added on the raw IndexedDB transaction
// (src/db/raw-add.ts). Live queries (which do not run under Node) re-run on Dexie's
// 'storagemutated' event when its parts cover what they read: the event must report the
// whole pack table and outbox as changed, once the transaction has committed.
import { Dexie } from 'dexie';
import type { ObservabilitySet, RangeSet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { householdFields, makeDevice } from './support.ts';
import type { TestDevice } from './support.ts';

let device: TestDevice | undefined;
const events: ObservabilitySet[] = [];
const listen = (parts: ObservabilitySet) => void events.push(parts);
afterEach(() => {
  device?.db.close();
  Dexie.on('storagemutated').unsubscribe(listen);
  events.length = 0;
});

const covers = (parts: ObservabilitySet[], part: string, key: unknown) =>
  parts.some((set) => {
    const ranges = set[part];
    // The parts are RangeSets (Dexie's and raw-add.ts's), typed as their interval trees.
    return ranges !== undefined && (ranges as RangeSet).hasKey(key as never);
  });

describe('bulk adds on the raw transaction', () => {
  it('after createMany, the event covers every key of the pack table and the outbox (and came after the commit)', async () => {
    device = makeDevice();
    const { db, repos } = device;
    await db.open();
    Dexie.on('storagemutated', listen);
    const made = await repos.createMany('household', [householdFields('Ani'), householdFields('Budi'), householdFields('Citra')]);
    if (!made.ok) throw new Error('not written');
    const [pack] = await db.table('householdPacks').toArray();
    expect(pack.ids).toEqual(made.ids);
    const id = made.ids[0] as string;
    const name = db.name;
    // What the screens read: a household's row (by id), its pack by id, the village list's keys, the outbox.
    expect(covers(events, `idb://${name}/householdPacks/ids`, id)).toBe(true);
    expect(covers(events, `idb://${name}/householdPacks/keys`, ['[villageCode+$sortName]', '3302012001', 'ani', id])).toBe(true);
    expect(covers(events, `idb://${name}/householdPacks/`, pack.pk)).toBe(true);
    expect(covers(events, `idb://${name}/outbox/recordKeys`, `household:${id}`)).toBe(true);
    expect(covers(events, `idb://${name}/outbox/status`, 'pending')).toBe(true);
  });

  it('a failed bulk create adds nothing (the transaction is rolled back) and reports nothing', async () => {
    device = makeDevice();
    const { db, repos } = device;
    await db.open();
    Dexie.on('storagemutated', listen);
    await expect(
      db.transaction('rw', [db.household, db.table('householdPacks'), db.outbox, db.meta], async () => {
        await repos.createMany('household', [householdFields('Ani'), householdFields('Budi')]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.table('householdPacks').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(covers(events, `idb://${db.name}/householdPacks/ids`, 'anything')).toBe(false);
  });

  it("reports the parts Dexie itself reports for a bulkAdd of 50 or more (raw-add.ts assumes Dexie's internal key format; Dexie is pinned exactly, and an upgrade that changes the format fails here)", async () => {
    device = makeDevice();
    const { db, repos } = device;
    await db.open();
    Dexie.on('storagemutated', listen);
    // Dexie's own report for a large bulkAdd: what its live queries listen to.
    const made = await repos.createMany('household', Array.from({ length: 3 }, (_, i) => householdFields(`Warga ${i}`)));
    if (!made.ok) throw new Error('not written');
    const ours = events.splice(0).flatMap((set) => Object.keys(set)).filter((part) => part.includes('/householdPacks/'));
    const rows = (await db.table('householdPacks').toArray()).map((pack: { pk?: unknown }, i: number) => ({ ...pack, pk: undefined, ids: [`x-${i}`] }));
    const many = Array.from({ length: 60 }, (_, i) => ({ ...rows[0], ids: [`dexie-${i}`] }));
    await db.table('householdPacks').bulkAdd(many);
    const dexies = events.splice(0).flatMap((set) => Object.keys(set)).filter((part) => part.includes('/householdPacks/'));
    expect(dexies.length).toBeGreaterThan(0);
    expect([...new Set(ours)].sort()).toEqual([...new Set(dexies)].sort());
  });
});
