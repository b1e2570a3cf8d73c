// After a server restore (docs/sync-protocol.md 6.4): which changes a device sends back
// (changesServerLacks), and when an answer's epoch makes it drop its cursor (resyncFrom).
import { describe, expect, it } from 'vitest';
import { readMeta, writeMeta } from '../../../src/db/meta.ts';
import { changesServerLacks } from '../../../src/db/resync.ts';
import { resyncFrom } from '../../../src/db/sync-steps.ts';
import { applyChange } from '../../../src/sync/merge.ts';
import { recordsOf } from '../../../src/db/record-store.ts';
import { householdFields, makeDevice } from './support.ts';

const s = (n: number, node = 'a0000000000000aa') => `0mm7gmbk${String(n)}0000${node}`;
const id = '01890a5d-ac96-774b-bcce-b302099a8001';

describe('changesServerLacks', () => {
  const local = {
    values: { id, villageCode: '3302012001', headName: 'Satu', dusun: 'Kulon', rt: '009', deleted: false },
    stamps: { villageCode: s(1), headName: s(1), dusun: s(2), rt: s(3, 'b0000000000000bb'), deleted: s(1) },
  };

  it('a record the server lacks: one change per stamp, oldest first, the oldest carrying every field', () => {
    const changes = changesServerLacks('household', id, local, undefined);
    expect(changes.map((c) => [c.stamp, Object.keys(c.fields).sort()])).toEqual([
      [s(1), ['deleted', 'dusun', 'headName', 'rt', 'villageCode']],
      [s(2), ['dusun']],
      [s(3, 'b0000000000000bb'), ['rt']],
    ]);
    // Replayed on an empty server, in order, they give the device's record exactly.
    const merged = changes.reduce<ReturnType<typeof applyChange> | undefined>((record, change) => applyChange(record, change), undefined);
    const { id: _id, ...values } = local.values;
    expect(merged).toEqual({ values, stamps: local.stamps });
  });

  it('a record the server has: only the fields the device holds with a greater stamp, with the server values as previous', () => {
    const server = {
      values: { villageCode: '3302012001', headName: 'Satu', dusun: 'Krajan', rt: '010', deleted: false },
      stamps: { villageCode: s(1), headName: s(1), dusun: s(1), rt: s(4), deleted: s(1) },
    };
    const changes = changesServerLacks('household', id, local, server);
    expect(changes).toEqual([
      { kind: 'household', recordId: id, villageCode: '3302012001', stamp: s(2), fields: { dusun: 'Kulon' }, previous: { values: { dusun: 'Krajan' }, stamps: { dusun: s(1) } } },
    ]);
    expect(changesServerLacks('household', id, local, { values: local.values, stamps: local.stamps })).toEqual([]);
  });
});

describe('resyncFrom', () => {
  it('drops the cursor of another epoch (or of none), never a fresh device’s or the same epoch’s', async () => {
    const fresh = makeDevice({ name: 'fresh' });
    expect(await resyncFrom(fresh.db, 'e1')).toBe(false);
    expect(await resyncFrom(fresh.db, undefined)).toBe(false);

    const device = makeDevice({ name: 'synced' });
    await writeMeta(device.db, 'pullCursor', 41);
    await writeMeta(device.db, 'snapshotDone', true);
    await writeMeta(device.db, 'syncEpoch', 'e1');
    expect(await resyncFrom(device.db, 'e1')).toBe(false);
    expect(await resyncFrom(device.db, undefined)).toBe(false);
    expect(await readMeta(device.db, 'pullCursor')).toBe(41);
    expect(await resyncFrom(device.db, 'e2')).toBe(true);
    expect([await readMeta(device.db, 'pullCursor'), await readMeta(device.db, 'snapshotDone'), await readMeta(device.db, 'resyncCompare')]).toEqual([undefined, undefined, true]);

    const old = makeDevice({ name: 'before-epochs' });
    await writeMeta(old.db, 'pullCursor', 7);
    expect(await resyncFrom(old.db, 'e1')).toBe(true);
  });
});

describe('idRange (the records of one snapshot page range)', () => {
  it('gives live rows from packs and rows alike, each once, inside (after, upTo]', async () => {
    const device = makeDevice({ name: 'range' });
    const created = await device.repos.createMany('household', Array.from({ length: 60 }, (_, n) => householdFields(`Keluarga ${n}`)));
    if (!created.ok) throw new Error('createMany');
    const ids = [...created.ids].sort();
    // One packed record gets its own row (it shadows the pack copy).
    expect(await device.repos.update('household', ids[10] as string, { rt: '009' })).toMatchObject({ ok: true });
    const rows = await recordsOf(device.db).idRange('household', ids[4] as string, ids[20] as string);
    expect(rows.map((row) => row.id).sort()).toEqual(ids.slice(5, 21));
    expect(rows.find((row) => row.id === ids[10])?.rt).toBe('009');
    expect((await recordsOf(device.db).idRange('household', null, null)).length).toBe(60);
    expect((await recordsOf(device.db).idRange('household', ids[58] as string, null)).map((row) => row.id)).toEqual([ids[59]]);
  });
});
