// A full phone (issue #12, finding 9): IndexedDB refusing a write for lack of space is a save
// failure 'storage-full' (reported to the status store), not an exception; nothing written
// before is touched. The refusal is simulated on fake-indexeddb's object stores.
import { Dexie } from 'dexie';
import { IDBObjectStore as FakeStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../../src/db/repositories.ts';
import { isQuotaError } from '../../../src/db/storage-errors.ts';
import { createUuidV7Generator } from '../../../src/db/ids.ts';
import { householdFields, makeDevice, outboxChanges, seededBytes, testSchemas } from './support.ts';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const originals = { add: FakeStore.prototype.add, put: FakeStore.prototype.put };

function fillThePhone(): void {
  FakeStore.prototype.add = function () {
    throw quota();
  };
  FakeStore.prototype.put = function () {
    throw quota();
  };
}

const devices: { db: { close(): void } }[] = [];
afterEach(() => {
  FakeStore.prototype.add = originals.add;
  FakeStore.prototype.put = originals.put;
  devices.splice(0).forEach((device) => device.db.close());
});

describe('isQuotaError', () => {
  it('knows the browser error and the ways Dexie wraps it', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', [quota()]))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'UnknownError')))).toBe(false);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('a save on a full phone', () => {
  it('answers storage-full, reports it, and leaves every earlier record and outbox entry as it was', async () => {
    const device = makeDevice();
    devices.push(device);
    const reports: boolean[] = [];
    const repos = createRepositories({ db: device.db, schemas: testSchemas, clock: device.clock, newId: createUuidV7Generator(device.time.now, seededBytes(9)), onStorage: (full) => reports.push(full) });
    const saved = await device.repos.create('household', householdFields('Siti'));
    if (!saved.ok) throw new Error('create failed');
    const before = await outboxChanges(device.db);

    fillThePhone();
    expect(await repos.create('household', householdFields('Wati'))).toEqual({ ok: false, reason: 'storage-full' });
    expect(await repos.update('household', saved.id, { rt: '009' })).toEqual({ ok: false, reason: 'storage-full' });
    expect(await repos.createMany('household', [householdFields('A'), householdFields('B')])).toEqual({ ok: false, reason: 'storage-full' });
    expect(reports).toEqual([true, true, true]);

    FakeStore.prototype.add = originals.add;
    FakeStore.prototype.put = originals.put;
    expect(await device.repos.get('household', saved.id)).toMatchObject({ headName: 'Siti', rt: '001' });
    expect(await device.queries.list('household', { includeDeleted: true })).toHaveLength(1);
    expect(await outboxChanges(device.db)).toEqual(before);

    // Space freed: "Simpan" again works and clears the report.
    expect(await repos.update('household', saved.id, { rt: '009' })).toMatchObject({ ok: true });
    expect(reports.at(-1)).toBe(false);
  });
});
