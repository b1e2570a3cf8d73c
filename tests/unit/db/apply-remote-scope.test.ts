// Issue #12, finding 1, on the device: a pulled change that moves a record outside the
// signed-in account's scope makes it stop showing (unless an unsent change of it waits in the
// outbox: nothing typed is dropped); a pulled whole record (a move into scope, with per-field
// stamps) is merged field by field as a snapshot record is.
import { afterEach, describe, expect, it } from 'vitest';
import { applyPulledPage } from '../../../src/db/apply-remote.ts';
import { writeMeta } from '../../../src/db/meta.ts';
import { recordsOf } from '../../../src/db/record-store.ts';
import { fromRow } from '../../../src/db/rows.ts';
import { formatStamp } from '../../../src/sync/hlc.ts';
import type { PulledChange } from '../../../src/sync/protocol.ts';
import { householdFields, makeDevice, village } from './support.ts';
import type { TestDevice } from './support.ts';

const otherVillage = '3302012002';
const remote = 'r000000000000009';
const at = Date.UTC(2025, 0, 15, 7);
const stampAt = (offsetMs: number) => formatStamp({ ms: at + offsetMs, counter: 0, nodeId: remote });
const iso = new Date(at).toISOString();

let device: TestDevice;
afterEach(() => device?.db.close());

async function signedInFor(villages: string[]) {
  await writeMeta(device.db, 'session', {
    token: 't', deviceId: 'd', signedInAt: iso, expired: false,
    user: { id: 'u', username: 'siti', displayName: 'Siti', role: 'kader', kaderKind: 'tpk', scope: { villages } },
  });
}

const created = (id: string, headName: string): PulledChange => ({
  seq: 1, kind: 'household', id, villageCode: village, stamp: stampAt(0),
  fields: { ...householdFields(headName), createdAt: iso, updatedAt: iso, deleted: false },
});
const movedAway = (id: string, seq: number): PulledChange => ({
  seq, kind: 'household', id, villageCode: otherVillage, stamp: stampAt(1000), fields: { villageCode: otherVillage, updatedAt: iso },
});

describe('a record moved outside the session scope', () => {
  it('stops showing on the device', async () => {
    device = makeDevice();
    await signedInFor([village]);
    const id = '0192f0aa-1111-7000-8000-000000000001';
    await applyPulledPage(device.db, device.clock, [created(id, 'Siti Aminah')], 1);
    expect((await device.queries.list('household')).map((h) => h.id)).toEqual([id]);
    await applyPulledPage(device.db, device.clock, [movedAway(id, 2)], 2);
    expect(await device.queries.list('household')).toEqual([]);
    expect(await device.repos.get('household', id)).toBeUndefined();
  });

  it('stays while an unsent change of it waits in the outbox', async () => {
    device = makeDevice();
    await signedInFor([village]);
    const id = '0192f0aa-1111-7000-8000-000000000002';
    await applyPulledPage(device.db, device.clock, [created(id, 'Siti Aminah')], 1);
    expect(await device.repos.update('household', id, { dusun: 'Kulon' })).toMatchObject({ ok: true });
    await applyPulledPage(device.db, device.clock, [movedAway(id, 2)], 2);
    expect(await device.repos.get('household', id)).toMatchObject({ dusun: 'Kulon', villageCode: otherVillage });
  });

  it('stays on a device without a session (no scope known)', async () => {
    device = makeDevice();
    const id = '0192f0aa-1111-7000-8000-000000000003';
    await applyPulledPage(device.db, device.clock, [created(id, 'Siti Aminah'), movedAway(id, 2)], 2);
    expect(await device.repos.get('household', id)).toMatchObject({ villageCode: otherVillage });
  });
});

describe('a record moved into the session scope', () => {
  it('arrives whole: every field with its own stamp, merged as a snapshot record', async () => {
    device = makeDevice();
    await signedInFor([otherVillage]);
    const id = '0192f0aa-1111-7000-8000-000000000004';
    const fields = { ...householdFields('Siti Aminah', { villageCode: otherVillage }), createdAt: iso, updatedAt: iso, deleted: false };
    const stamps = Object.fromEntries(Object.keys(fields).map((field) => [field, field === 'villageCode' || field === 'updatedAt' ? stampAt(1000) : stampAt(0)]));
    await applyPulledPage(device.db, device.clock, [{ seq: 7, kind: 'household', id, villageCode: otherVillage, stamp: stampAt(1000), fields, stamps }], 7);
    expect(await device.repos.get('household', id)).toMatchObject({ headName: 'Siti Aminah', villageCode: otherVillage, deleted: false, createdAt: iso });
    expect((await device.queries.list('household')).map((h) => h.id)).toEqual([id]);
    const row = await recordsOf(device.db).get('household', id);
    expect(row ? fromRow(row).stamps : undefined).toEqual(stamps);
  });
});
