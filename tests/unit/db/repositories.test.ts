import { afterEach, describe, expect, it } from 'vitest';
import { recordsOf } from '../../../src/db/record-store.ts';
import { fromRow } from '../../../src/db/rows.ts';
import { parseStamp } from '../../../src/sync/hlc.ts';
import { householdFields, makeDevice, outboxChanges, village } from './support.ts';
import type { TestDevice } from './support.ts';

let device: TestDevice;
afterEach(() => device?.db.close());

describe('repositories: create', () => {
  it('writes the row and its outbox change in one go', async () => {
    device = makeDevice();
    const result = await device.repos.create('household', householdFields());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const record = await device.repos.get('household', result.id);
    expect(record).toMatchObject({ id: result.id, headName: 'Siti Aminah', villageCode: village, deleted: false });
    expect(record).not.toHaveProperty('stamps');
    const outbox = await outboxChanges(device.db);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'household', recordId: result.id, villageCode: village, status: 'pending' });
    expect(outbox[0]?.fields).toMatchObject({ headName: 'Siti Aminah', deleted: false, villageCode: village });
    expect(outbox[0]?.fields).not.toHaveProperty('id');
    const row = await recordsOf(device.db).get('household', result.id);
    const stamps = fromRow(row!).stamps;
    expect(Object.keys(stamps).sort()).toEqual(Object.keys(outbox[0]?.fields ?? {}).sort());
    expect(Object.values(stamps).every((stamp) => stamp === outbox[0]?.stamp)).toBe(true);
    expect(row?.stamps).toEqual({ '*': outbox[0]?.stamp });
    expect(row?.$sortName).toBe('siti aminah');
  });

  it('returns the issues and writes nothing when the record is invalid', async () => {
    device = makeDevice();
    const result = await device.repos.create('household', householdFields('', { rt: 'abc' }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (result.ok || result.reason !== 'invalid') return;
    expect(result.issues.map((issue) => issue.field).sort()).toEqual(['headName', 'rt']);
    expect(await device.db.household.count()).toBe(0);
    expect(await device.db.outbox.count()).toBe(0);
  });

  it('a field given as undefined is left as it is (JSON has no undefined: it would be cleared here only); null clears it everywhere', async () => {
    device = makeDevice();
    const made = await device.repos.create('household', { ...householdFields('Ani'), address: undefined });
    if (!made.ok) throw new Error('not written');
    expect(await recordsOf(device.db).get('household', made.id)).not.toHaveProperty('address');
    device.time.advance(1_000);
    expect(await device.repos.update('household', made.id, { rt: undefined })).toEqual({ ok: true, id: made.id });
    expect((await device.repos.get('household', made.id))?.rt).toBe('001');
    expect(await device.repos.update('household', made.id, { rt: null })).toEqual({ ok: true, id: made.id });
    expect((await device.repos.get('household', made.id))?.rt).toBeNull();
    const sent = (await outboxChanges(device.db)).map((change) => JSON.parse(JSON.stringify(change.fields)) as Record<string, unknown>);
    expect(sent.at(-1)).toMatchObject({ rt: null });
    expect(sent.some((fields) => 'address' in fields)).toBe(false);
  });

  it('ignores managed fields given by a caller', async () => {
    device = makeDevice();
    const result = await device.repos.create('household', { ...householdFields(), deleted: true, id: 'x' } as never);
    expect(result.ok).toBe(true);
    if (result.ok) expect(await device.repos.get('household', result.id)).toMatchObject({ deleted: false });
  });

  it('createMany writes all in one transaction, or nothing when one is invalid', async () => {
    device = makeDevice();
    const many = Array.from({ length: 500 }, (_, index) => householdFields(`Kepala ${index}`));
    const bad = await device.repos.createMany('household', [...many.slice(0, 10), householdFields('')]);
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', index: 10 });
    expect(await device.db.household.count()).toBe(0);
    const good = await device.repos.createMany('household', many);
    expect(good.ok && good.ids.length).toBe(500);
    expect(await device.db.outbox.count()).toBe(1);
    const stamps = (await outboxChanges(device.db)).map((change) => change.stamp);
    expect(new Set(stamps).size).toBe(500);
    expect([...stamps].sort()).toEqual(stamps);
  });
});

