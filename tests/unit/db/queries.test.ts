import { afterEach, describe, expect, it } from 'vitest';
import { householdFields, makeDevice, village } from './support.ts';
import type { TestDevice } from './support.ts';

let device: TestDevice;
afterEach(() => device?.db.close());

async function household(headName: string, extra: Record<string, unknown> = {}) {
  const result = await device.repos.create('household', householdFields(headName, extra));
  if (!result.ok) throw new Error('create failed');
  return result.id;
}

describe('queries', () => {
  it('households of a village, by dusun, sorted by name, tombstones left out', async () => {
    device = makeDevice();
    await household('Wati');
    const removed = await household('Adi');
    await household('budi', { dusun: 'Sumber' });
    await device.repos.create('household', householdFields('Other', { villageCode: '3302012002' }));
    await device.repos.remove('household', removed);
    expect((await device.queries.householdsOf(village)).map((h) => h.headName)).toEqual(['budi', 'Wati']);
    expect((await device.queries.householdsOf(village, 'Krajan')).map((h) => h.headName)).toEqual(['Wati']);
    expect(await device.queries.householdsOf(village, undefined, { includeDeleted: true })).toHaveLength(3);
  });

  it('persons of a household sorted by name, and member counts', async () => {
    device = makeDevice();
    const home = await household('Siti');
    const other = await household('Rina');
    for (const name of ['Zahra', 'Ahmad']) {
      await device.repos.create('person', { villageCode: village, householdId: home, name, sex: 'F', relation: 'anak' });
    }
    await device.repos.create('person', { villageCode: village, householdId: other, name: 'Bayu', sex: 'M', relation: 'kepala-keluarga' });
    expect((await device.queries.personsOf(home)).map((p) => p.name)).toEqual(['Ahmad', 'Zahra']);
    expect(await device.queries.memberCounts()).toEqual(new Map([[home, 2], [other, 1]]));
  });

  it('measurements of a child, oldest first', async () => {
    device = makeDevice();
    const home = await household('Siti');
    const child = await device.repos.create('person', { villageCode: village, householdId: home, name: 'Ayu', sex: 'F', relation: 'anak', birthDate: '2024-01-10' });
    if (!child.ok) throw new Error('create failed');
    for (const date of ['2024-12-01', '2024-10-01', '2024-11-01']) {
      const made = await device.repos.create('measurement', { villageCode: village, personId: child.id, date, weightKg: 8.5 });
      expect(made.ok).toBe(true);
    }
    expect((await device.queries.measurementsOf(child.id)).map((m) => m.date)).toEqual(['2024-10-01', '2024-11-01', '2024-12-01']);
  });
});

describe('fieldSetAt', () => {
  const day = 24 * 60 * 60 * 1000;

  it('gives when a field was last set, from its stamp: an edit of another field does not move it', async () => {
    device = makeDevice();
    const created = device.time.now();
    const home = await household('Siti', { phone: '081234567890' });
    const gone = await household('Adi', { phone: '081200000000' });
    await device.repos.remove('household', gone);
    device.time.advance(36 * day);
    expect((await device.repos.update('household', home, { notes: 'Pindah RT bulan depan' })).ok).toBe(true);
    const noted = device.time.now();
    expect(await device.queries.fieldSetAt('household', 'phone')).toEqual(new Map([[home, new Date(created).toISOString()]]));
    expect(await device.queries.fieldSetAt('household', 'notes')).toEqual(new Map([[home, new Date(noted).toISOString()]]));
    expect((await device.repos.get('household', home))?.updatedAt).toBe(new Date(noted).toISOString());

    device.time.advance(3 * day);
    expect((await device.repos.update('household', home, { phone: '081299999999' })).ok).toBe(true);
    expect(await device.queries.fieldSetAt('household', 'phone')).toEqual(new Map([[home, new Date(device.time.now()).toISOString()]]));
    // A field the record never had has no time.
    expect(await device.queries.fieldSetAt('household', 'noSuchField')).toEqual(new Map());
  });
});
