// Runs one convergence scenario: the phones do the operations, then the network heals and
// every phone syncs until quiet; returns what the checks need.
import { recordsOf } from '../../../src/db/record-store.ts';
import { fromRow } from '../../../src/db/rows.ts';
import { householdSchema } from '../../../src/domain/household.ts';
import { personSchema } from '../../../src/domain/person.ts';
import type { StoreBackend } from '../../integration/helpers/stores.ts';
import { openSimDevice } from './sim-device.ts';
import type { SimDevice, SimWorld } from './sim-device.ts';
import type { Scenario, SimOp } from './sim-scenario.ts';
import { startSimServer } from './sim-server.ts';

export const simSchemas = { household: householdSchema, person: personSchema };
export const simKinds = ['household', 'person'] as const;
const village = '3302012001';

export type RecordState = { values: Record<string, unknown>; stamps: Record<string, string> };

async function liveIds(device: SimDevice, kind: 'household' | 'person'): Promise<string[]> {
  const rows = await recordsOf(device.db).all(kind);
  return rows.filter((row) => row.deleted !== true).map((row) => row.id).sort();
}

async function pickId(device: SimDevice, pick: number): Promise<string | undefined> {
  const ids = await liveIds(device, 'household');
  return ids.length === 0 ? undefined : ids[pick % ids.length];
}

async function write(device: SimDevice, op: SimOp): Promise<void> {
  if (op.type === 'create-household') await device.repos.create('household', { villageCode: village, headName: op.headName, dusun: 'Krajan' });
  if (op.type === 'create-many') {
    await device.repos.createMany('household', Array.from({ length: op.count }, (_, index) => ({ villageCode: village, headName: `Keluarga ${index}` })));
  }
  const id = 'pick' in op ? await pickId(device, op.pick) : undefined;
  if (id === undefined) return;
  if (op.type === 'create-person') await device.repos.create('person', { villageCode: village, householdId: id, name: op.name, sex: 'F', relation: 'anak' });
  if (op.type === 'edit') await device.repos.update('household', id, Object.fromEntries(op.edits.map((e) => [e.field, e.value])));
  if (op.type === 'delete') await device.repos.remove('household', id);
}

export async function deviceState(device: SimDevice): Promise<Map<string, RecordState>> {
  const state = new Map<string, RecordState>();
  for (const kind of simKinds) {
    for (const row of await recordsOf(device.db).all(kind)) {
      const { values: all, stamps } = fromRow(row);
      const { id: _id, ...values } = all;
      state.set(`${kind}:${row.id}`, { values, stamps });
    }
  }
  return state;
}

export async function runScenario(scenario: Scenario, backend: StoreBackend) {
  let time = Date.UTC(2026, 2, 1, 8);
  const world: SimWorld = { now: () => time, ledger: [], capturedPushes: [], voidedStamps: new Set(), server: undefined as never };
  world.server = await startSimServer(backend, simSchemas, world.now);
  const devices: SimDevice[] = [];
  try {
    for (const [index, skewMs] of scenario.skewsMs.entries()) devices.push(await openSimDevice(world, { index, skewMs, seed: index + 1, schemas: simSchemas }));
    for (const op of scenario.ops) {
      time += 1_000;
      if (op.type === 'advance') time += op.ms;
      else if (op.type === 'restart') await world.server.restart();
      else if (op.type === 'replay') {
        const body = world.capturedPushes[op.pick % Math.max(1, world.capturedPushes.length)];
        if (body) await world.server.fetch('http://sim.test/api/sync/push', { method: 'POST', body, headers: { authorization: 'Bearer convergence-token', 'content-type': 'application/json' } });
      } else if (op.type === 'sync') {
        const device = devices[op.device] as SimDevice;
        device.plan.splice(0, device.plan.length, ...op.plan);
        await device.engine.syncOnce();
      } else {
        const device = devices[op.device] as SimDevice;
        await write(device, op);
      }
    }
    // The network heals: every phone syncs until a whole round moves nothing.
    for (const device of devices) device.plan.length = 0;
    const outcomes = [];
    for (let round = 0; round < 3; round += 1) {
      time += 1_000;
      for (const device of devices) outcomes.push(await device.engine.syncOnce());
    }
    const states = await Promise.all(devices.map(deviceState));
    const outboxes = await Promise.all(devices.map((device) => device.db.outbox.count()));
    const leftovers = await Promise.all(devices.map((device) => device.db.outbox.toArray()));
    return { world, states, outboxes, leftovers, outcomes: outcomes.slice(-devices.length) };
  } finally {
    for (const device of devices) device.db.close();
  }
}