describe('repositories: update, remove, restore', () => {
  it('sends only the changed fields (and updatedAt) with a newer stamp', async () => {
    device = makeDevice();
    const created = await device.repos.create('household', householdFields());
    if (!created.ok) throw new Error('create failed');
    device.time.advance(60_000);
    const updated = await device.repos.update('household', created.id, { rt: '005', headName: 'Siti Aminah' });
    expect(updated.ok).toBe(true);
    const entries = await outboxChanges(device.db);
    expect(entries).toHaveLength(2);
    expect(Object.keys(entries[1]?.fields ?? {}).sort()).toEqual(['rt', 'updatedAt']);
    expect(entries[1]?.previous.values).toEqual({ rt: '001', updatedAt: entries[0]?.fields.updatedAt });
    expect(entries[1]!.stamp > entries[0]!.stamp).toBe(true);
    const row = await recordsOf(device.db).get('household', created.id);
    expect(fromRow(row!).stamps.rt).toBe(entries[1]?.stamp);
    expect(fromRow(row!).stamps.headName).toBe(entries[0]?.stamp);
  });

  it('writes no change when nothing changed', async () => {
    device = makeDevice();
    const created = await device.repos.create('household', householdFields());
    if (!created.ok) throw new Error('create failed');
    await device.repos.update('household', created.id, { headName: 'Siti Aminah' });
    expect(await device.db.outbox.count()).toBe(1);
  });

  it('validates the merged record, and says not-found for an unknown id', async () => {
    device = makeDevice();
    const created = await device.repos.create('household', householdFields());
    if (!created.ok) throw new Error('create failed');
    expect(await device.repos.update('household', created.id, { welfareDecile: 11 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await device.repos.update('household', '01890a5d-ac96-774b-bcce-b302099a8057', { rt: '1' })).toEqual({ ok: false, reason: 'not-found' });
    expect(await device.db.outbox.count()).toBe(1);
  });

  it('remove is a tombstone; a deleted record is not edited but can be restored', async () => {
    device = makeDevice();
    const created = await device.repos.create('household', householdFields());
    if (!created.ok) throw new Error('create failed');
    device.time.advance(1_000);
    await device.repos.remove('household', created.id);
    expect(await device.repos.get('household', created.id)).toMatchObject({ deleted: true });
    const last = (await outboxChanges(device.db)).at(-1)?.fields;
    expect(Object.keys(last ?? {}).sort()).toEqual(['deleted', 'updatedAt']);
    expect(await device.repos.update('household', created.id, { rt: '9' })).toEqual({ ok: false, reason: 'deleted' });
    expect(await device.queries.householdsOf(village)).toHaveLength(0);
    expect((await device.repos.restore('household', created.id)).ok).toBe(true);
    expect(await device.queries.householdsOf(village)).toHaveLength(1);
  });
});

describe('repositories: bulk', () => {
  it('createBatch writes records of several kinds in one transaction, or nothing when one is invalid', async () => {
    device = makeDevice();
    const home = await device.repos.create('household', householdFields('Siti'));
    if (!home.ok) throw new Error('household not written');
    const person = (name: string) => ({ kind: 'person' as const, fields: { villageCode: village, householdId: home.id, name, sex: 'F' as const, relation: 'anak' as const } });
    const household = (name: string) => ({ kind: 'household' as const, fields: householdFields(name) });
    const bad = await device.repos.createBatch([household('Budi'), person('Ayu'), person('')]);
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', index: 2 });
    expect(await device.repos.get('household', home.id)).toBeDefined();
    expect((await device.queries.list('household')).map((record) => record.headName)).toEqual(['Siti']);
    expect(await device.queries.list('person')).toEqual([]);

    const items = [household('Budi'), person('Ayu'), household('Citra'), person('Dewi'), person('Eka')];
    const made = await device.repos.createBatch(items);
    if (!made.ok) throw new Error('batch not written');
    expect(made.ids).toHaveLength(5);
    const names = await Promise.all(made.ids.map(async (id, index) => {
      const record = await device.repos.get(items[index]?.kind as 'household' | 'person', id);
      return record && ('headName' in record ? record.headName : record.name);
    }));
    expect(names).toEqual(['Budi', 'Ayu', 'Citra', 'Dewi', 'Eka']);
    expect((await device.queries.personsOf(home.id)).map((record) => record.name)).toEqual(['Ayu', 'Dewi', 'Eka']);
    // One stamp per record; the changes are queued kind by kind (in the order the kinds first
    // appear), each kind's in list order, with ascending stamps.
    const changes = (await outboxChanges(device.db)).slice(1);
    const [budi, ayu, citra, dewi, eka] = made.ids;
    expect(changes.map((change) => change.recordId)).toEqual([budi, citra, ayu, dewi, eka]);
    const stamps = changes.map((change) => change.stamp);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(5);
  });

  it('createMany packs its changes into entries of at most 500', async () => {
    device = makeDevice();
    const made = await device.repos.createMany('household', Array.from({ length: 1_200 }, (_, index) => householdFields(`K ${index}`)));
    expect(made.ok).toBe(true);
    expect((await device.db.outbox.toArray()).map((entry) => entry.changes.length)).toEqual([500, 500, 200]);
    expect(await outboxChanges(device.db)).toHaveLength(1_200);
  });

  it('updateMany writes every patch in one transaction, or none when one is invalid', async () => {
    device = makeDevice();
    const made = await device.repos.createMany('household', [householdFields('A'), householdFields('B'), householdFields('C')]);
    if (!made.ok) throw new Error('create failed');
    const [a, b, c] = made.ids as [string, string, string];
    device.time.advance(1_000);
    const bad = await device.repos.updateMany('household', [{ id: a, patch: { rt: '009' } }, { id: b, patch: { rt: 'x' } }]);
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', index: 1 });
    expect(await device.repos.get('household', a)).toMatchObject({ rt: '001' });
    expect(await outboxChanges(device.db)).toHaveLength(3);
    const good = await device.repos.updateMany('household', [{ id: a, patch: { rt: '009' } }, { id: c, patch: { dusun: 'Sumber' } }]);
    expect(good).toEqual({ ok: true, ids: [a, c] });
    const entries = await device.db.outbox.toArray();
    expect(entries).toHaveLength(2);
    expect(entries[1]?.changes.map((change) => Object.keys(change.fields).sort())).toEqual([['rt', 'updatedAt'], ['dusun', 'updatedAt']]);
    expect(entries[1]?.recordKeys).toEqual([`household:${a}`, `household:${c}`]);
  });
});

describe('repositories: clock', () => {
  it('two tabs sharing one database and node id never issue the same stamp', async () => {
    device = makeDevice({ name: 'shared' });
    const other = makeDevice({ factory: device.factory, name: 'shared', time: device.time, seed: 99 });
    const writes = [];
    for (let index = 0; index < 20; index += 1) {
      writes.push(device.repos.create('household', householdFields(`A ${index}`)));
      writes.push(other.repos.create('household', householdFields(`B ${index}`)));
    }
    await Promise.all(writes);
    const stamps = (await outboxChanges(device.db)).map((change) => change.stamp);
    expect(new Set(stamps).size).toBe(40);
    other.db.close();
  });

  it('stamps use the corrected clock: device time plus the learned offset', async () => {
    device = makeDevice();
    device.clock.setOffsetMs(-3_600_000);
    await device.repos.create('household', householdFields());
    const [entry] = await outboxChanges(device.db);
    expect(parseStamp(entry!.stamp).ms).toBe(device.time.now() - 3_600_000);
    expect(entry?.fields.createdAt).toBe(new Date(device.time.now() - 3_600_000).toISOString());
  });
});
