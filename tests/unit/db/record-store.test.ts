// Packed storage (src/db/record-store.ts): records new to the device that arrive many at a
// time live PACK_SIZE rows per value in `<kind>Packs`; a single create and every later write
// put the record's own row in the row table, which shadows the stale pack copy. Every reader
// must answer with live rows only, exactly as a device whose records are all in the row table.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPulledPage, applySnapshotPage } from '../../../src/db/apply-remote.ts';
import { createDatabase } from '../../../src/db/database.ts';
import type { GentingDb } from '../../../src/db/database.ts';
import { createDeviceClock } from '../../../src/db/device-clock.ts';
import { createUuidV7Generator } from '../../../src/db/ids.ts';
import { createQueries } from '../../../src/db/queries.ts';
import { PACK_SIZE, PULLED_PACK_SIZE, packTableName, recordsOf } from '../../../src/db/record-store.ts';
import type { Pack } from '../../../src/db/record-store.ts';
import { createRepositories } from '../../../src/db/repositories.ts';
import type { CreateFields, KindOf } from '../../../src/db/repositories.ts';
import { deriveIndexFields, toValues } from '../../../src/db/rows.ts';
import type { Row } from '../../../src/db/rows.ts';
import { recordKinds } from '../../../src/domain/record-kinds.ts';
import type { RecordKind } from '../../../src/domain/record-kinds.ts';
import { recordSchemas } from '../../../src/domain/registry.ts';
import type { RecordSchemas } from '../../../src/domain/registry.ts';
import { formatStamp } from '../../../src/sync/hlc.ts';
import { createFakeServer } from './fake-server.ts';
import { makeSyncDevice } from './sync-support.ts';
import { householdFields, manualTime, seededBytes, village } from './support.ts';

const otherVillage = '3302012002';
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

