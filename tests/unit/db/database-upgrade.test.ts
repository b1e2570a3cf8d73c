// Data written with schema version 1 opens with the current schema without loss, and the
// version 2 upgrade fills the derived `$sortName` index field. Data written with version 3
// (by the repositories) opens with version 4 (fewer indexes) unchanged, and every query of
// the screens still answers from an index.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDatabase, currentSchemaVersion } from '../../../src/db/database.ts';
import type { GentingDb } from '../../../src/db/database.ts';
import { createDeviceClock } from '../../../src/db/device-clock.ts';
import { createUuidV7Generator } from '../../../src/db/ids.ts';
import { createQueries } from '../../../src/db/queries.ts';
import { createRepositories } from '../../../src/db/repositories.ts';
import type { householdSchema } from '../../../src/domain/household.ts';
import { recordSchemas } from '../../../src/domain/registry.ts';
import { manualTime, outboxChanges, seededBytes, village } from './support.ts';

const stamp = 'lqz8k3b0a0000k3j9x0m1q2w3e4r5';
const householdRow = (id: string, headName: string, dusun: string) => ({
  id,
  villageCode: village,
  headName,
  dusun,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  deleted: false,
  stamps: { villageCode: stamp, headName: stamp, dusun: stamp, createdAt: stamp, updatedAt: stamp, deleted: stamp },
});
const ids = ['01890a5d-ac96-774b-bcce-b302099a8051', '01890a5d-ac96-774b-bcce-b302099a8052', '01890a5d-ac96-774b-bcce-b302099a8053'];