/** A device with every kind's schema (built as support.ts makeDevice does). */
function makeFullDevice(seed = 11) {
  const time = manualTime();
  const db = createDatabase('genting-record-store', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const clock = createDeviceClock({ nodeId: 'a0000000000000aa', wallNow: time.now });
  const repos = createRepositories({ db, schemas: recordSchemas, clock, newId: createUuidV7Generator(time.now, seededBytes(seed)) });
  const queries = createQueries<RecordSchemas>(db);
  return { db, time, clock, repos, queries, records: recordsOf(db) };
}
type FullDevice = ReturnType<typeof makeFullDevice>;

/**
 * Two devices with the same clock and id seed: `packed` writes lists with createMany (packs),
 * `plain` with one create() each (row table only). Both give the same ids in the same order.
 */
function twins(seed = 11) {
  return { packed: makeFullDevice(seed), plain: makeFullDevice(seed) };
}

async function createAll<K extends KindOf<RecordSchemas>>(device: FullDevice, kind: K, list: CreateFields<RecordSchemas, K>[], bulk: boolean): Promise<string[]> {
  if (bulk) {
    const result = await device.repos.createMany(kind, list);
    if (!result.ok) throw new Error(`createMany ${kind} failed: ${JSON.stringify(result)}`);
    return result.ids;
  }
  const ids: string[] = [];
  for (const fields of list) {
    const result = await device.repos.create(kind, fields);
    if (!result.ok) throw new Error(`create ${kind} failed: ${JSON.stringify(result)}`);
    ids.push(result.id);
  }
  return ids;
}

async function ok(result: Promise<{ ok: boolean }>): Promise<void> {
  const outcome = await result;
  if (!outcome.ok) throw new Error(`write failed: ${JSON.stringify(outcome)}`);
}

type ReadPack = Omit<Pack, 'rows'> & { rows: Row[] };
/** Packs in write order, rows read (a pack written by sync keeps its rows as JSON text). */
const packsOf = async (db: GentingDb, kind: RecordKind): Promise<ReadPack[]> =>
  (await db.table<Pack, number>(packTableName(kind)).orderBy('pk').toArray()).map((pack) => ({ ...pack, rows: pack.rows.map((row) => (typeof row === 'string' ? (JSON.parse(row) as Row) : row)) }));
const rowIdsOf = (db: GentingDb, kind: RecordKind) => db.table<Row, string>(kind).toCollection().primaryKeys();
/** Pack sizes of `total` records written at once: PACK_SIZE each, the rest in the last. */
function packSizes(total: number, size = PACK_SIZE): number[] {
  return Array.from({ length: Math.ceil(total / size) }, (_, index) => Math.min(size, total - index * size));
}

const idsOf = (records: readonly { id: unknown }[]) => records.map((record) => String(record.id));

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/** 45 heads of family: mixed case, extra spaces, a tie, two dusun and a neighbouring village. */
const names = Array.from({ length: 45 }, (_, index) => {
  const base = ['siti', 'Budi', 'ani', 'Wati', 'Citra', '  Dewi  Lestari ', 'eko', 'Zaki', 'Bayu'][index % 9] as string;
  return `${base} ${String.fromCharCode(97 + ((index * 7) % 26))}`;
});
function householdList() {
  return names.map((name, index) =>
    householdFields(index === 3 || index === 30 ? 'Sama Nama' : name, {
      dusun: index % 3 === 0 ? 'Sumber' : 'Krajan',
      ...(index % 10 === 9 ? { villageCode: otherVillage } : {}),
    }),
  );
}

describe('record store: bulk creates are packed', () => {
  it('45 households: packs of PACK_SIZE rows (the rest in the last), no row; every reader answers as a row-table-only device', async () => {
    const { packed, plain } = twins();
    const ids = await createAll(packed, 'household', householdList(), true);
    const plainIds = await createAll(plain, 'household', householdList(), false);
    expect(ids).toEqual(plainIds);

    const packs = await packsOf(packed.db, 'household');
    expect(PACK_SIZE).toBeGreaterThan(1);
    expect(PACK_SIZE).toBeLessThan(45);
    expect(packs.map((pack) => pack.rows.length)).toEqual(packSizes(45));
    expect(packs.flatMap((pack) => pack.ids)).toEqual(ids);
    expect(await packed.db.household.count()).toBe(0);
    expect(await packsOf(plain.db, 'household')).toEqual([]);
    expect(await plain.db.household.count()).toBe(45);

    for (const id of ids) expect(await packed.repos.get('household', id)).toEqual(await plain.repos.get('household', id));
    const asked = [...ids].reverse().concat(['01890a5d-ac96-774b-bcce-b302099a8051', ids[7] as string]);
    const got = (await packed.records.bulkGet('household', asked)).map((row) => (row ? toValues(row) : undefined));
    const expected = (await plain.records.bulkGet('household', asked)).map((row) => (row ? toValues(row) : undefined));
    expect(got).toEqual(expected);
    expect(got.at(-2)).toBeUndefined();
    expect(got.filter(Boolean)).toHaveLength(46);

    const all = await packed.records.all('household');
    expect(idsOf(all)).toEqual([...ids].sort());
    expect(all.map(toValues)).toEqual((await plain.records.all('household')).map(toValues));
    expect(await packed.queries.list('household')).toEqual(await plain.queries.list('household'));

    const inVillage = await packed.queries.householdsOf(village);
    expect(inVillage).toEqual(await plain.queries.householdsOf(village));
    expect(inVillage).toHaveLength(41);
    expect(inVillage.filter((household) => household.headName === 'Sama Nama')).toHaveLength(2);
    expect(await packed.queries.householdsOf(village, 'Sumber')).toEqual(await plain.queries.householdsOf(village, 'Sumber'));
    expect(await packed.queries.householdsOf(otherVillage)).toEqual(await plain.queries.householdsOf(otherVillage));
    expect(await packed.queries.householdsOf(otherVillage)).toHaveLength(4);
    expect(await packed.queries.householdsOf('3302012003')).toEqual([]);
  });

  it('a single create (and a createMany of one) writes a row, not a pack', async () => {
    const device = makeFullDevice();
    const [one] = await createAll(device, 'household', [householdFields('Siti')], false);
    const [two] = await createAll(device, 'household', [householdFields('Budi')], true);
    expect(await packsOf(device.db, 'household')).toEqual([]);
    expect((await rowIdsOf(device.db, 'household')).sort()).toEqual([one, two].sort());
  });
});

describe('record store: later writes shadow the pack copy', () => {
  it('update of a packed household: row table holds the new value, the pack keeps the stale copy, readers see it once in its new place', async () => {
    const { packed, plain } = twins();
    const ids = await createAll(packed, 'household', householdList(), true);
    await createAll(plain, 'household', householdList(), false);
    const renamed = ids[4] as string; // 'Citra ...', in the village
    const moved = ids[11] as string; // leaves the village
    const packsBefore = await packsOf(packed.db, 'household');
    for (const device of [packed, plain]) {
      device.time.advance(60_000);
      await ok(device.repos.update('household', renamed, { headName: 'Aaron Zulkarnain' }));
      await ok(device.repos.update('household', moved, { villageCode: otherVillage }));
    }

    expect(await packed.repos.get('household', renamed)).toMatchObject({ headName: 'Aaron Zulkarnain' });
    const [viaBulk, neighbour] = await packed.records.bulkGet('household', [renamed, ids[6] as string]);
    expect(viaBulk).toMatchObject({ id: renamed, headName: 'Aaron Zulkarnain' });
    expect(neighbour).toMatchObject({ id: ids[6], headName: names[6] });
    expect(await packed.db.household.get(renamed)).toMatchObject({ headName: 'Aaron Zulkarnain', $sortName: 'aaron zulkarnain' });
    expect((await rowIdsOf(packed.db, 'household')).sort()).toEqual([renamed, moved].sort());
    // The packs are not rewritten by an edit.
    expect(await packsOf(packed.db, 'household')).toEqual(packsBefore);
    const stale = packsBefore.flatMap((pack) => pack.rows).find((row) => row.id === renamed);
    expect(stale?.headName).toBe(names[4]);

    const all = await packed.records.all('household');
    expect(all).toHaveLength(45);
    expect(duplicates(idsOf(all))).toEqual([]);
    expect(all.find((row) => row.id === renamed)?.headName).toBe('Aaron Zulkarnain');

    const inVillage = await packed.queries.householdsOf(village);
    expect(inVillage).toEqual(await plain.queries.householdsOf(village));
    expect(inVillage[0]).toMatchObject({ id: renamed, headName: 'Aaron Zulkarnain' });
    expect(idsOf(inVillage).filter((id) => id === renamed)).toHaveLength(1);
    expect(idsOf(inVillage)).not.toContain(moved);
    expect(inVillage.some((household) => household.headName === names[4])).toBe(false);
    const elsewhere = await packed.queries.householdsOf(otherVillage);
    expect(elsewhere).toEqual(await plain.queries.householdsOf(otherVillage));
    expect(idsOf(elsewhere).filter((id) => id === moved)).toHaveLength(1);
    expect(await packed.queries.householdsOf(village, 'Krajan')).toEqual(await plain.queries.householdsOf(village, 'Krajan'));
  });

  it('persons: renamed and moved to another household, with more than 64 pack candidates (whole-table shadow check)', async () => {
    const { packed, plain } = twins();
    const homes: string[][] = [];
    for (const device of [packed, plain]) {
      const bulk = device === packed;
      const [home, other] = await createAll(device, 'household', [householdFields('Siti'), householdFields('Rina')], bulk);
      const people = Array.from({ length: 100 }, (_, index) => ({
        villageCode: village,
        householdId: index % 10 === 0 ? (other as string) : (home as string),
        name: `Anak ${String(index).padStart(2, '0')}`,
        sex: index % 2 === 0 ? ('F' as const) : ('M' as const),
        relation: 'anak' as const,
      }));
      homes.push([home as string, other as string, ...(await createAll(device, 'person', people, bulk))]);
    }
    expect(homes[0]).toEqual(homes[1]);
    const [home, other, ...persons] = homes[0] as string[];
    expect((await packsOf(packed.db, 'person')).map((pack) => pack.rows.length)).toEqual(packSizes(100));
    expect(await packed.db.person.count()).toBe(0);

    const renamed = persons[5] as string; // 'Anak 05' in home
    const movedOut = persons[7] as string; // home -> other
    const movedIn = persons[20] as string; // other -> home
    for (const device of [packed, plain]) {
      device.time.advance(60_000);
      await ok(device.repos.update('person', renamed, { name: 'Zz Terakhir' }));
      await ok(device.repos.update('person', movedOut, { householdId: other as string, name: 'Aa Pertama' }));
      await ok(device.repos.update('person', movedIn, { householdId: home as string }));
    }

    for (const id of [home, other] as string[]) {
      const list = await packed.queries.personsOf(id);
      expect(list).toEqual(await plain.queries.personsOf(id));
      expect(duplicates(idsOf(list))).toEqual([]);
    }
    const atHome = await packed.queries.personsOf(home as string);
    expect(atHome).toHaveLength(90 - 1 + 1);
    expect(atHome.at(-1)).toMatchObject({ id: renamed, name: 'Zz Terakhir' });
    expect(idsOf(atHome)).not.toContain(movedOut);
    expect(idsOf(atHome)).toContain(movedIn);
    const atOther = await packed.queries.personsOf(other as string);
    expect(atOther[0]).toMatchObject({ id: movedOut, name: 'Aa Pertama' });
    expect(idsOf(atOther)).not.toContain(movedIn);
    expect(await packed.queries.memberCounts()).toEqual(await plain.queries.memberCounts());
    expect(await packed.queries.memberCounts()).toEqual(new Map([[home, 90], [other, 10]]));
  });

  it('measurements and visits: date changed (new order) and moved to another child or household', async () => {
    const { packed, plain } = twins();
    const made: string[][] = [];
    for (const device of [packed, plain]) {
      const bulk = device === packed;
      const [home, next] = await createAll(device, 'household', [householdFields('Siti'), householdFields('Rina')], bulk);
      const [ayu, bima] = await createAll(
        device,
        'person',
        [
          { villageCode: village, householdId: home as string, name: 'Ayu', sex: 'F', relation: 'anak', birthDate: '2024-01-10' },
          { villageCode: village, householdId: home as string, name: 'Bima', sex: 'M', relation: 'anak', birthDate: '2023-05-02' },
        ],
        bulk,
      );
      const months = Array.from({ length: 24 }, (_, index) => `20${24 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15`);
      const measurements = await createAll(
        device,
        'measurement',
        months.map((date, index) => ({ villageCode: village, personId: (index % 4 === 3 ? bima : ayu) as string, date, weightKg: 5 + index / 4 })),
        bulk,
      );
      const visits = await createAll(
        device,
        'visit',
        months.map((date, index) => ({ villageCode: village, householdId: (index % 5 === 4 ? next : home) as string, date })),
        bulk,
      );
      made.push([home as string, next as string, ayu as string, bima as string, ...measurements, ...visits]);
    }
    expect(made[0]).toEqual(made[1]);
    const [home, next, ayu, bima, ...rest] = made[0] as string[];
    const measurements = rest.slice(0, 24);
    const visits = rest.slice(24);
    expect((await packsOf(packed.db, 'measurement')).map((pack) => pack.rows.length)).toEqual(packSizes(24));
    expect((await packsOf(packed.db, 'visit')).map((pack) => pack.rows.length)).toEqual(packSizes(24));

    for (const device of [packed, plain]) {
      device.time.advance(60_000);
      await ok(device.repos.update('measurement', measurements[0] as string, { date: '2026-01-01' })); // first -> last
      await ok(device.repos.update('measurement', measurements[1] as string, { personId: bima as string }));
      await ok(device.repos.update('measurement', measurements[2] as string, { weightKg: 9.99 })); // same place
      await ok(device.repos.update('visit', visits[10] as string, { date: '2023-12-01' })); // -> first
      await ok(device.repos.update('visit', visits[0] as string, { householdId: next as string }));
    }

    for (const child of [ayu, bima] as string[]) {
      const list = await packed.queries.measurementsOf(child);
      expect(list).toEqual(await plain.queries.measurementsOf(child));
      expect(duplicates(idsOf(list))).toEqual([]);
    }
    const ofAyu = await packed.queries.measurementsOf(ayu as string);
    expect(ofAyu.at(-1)).toMatchObject({ id: measurements[0], date: '2026-01-01' });
    expect(idsOf(ofAyu)).not.toContain(measurements[1]);
    expect(ofAyu.filter((m) => m.id === measurements[2])).toEqual([expect.objectContaining({ weightKg: 9.99 })]);
    expect(idsOf(await packed.queries.measurementsOf(bima as string))).toContain(measurements[1]);

    for (const household of [home, next] as string[]) {
      const list = await packed.queries.visitsOf(household);
      expect(list).toEqual(await plain.queries.visitsOf(household));
      expect(duplicates(idsOf(list))).toEqual([]);
    }
    const atHome = await packed.queries.visitsOf(home as string);
    expect(atHome[0]).toMatchObject({ id: visits[10], date: '2023-12-01' });
    expect(idsOf(atHome)).not.toContain(visits[0]);
    expect(idsOf(await packed.queries.visitsOf(next as string))).toContain(visits[0]);
  });

  it('remove() of a packed record: left out of lists, listed once with includeDeleted; restore brings it back once', async () => {
    const { packed, plain } = twins();
    const ids = await createAll(packed, 'household', householdList(), true);
    await createAll(plain, 'household', householdList(), false);
    const gone = ids[2] as string;
    for (const device of [packed, plain]) await ok(device.repos.remove('household', gone));

    expect(await packed.repos.get('household', gone)).toMatchObject({ deleted: true });
    const listed = await packed.queries.list('household');
    expect(listed).toHaveLength(44);
    expect(idsOf(listed)).not.toContain(gone);
    const withDeleted = await packed.queries.list('household', { includeDeleted: true });
    expect(withDeleted).toHaveLength(45);
    expect(withDeleted.filter((household) => household.id === gone)).toEqual([expect.objectContaining({ deleted: true })]);
    expect(idsOf(await packed.queries.householdsOf(village))).not.toContain(gone);
    const villageWithDeleted = await packed.queries.householdsOf(village, undefined, { includeDeleted: true });
    expect(villageWithDeleted).toEqual(await plain.queries.householdsOf(village, undefined, { includeDeleted: true }));
    expect(idsOf(villageWithDeleted).filter((id) => id === gone)).toHaveLength(1);
    // A removed record cannot be edited even though its pack copy says deleted: false.
    expect(await packed.repos.update('household', gone, { rt: '009' })).toEqual({ ok: false, reason: 'deleted' });

    await ok(packed.repos.restore('household', gone));
    const restored = await packed.queries.list('household');
    expect(restored).toHaveLength(45);
    expect(idsOf(restored).filter((id) => id === gone)).toHaveLength(1);
  });
});

describe('record store: single-field indexes (meetings)', () => {
  it('listBy meetingId and actionItemsWithStatus over packed items, and a status change moves the item', async () => {
    const { packed, plain } = twins();
    const made: string[][] = [];
    const outreachId = '01890a5d-ac96-774b-bcce-b302099a8051';
    for (const device of [packed, plain]) {
      const bulk = device === packed;
      const meetings = await createAll(
        device,
        'meeting',
        [
          { villageCode: village, title: 'Rapat Januari', date: '2025-01-10' },
          { villageCode: village, title: 'Rapat Februari', date: '2025-02-10' },
        ],
        bulk,
      );
      const statuses = ['rencana', 'berjalan', 'selesai', 'batal'] as const;
      const items = await createAll(
        device,
        'actionItem',
        Array.from({ length: 30 }, (_, index) => ({
          villageCode: village,
          meetingId: meetings[index % 3 === 0 ? 1 : 0] as string,
          what: `Tindak lanjut ${index}`,
          who: 'Bidan Desa',
          status: statuses[index % 4] as (typeof statuses)[number],
          dueDate: `2025-03-${String(28 - (index % 28)).padStart(2, '0')}`,
        })),
        bulk,
      );
      const attendance = await createAll(
        device,
        'attendance',
        Array.from({ length: 25 }, (_, index) => ({
          villageCode: village,
          // Every fifth is at an outreach session: no meetingId, so no meetingId index key.
          ...(index % 5 === 4 ? { outreachId } : { meetingId: meetings[index % 2] as string }),
          name: `Peserta ${index}`,
          status: 'hadir' as const,
        })),
        bulk,
      );
      made.push([...meetings, ...items, ...attendance]);
    }
    expect(made[0]).toEqual(made[1]);
    const [first, second, ...rest] = made[0] as string[];
    const items = rest.slice(0, 30);
    const attendance = rest.slice(30);
    expect((await packsOf(packed.db, 'actionItem')).map((pack) => pack.rows.length)).toEqual(packSizes(30));
    expect((await packsOf(packed.db, 'attendance')).map((pack) => pack.rows.length)).toEqual(packSizes(25));
    // The pack's index keys leave out the rows without a meetingId (as IndexedDB would).
    const attendanceKeys = (await packsOf(packed.db, 'attendance')).flatMap((pack) => pack.keys);
    expect(attendanceKeys).toHaveLength(20);

    const compare = async () => {
      for (const meeting of [first, second] as string[]) {
        expect(await packed.queries.listBy('actionItem', 'meetingId', meeting)).toEqual(await plain.queries.listBy('actionItem', 'meetingId', meeting));
        expect(await packed.queries.listBy('attendance', 'meetingId', meeting)).toEqual(await plain.queries.listBy('attendance', 'meetingId', meeting));
      }
      for (const status of ['rencana', 'berjalan', 'selesai', 'batal']) {
        expect(await packed.queries.actionItemsWithStatus(status)).toEqual(await plain.queries.actionItemsWithStatus(status));
        expect(await packed.queries.listBy('actionItem', 'status', status)).toEqual(await plain.queries.listBy('actionItem', 'status', status));
      }
    };
    await compare();
    expect(await packed.queries.listBy('actionItem', 'meetingId', first as string)).toHaveLength(20);
    expect(await packed.queries.listBy('attendance', 'meetingId', first as string)).toHaveLength(10);
    expect(await packed.queries.listBy('attendance', 'meetingId', outreachId)).toEqual([]);
    expect(idsOf(await packed.queries.actionItemsWithStatus('rencana'))).toHaveLength(8);

    const changed = items[4] as string; // rencana
    const movedItem = items[1] as string; // first meeting -> second
    const skipped = attendance[2] as string;
    for (const device of [packed, plain]) {
      device.time.advance(60_000);
      await ok(device.repos.update('actionItem', changed, { status: 'selesai', progressNotes: 'Sudah' }));
      await ok(device.repos.update('actionItem', movedItem, { meetingId: second as string }));
      await ok(device.repos.remove('attendance', skipped));
    }
    await compare();
    const planned = await packed.queries.actionItemsWithStatus('rencana');
    expect(idsOf(planned)).not.toContain(changed);
    expect(planned).toHaveLength(7);
    const done = await packed.queries.actionItemsWithStatus('selesai');
    expect(done.filter((item) => item.id === changed)).toEqual([expect.objectContaining({ status: 'selesai', progressNotes: 'Sudah' })]);
    expect(idsOf(await packed.queries.listBy('actionItem', 'meetingId', first as string))).not.toContain(movedItem);
    expect(idsOf(await packed.queries.listBy('actionItem', 'meetingId', second as string)).filter((id) => id === movedItem)).toHaveLength(1);
    expect(idsOf(await packed.queries.listBy('attendance', 'meetingId', first as string))).not.toContain(skipped);
    expect(await packed.queries.listBy('attendance', 'meetingId', first as string, { includeDeleted: true })).toHaveLength(10);
  });
});

describe('record store: delete (a discarded create)', () => {
  it('rewrites the pack without the record; the last record of a pack takes the pack with it', async () => {
    const device = makeFullDevice();
    // Twice the list (90 households, 82 in the village): at least three packs.
    const ids = await createAll(device, 'household', [...householdList(), ...householdList()], true);
    const before = await packsOf(device.db, 'household');
    expect(before.length).toBeGreaterThanOrEqual(3);
    const first = before[0] as ReadPack;
    const second = before[1] as ReadPack;
    const last = before.at(-1) as ReadPack;

    const gone = first.ids[1] as string; // ids[1]: in the village
    await device.records.delete('household', gone);
    const after = await packsOf(device.db, 'household');
    expect(after).toHaveLength(before.length);
    expect(after[0]).toEqual({ pk: first.pk, rows: first.rows.filter((row) => row.id !== gone), ids: first.ids.filter((id) => id !== gone), keys: first.keys.filter((key) => key.at(-1) !== gone) });
    expect(after[0]?.keys).toHaveLength(first.rows.length - 1);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(await device.records.get('household', gone)).toBeUndefined();
    expect(await device.records.bulkGet('household', [gone, first.ids[0] as string])).toEqual([undefined, first.rows[0]]);
    expect(idsOf(await device.records.all('household'))).toEqual(ids.filter((id) => id !== gone).sort());
    const listed = await device.queries.householdsOf(village);
    expect(listed).toHaveLength(81);
    expect(idsOf(listed)).not.toContain(gone);
    expect(await device.queries.householdsOf(village, undefined, { includeDeleted: true })).toEqual(listed);

    // A packed record that was edited since: both its row and its pack copy go.
    const edited = second.ids[2] as string;
    await ok(device.repos.update('household', edited, { headName: 'Aaron' }));
    await device.records.delete('household', edited);
    expect(await device.db.household.get(edited)).toBeUndefined();
    expect((await packsOf(device.db, 'household'))[1]?.ids).toEqual(second.ids.filter((id) => id !== edited));
    expect(await device.repos.get('household', edited)).toBeUndefined();
    expect(idsOf(await device.queries.householdsOf(village, undefined, { includeDeleted: true }))).not.toContain(edited);

    for (const id of last.ids) await device.records.delete('household', id);
    const left = await packsOf(device.db, 'household');
    expect(left.map((pack) => pack.pk)).toEqual(before.slice(0, -1).map((pack) => pack.pk));
    expect(await device.records.all('household')).toHaveLength(90 - 2 - last.ids.length);
    for (const id of last.ids) expect(await device.records.get('household', id)).toBeUndefined();
  });

  it('discarding one refused create of a bulk import removes it from its pack only', async () => {
    const time = manualTime();
    const server = createFakeServer({ now: time.now, scope: (code) => code === village });
    const device = makeSyncDevice({ fetch: server.fetch, time, nodeId: 'a0000000000000aa' });
    opened.push(device.db);
    const result = await device.repos.createMany('household', [householdFields('Siti', { villageCode: otherVillage }), householdFields('Budi', { villageCode: otherVillage }), householdFields('Ani', { villageCode: otherVillage })]);
    if (!result.ok) throw new Error('createMany failed');
    expect(await packsOf(device.db, 'household')).toHaveLength(1);
    await device.engine.syncOnce();
    const rejected = device.status.getSnapshot().rejected;
    expect(rejected).toHaveLength(3);
    const refused = rejected.find((change) => change.recordId === result.ids[1]);
    expect(await device.engine.discard(refused?.seq as number)).toBe(true);
    expect(await device.repos.get('household', result.ids[1] as string)).toBeUndefined();
    const [pack] = await packsOf(device.db, 'household');
    expect(pack?.ids).toEqual([result.ids[0], result.ids[2]]);
    expect((await device.queries.householdsOf(otherVillage)).map((household) => household.headName)).toEqual(['Ani', 'Siti']);
    expect(await device.db.household.count()).toBe(0);
  });
});

/** A hand-made row (record-store.ts does not validate). */
function row(kind: RecordKind, id: string, fields: Record<string, unknown>): Row {
  return { ...fields, ...deriveIndexFields(kind, fields), id, stamps: {} } as Row;
}

describe('record store: lastId', () => {
  it('is the greatest id over rows and packs', async () => {
    const { records, db } = makeFullDevice();
    expect(await records.lastId('household')).toBeUndefined();
    await records.addNew('household', ['b1', 'a9', 'c2'].map((id) => row('household', id, { headName: id })));
    expect(await records.lastId('household')).toBe('c2');
    await records.addNew('household', [row('household', 'c1', { headName: 'x' })]); // one alone: a row
    expect(await rowIdsOf(db, 'household')).toEqual(['c1']);
    expect(await records.lastId('household')).toBe('c2');
    await records.put('household', [row('household', 'd0', { headName: 'x' })]);
    expect(await records.lastId('household')).toBe('d0');
    await records.addNew('household', ['e5', 'e1'].map((id) => row('household', id, { headName: id })));
    expect(await records.lastId('household')).toBe('e5');
    await records.delete('household', 'e5');
    expect(await records.lastId('household')).toBe('e1');
    await records.delete('household', 'e1');
    expect(await records.lastId('household')).toBe('d0');
    expect(await records.lastId('person')).toBeUndefined();
  });
});

describe('record store: fieldSetAt and memberCounts', () => {
  it('mix packed, shadowed and row records', async () => {
    const device = makeFullDevice();
    const day = 86_400_000;
    const t0 = device.time.now();
    const [home, other] = await createAll(device, 'household', [householdFields('Siti', { phone: '081234567890' }), householdFields('Rina')], true);
    const people = await createAll(
      device,
      'person',
      ['Ayu', 'Bima', 'Citra', 'Dodi', 'Eka'].map((name, index) => ({ villageCode: village, householdId: (index < 3 ? home : other) as string, name, sex: 'F' as const, relation: 'anak' as const, ...(index % 2 === 0 ? { phone: '081200000000' } : {}) })),
      true,
    );
    device.time.advance(day);
    const t1 = device.time.now();
    await ok(device.repos.update('person', people[0] as string, { phone: '081211111111' })); // shadowed, phone newly set
    await ok(device.repos.update('person', people[1] as string, { householdId: other as string })); // shadowed, moved, no phone
    await ok(device.repos.remove('person', people[2] as string)); // shadowed tombstone
    await ok(device.repos.update('household', other as string, { phone: '081277777777' }));
    device.time.advance(day);
    const t2 = device.time.now();
    const [single] = await createAll(device, 'person', [{ villageCode: village, householdId: home as string, name: 'Fajar', sex: 'M', relation: 'anak', phone: '081233333333' }], false);
    expect(await device.db.person.count()).toBe(4);

    const iso = (ms: number) => new Date(ms).toISOString();
    expect(await device.queries.fieldSetAt('person', 'phone')).toEqual(
      new Map([
        [people[0], iso(t1)],
        [people[4], iso(t0)],
        [single, iso(t2)],
      ]),
    );
    expect(await device.queries.fieldSetAt('person', 'householdId')).toEqual(
      new Map([
        [people[0], iso(t0)],
        [people[1], iso(t1)],
        [people[3], iso(t0)],
        [people[4], iso(t0)],
        [single, iso(t2)],
      ]),
    );
    expect(await device.queries.fieldSetAt('household', 'phone')).toEqual(
      new Map([
        [home, iso(t0)],
        [other, iso(t1)],
      ]),
    );
    expect(await device.queries.memberCounts()).toEqual(
      new Map([
        [home, 2],
        [other, 3],
      ]),
    );
  });
});

describe('record store: ranges over rows without a valid index key', () => {
  const child = '01890a5d-ac96-774b-bcce-b302099a80c1';
  const home = '01890a5d-ac96-774b-bcce-b302099a80b1';
  /** Measurement rows as pulled changes can leave them: some without personId or date, or with null. */
  const measurementRows = () => [
    row('measurement', 'm01', { personId: child, date: '2024-03-01' }),
    row('measurement', 'm02', { personId: child }),
    row('measurement', 'm03', { personId: child, date: null }),
    row('measurement', 'm04', { date: '2024-01-01' }),
    row('measurement', 'm05', { personId: null, date: '2024-01-01' }),
    row('measurement', 'm06', { personId: child, date: '2024-02-01' }),
    row('measurement', 'm07', { personId: child, date: '' }),
    row('measurement', 'm08', { personId: `${child}x`, date: '2024-02-01' }),
    row('measurement', 'm09', { personId: child, date: 20240101 }),
    row('measurement', 'm10', { personId: child, date: Number.NaN }),
    row('measurement', 'm11', { personId: child, date: true }),
    row('measurement', 'm12', { notes: 'only a note' }),
  ];
  const personRows = () => [
    row('person', 'p1', { householdId: home, name: 'Zaki' }),
    row('person', 'p2', { householdId: home }), // $sortName '' (no name)
    row('person', 'p3', { name: 'Ayu' }),
    row('person', 'p4', { householdId: null, name: 'Budi' }),
    row('person', 'p5', { householdId: home, name: '  ayu  ' }),
  ];

  it('a packed row is returned by a range exactly when the row table would return it', async () => {
    const packed = makeFullDevice();
    const plain = makeFullDevice();
    await packed.records.addNew('measurement', measurementRows());
    await plain.records.put('measurement', measurementRows());
    await packed.records.addNew('person', personRows());
    await plain.records.put('person', personRows());
    expect(await packed.db.measurement.count()).toBe(0);

    const ranges: [unknown, unknown][] = [
      [[child, ''], [child, '\uffff']],
      [[child, 0], [child, '\uffff']],
      [[child, -Infinity], [child, []]],
      [[child, '2024-02-01'], [child, '2024-02-01']],
      [[child], [child, []]],
      [[''], [[]]],
    ];
    for (const [low, high] of ranges) {
      const fromPacks = await packed.records.range('measurement', '[personId+date]', low, high);
      expect(idsOf(fromPacks), JSON.stringify([low, high])).toEqual(idsOf(await plain.records.range('measurement', '[personId+date]', low, high)));
    }
    // Numbers sort before strings: m09 (date 20240101) is below the [child, ''] of measurementsOf.
    expect(idsOf(await packed.queries.measurementsOf(child))).toEqual(['m07', 'm06', 'm01']);
    expect(await packed.queries.measurementsOf(child)).toEqual(await plain.queries.measurementsOf(child));
    expect(await packed.queries.personsOf(home)).toEqual(await plain.queries.personsOf(home));
    expect(idsOf(await packed.queries.personsOf(home))).toEqual(['p2', 'p5', 'p1']);
    expect(await packed.records.all('measurement')).toEqual(await plain.records.all('measurement'));
  });

  it('an edit that gives a packed row its missing key brings it into the range once', async () => {
    const device = makeFullDevice();
    await device.records.addNew('measurement', measurementRows());
    await device.records.put('measurement', [{ ...(measurementRows()[1] as Row), date: '2024-01-15' }]);
    await device.records.put('measurement', [{ ...(measurementRows()[0] as Row), personId: null }]);
    expect(idsOf(await device.queries.measurementsOf(child))).toEqual(['m07', 'm02', 'm06']);
  });
});

describe('record store: pulled and snapshot records', () => {
  const nodeId = 'c0000000000000cc';
  it('records new to the device are packed, known ones get their row; pulled edits shadow the packs', async () => {
    const device = makeFullDevice();
    const [known] = await createAll(device, 'household', [householdFields('Lokal')], false);
    const stampAt = (counter: number) => formatStamp({ ms: device.time.now(), counter, nodeId });
    const fresh = Array.from({ length: 25 }, (_, index) => `01890a5d-ac96-774b-bcce-b3020${String(index).padStart(7, '0')}`);
    const recordOf = (id: string, headName: string, counter: number) => {
      const fields = { ...householdFields(headName), createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deleted: false };
      const stamp = stampAt(counter);
      return { kind: 'household', id, villageCode: village, fields, stamps: Object.fromEntries(Object.keys(fields).map((field) => [field, stamp])) };
    };
    const page = [...fresh.map((id, index) => recordOf(id, `Remote ${String(index).padStart(2, '0')}`, 1)), recordOf(known as string, 'Lokal Baru', 2)].sort((a, b) => (a.id < b.id ? -1 : 1));
    await applySnapshotPage(device.db, device.clock, page, 10, null);

    expect((await packsOf(device.db, 'household')).map((pack) => pack.rows.length)).toEqual(packSizes(25, PULLED_PACK_SIZE));
    // Packs written by sync keep their rows as JSON text (read back one record at a time).
    const stored = await device.db.table<Pack, number>(packTableName('household')).toArray();
    expect(stored.flatMap((pack) => pack.rows).every((row) => typeof row === 'string')).toBe(true);
    expect(await rowIdsOf(device.db, 'household')).toEqual([known]);
    expect(await device.records.lastId('household')).toBe([known as string, ...fresh].sort().at(-1));
    expect(await device.queries.householdsOf(village)).toHaveLength(26);

    // A second snapshot of the same records (a restarted snapshot) adds nothing.
    await applySnapshotPage(device.db, device.clock, page, 10, null);
    expect((await packsOf(device.db, 'household')).map((pack) => pack.rows.length)).toEqual(packSizes(25, PULLED_PACK_SIZE));
    expect(await device.records.all('household')).toHaveLength(26);

    const target = fresh[3] as string;
    await applyPulledPage(device.db, device.clock, [{ seq: 11, kind: 'household', id: target, villageCode: village, stamp: stampAt(5), fields: { headName: 'Aaa Pertama' } }], 11);
    expect(await device.db.household.get(target)).toMatchObject({ headName: 'Aaa Pertama', dusun: 'Krajan', $sortName: 'aaa pertama' });
    const listed = await device.queries.householdsOf(village);
    expect(listed).toHaveLength(26);
    expect(listed[0]).toMatchObject({ id: target, headName: 'Aaa Pertama' });
    expect(listed.filter((household) => household.id === target)).toHaveLength(1);

    // Pulled changes for several unknown records: packed, and only the fields they carry.
    const unknown = ['01890a5d-ac96-774b-bcce-c30200000001', '01890a5d-ac96-774b-bcce-c30200000002'];
    await applyPulledPage(
      device.db,
      device.clock,
      unknown.map((id, index) => ({ seq: 12 + index, kind: 'measurement', id, villageCode: village, stamp: stampAt(6 + index), fields: { notes: 'catatan' } })),
      13,
    );
    expect((await packsOf(device.db, 'measurement')).map((pack) => pack.ids)).toEqual([unknown]);
    expect(await device.records.get('measurement', unknown[0] as string)).toMatchObject({ notes: 'catatan' });
    expect(await device.records.range('measurement', '[personId+date]', [''], [[]])).toEqual([]);
  });
});

describe('record store: schema version 5', () => {
  it('opens version 4 data as version 5: rows kept, pack tables present and empty, new bulk writes packed', async () => {
    const indexedDB = new IDBFactory();
    const stamp = 'lqz8k3b0a0000k3j9x0m1q2w3e4r5';
    const ids = ['01890a5d-ac96-774b-bcce-b302099a8051', '01890a5d-ac96-774b-bcce-b302099a8052'];
    const v4 = createDatabase('upgrade-v5', { indexedDB, IDBKeyRange, version: 4 });
    opened.push(v4);
    const fields = (headName: string) => ({ villageCode: village, headName, dusun: 'Krajan', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', deleted: false });
    await v4.household.bulkAdd(ids.map((id, index) => ({ ...fields(index === 0 ? 'Wati' : 'Budi'), $sortName: index === 0 ? 'wati' : 'budi', id, stamps: { '*': stamp } })));
    await v4.person.add({ villageCode: village, householdId: ids[0] as string, name: 'Ayu', $sortName: 'ayu', id: ids[1] as string, stamps: { '*': stamp } });
    const before = { household: await v4.household.toArray(), person: await v4.person.toArray() };
    expect(v4.tables.map((table) => table.name)).not.toContain('householdPacks');
    v4.close();

    // Version 5 itself (version 6 only adds the drafts table: database-upgrade.test.ts).
    const current = createDatabase('upgrade-v5', { indexedDB, IDBKeyRange, version: 5 });
    opened.push(current);
    expect(await current.household.toArray()).toEqual(before.household);
    expect(current.verno).toBe(5);
    expect(await current.person.toArray()).toEqual(before.person);
    for (const kind of recordKinds) {
      expect(await current.table(packTableName(kind)).count(), kind).toBe(0);
      expect(current.table(packTableName(kind)).schema.indexes.map((index) => index.name).sort()).toEqual(['ids', 'keys']);
    }
    const queries = createQueries<RecordSchemas>(current);
    expect((await queries.householdsOf(village)).map((household) => household.headName)).toEqual(['Budi', 'Wati']);
    expect((await queries.personsOf(ids[0] as string)).map((person) => person.name)).toEqual(['Ayu']);

    const time = manualTime();
    const repos = createRepositories({ db: current, schemas: recordSchemas, clock: createDeviceClock({ nodeId: 'a0000000000000aa', wallNow: time.now }), newId: createUuidV7Generator(time.now, seededBytes(5)) });
    const made = await repos.createMany('household', [householdFields('Citra'), householdFields('Ani')]);
    expect(made.ok).toBe(true);
    expect(await current.table(packTableName('household')).count()).toBe(1);
    expect((await queries.householdsOf(village)).map((household) => household.headName)).toEqual(['Ani', 'Budi', 'Citra', 'Wati']);
  });
});

describe('record store: bulkGet over a large row table', () => {
  it('past 2,000 rows it asks rows and packs per id and still gives the live row', async () => {
    const device = makeFullDevice();
    const rowIds = Array.from({ length: 2_001 }, (_, index) => `r${String(index).padStart(5, '0')}`);
    await device.records.put('household', rowIds.map((id) => row('household', id, { headName: `Row ${id}` })));
    const packIds = Array.from({ length: 30 }, (_, index) => `p${String(index).padStart(5, '0')}`);
    await device.records.addNew('household', packIds.map((id) => row('household', id, { headName: `Pack ${id}` })));
    // A packed record written since: its row shadows the pack copy.
    await device.records.put('household', [row('household', 'p00003', { headName: 'Edited' })]);
    const asked = ['p00001', 'r02000', 'p00003', 'missing', 'r00000'];
    const got = await device.records.bulkGet('household', asked);
    expect(got.map((found) => found?.headName ?? null)).toEqual(['Pack p00001', 'Row r02000', 'Edited', null, 'Row r00000']);
  });
});