describe('schema upgrade', () => {
  it('opens version 1 data with the current schema and keeps every row and outbox change', async () => {
    const indexedDB = new IDBFactory();
    const v1 = createDatabase('upgrade', { indexedDB, IDBKeyRange, version: 1 });
    await v1.household.bulkAdd([householdRow(ids[0]!, '  Budi   Santoso ', 'Krajan'), householdRow(ids[1]!, 'Ani', 'Sumber'), householdRow(ids[2]!, 'citra', 'Krajan')]);
    await v1.person.add({ id: ids[0]!, householdId: ids[1]!, name: 'Zaki', stamps: {} });
    // The version 1 outbox entry shape: one flat change.
    await v1.table('outbox').add({ kind: 'household', recordId: ids[0]!, villageCode: village, stamp, fields: { headName: 'Budi' }, status: 'pending', previous: { values: {}, stamps: {} }, writtenAt: '2025-01-01T00:00:00.000Z' });
    await v1.meta.put({ key: 'pullCursor', value: 42 });
    const before = await v1.household.toArray();
    expect(v1.verno).toBe(1);
    v1.close();

    const current = createDatabase('upgrade', { indexedDB, IDBKeyRange });
    const after = await current.household.toArray();
    expect(current.verno).toBe(currentSchemaVersion);
    expect(after).toEqual(before.map((row) => ({ ...row, $sortName: String(row.headName).trim().replace(/\s+/g, ' ').toLowerCase() })));
    expect(await current.person.get(ids[0]!)).toMatchObject({ name: 'Zaki', $sortName: 'zaki' });
    const [entry] = await current.outbox.toArray();
    expect(entry).toEqual({
      seq: 1,
      status: 'pending',
      changes: [{ kind: 'household', recordId: ids[0], villageCode: village, stamp, fields: { headName: 'Budi' }, previous: { values: {}, stamps: {} } }],
      recordKeys: [`household:${ids[0]}`],
      writtenAt: '2025-01-01T00:00:00.000Z',
    });
    expect(await current.outbox.where('recordKeys').equals(`household:${ids[0]}`).count()).toBe(1);
    expect(await current.meta.get('pullCursor')).toEqual({ key: 'pullCursor', value: 42 });

    const sorted = await createQueries<{ household: typeof householdSchema }>(current).householdsOf(village);
    expect(sorted.map((record) => record.headName)).toEqual(['Ani', '  Budi   Santoso ', 'citra']);
    expect(sorted[0]).not.toHaveProperty('$sortName');
    const krajan = await createQueries<{ household: typeof householdSchema }>(current).householdsOf(village, 'Krajan');
    expect(krajan).toHaveLength(2);
    current.close();
  });

  it('opens version 3 data with version 4: every row, outbox entry and meta value kept; the screens\' queries use the remaining indexes', async () => {
    const indexedDB = new IDBFactory();
    const time = manualTime();
    const v3 = createDatabase('upgrade-v3', { indexedDB, IDBKeyRange, version: 3 });
    const clock = createDeviceClock({ nodeId: 'a0000000000000aa', wallNow: time.now });
    const repos = createRepositories({ db: v3, schemas: recordSchemas, clock, newId: createUuidV7Generator(time.now, seededBytes(3)) });
    const home = await repos.create('household', { villageCode: village, headName: 'Siti Aminah', dusun: 'Krajan', rt: '001', rw: '002' });
    const other = await repos.create('household', { villageCode: village, headName: 'Bayu', dusun: 'Sumber', rt: '002', rw: '002' });
    if (!home.ok || !other.ok) throw new Error('households not written');
    const child = await repos.create('person', { villageCode: village, householdId: home.id, name: 'Ayu', sex: 'F', relation: 'anak', birthDate: '2024-01-10' });
    await repos.create('person', { villageCode: village, householdId: home.id, name: 'Budi', sex: 'M', relation: 'kepala-keluarga' });
    if (!child.ok) throw new Error('child not written');
    for (const date of ['2025-01-10', '2024-12-10']) await repos.create('measurement', { villageCode: village, personId: child.id, date, weightKg: 8.5 });
    for (const date of ['2025-01-05', '2024-11-20']) await repos.create('visit', { villageCode: village, householdId: home.id, date });
    await repos.update('household', other.id, { headName: 'Bayu Saputra' });
    await v3.meta.put({ key: 'pullCursor', value: 7 });
    const tables = ['household', 'person', 'measurement', 'visit', 'outbox', 'meta'] as const;
    const dump = async (db: GentingDb) => Object.fromEntries(await Promise.all(tables.map(async (name) => [name, await db.table(name).toArray()] as const)));
    const before = await dump(v3);
    const changesBefore = await outboxChanges(v3);
    expect(v3.verno).toBe(3);
    expect(v3.visit.schema.indexes.map((index) => index.name).sort()).toEqual(['[householdId+date]', 'date', 'householdId', 'villageCode']);
    v3.close();

    const v4 = createDatabase('upgrade-v3', { indexedDB, IDBKeyRange, version: 4 });
    expect(await dump(v4)).toEqual(before);
    expect(v4.verno).toBe(4);
    expect(await outboxChanges(v4)).toEqual(changesBefore);
    expect(changesBefore).toHaveLength(9);
    const indexes = (name: (typeof tables)[number]) => v4.table(name).schema.indexes.map((index) => index.name);
    expect(indexes('household')).toEqual(['[villageCode+$sortName]']);
    expect(indexes('person')).toEqual(['[householdId+$sortName]']);
    expect(indexes('measurement')).toEqual(['[personId+date]']);
    expect(indexes('visit')).toEqual(['[householdId+date]']);
    // The stored object stores agree (Dexie deleted the dropped indexes in IndexedDB itself).
    const idb = v4.backendDB();
    const storeIndexes = (name: string) => [...idb.transaction(name).objectStore(name).indexNames];
    expect(storeIndexes('visit')).toEqual(['[householdId+date]']);
    expect(storeIndexes('outbox').sort()).toEqual(['recordKeys', 'status']);

    v4.close();

    // Version 5 adds the pack tables (record-store.ts) and moves nothing: the queries read the rows.
    const v5 = createDatabase('upgrade-v3', { indexedDB, IDBKeyRange });
    expect(await dump(v5)).toEqual(before);
    expect(v5.verno).toBe(currentSchemaVersion);
    const queries = createQueries<typeof recordSchemas>(v5);
    expect((await queries.householdsOf(village)).map((record) => record.headName)).toEqual(['Bayu Saputra', 'Siti Aminah']);
    expect((await queries.personsOf(home.id)).map((record) => record.name)).toEqual(['Ayu', 'Budi']);
    expect((await queries.measurementsOf(child.id)).map((record) => record.date)).toEqual(['2024-12-10', '2025-01-10']);
    expect((await queries.visitsOf(home.id)).map((record) => record.date)).toEqual(['2024-11-20', '2025-01-05']);
    // A prefix of a compound index still answers (Dexie's virtual index).
    expect(await v5.visit.where('householdId').equals(home.id).count()).toBe(2);
    expect(await v5.meta.get('pullCursor')).toEqual({ key: 'pullCursor', value: 7 });
    v5.close();
  });

  it('opens version 5 data with version 6: every row, pack, outbox entry and meta value kept, and an empty drafts table', async () => {
    const indexedDB = new IDBFactory();
    const time = manualTime();
    const v5 = createDatabase('upgrade-v5', { indexedDB, IDBKeyRange, version: 5 });
    const clock = createDeviceClock({ nodeId: 'a0000000000000ab', wallNow: time.now });
    const repos = createRepositories({ db: v5, schemas: recordSchemas, clock, newId: createUuidV7Generator(time.now, seededBytes(5)) });
    const home = await repos.create('household', { villageCode: village, headName: 'Siti Aminah', dusun: 'Krajan', rt: '001', rw: '002' });
    if (!home.ok) throw new Error('household not written');
    await repos.createMany('person', [
      { villageCode: village, householdId: home.id, name: 'Ayu', sex: 'F', relation: 'anak', birthDate: '2024-01-10' },
      { villageCode: village, householdId: home.id, name: 'Budi', sex: 'M', relation: 'kepala-keluarga' },
    ]);
    await v5.meta.put({ key: 'pullCursor', value: 9 });
    const names = v5.tables.map((table) => table.name).sort();
    const dump = async (db: GentingDb) => Object.fromEntries(await Promise.all(names.map(async (name) => [name, await db.table(name).toArray()] as const)));
    const before = await dump(v5);
    expect(names).not.toContain('drafts');
    expect(v5.verno).toBe(5);
    v5.close();

    const v6 = createDatabase('upgrade-v5', { indexedDB, IDBKeyRange, version: 6 });
    expect(await dump(v6)).toEqual(before);
    expect(v6.verno).toBe(6);
    expect(await v6.drafts.count()).toBe(0);
    expect(v6.drafts.schema.indexes.map((index) => index.name)).toEqual(['savedAt']);
    const queries = createQueries<typeof recordSchemas>(v6);
    expect((await queries.personsOf(home.id)).map((record) => record.name)).toEqual(['Ayu', 'Budi']);
    v6.close();
  });
});
