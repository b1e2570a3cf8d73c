// Random scenarios for the convergence test: how many phones, their clock skews, and a list
// of operations (writes, syncs with a fault plan, replays of old pushes, server restarts,
// time passing). Plain data, so fast-check can shrink a failing scenario and print it.
import fc from 'fast-check';
import type { Delivery } from './sim-device.ts';

const minute = 60_000;

export type FieldEdit = { field: 'headName' | 'dusun' | 'rt' | 'welfareDecile' | 'notes'; value: string | number | null };

export type SimOp =
  | { type: 'create-household'; device: number; headName: string }
  | { type: 'create-many'; device: number; count: number }
  | { type: 'create-person'; device: number; pick: number; name: string }
  | { type: 'edit'; device: number; pick: number; edits: FieldEdit[] }
  | { type: 'delete'; device: number; pick: number }
  | { type: 'sync'; device: number; plan: Delivery[] }
  | { type: 'replay'; pick: number }
  | { type: 'restart' }
  | { type: 'advance'; ms: number };

export type Scenario = { skewsMs: number[]; ops: SimOp[] };

const edit: fc.Arbitrary<FieldEdit> = fc.oneof(
  fc.record({ field: fc.constant('headName' as const), value: fc.constantFrom('Siti', 'Budi', 'Ani', 'Wati Rahayu') }),
  fc.record({ field: fc.constant('dusun' as const), value: fc.constantFrom('Krajan', 'Sumber', null) }),
  fc.record({ field: fc.constant('rt' as const), value: fc.constantFrom('001', '002', '013', null) }),
  fc.record({ field: fc.constant('welfareDecile' as const), value: fc.constantFrom(1, 4, 10, null) }),
  fc.record({ field: fc.constant('notes' as const), value: fc.constantFrom('rumah semi permanen', 'pindah', null) }),
);

const delivery: fc.Arbitrary<Delivery> = fc.oneof(
  { arbitrary: fc.constant('deliver' as const), weight: 6 },
  { arbitrary: fc.constant('lose-request' as const), weight: 1 },
  { arbitrary: fc.constant('lose-response' as const), weight: 1 },
  { arbitrary: fc.constant('duplicate' as const), weight: 1 },
);

function opArbitrary(devices: number): fc.Arbitrary<SimOp> {
  const device = fc.integer({ min: 0, max: devices - 1 });
  const pick = fc.nat({ max: 1000 });
  return fc.oneof(
    { arbitrary: fc.record({ type: fc.constant('create-household' as const), device, headName: fc.constantFrom('Siti', 'Rina', 'Dewi') }), weight: 3 },
    { arbitrary: fc.record({ type: fc.constant('create-many' as const), device, count: fc.integer({ min: 2, max: 12 }) }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('create-person' as const), device, pick, name: fc.constantFrom('Ayu', 'Bayu') }), weight: 2 },
    { arbitrary: fc.record({ type: fc.constant('edit' as const), device, pick, edits: fc.array(edit, { minLength: 1, maxLength: 3 }) }), weight: 6 },
    { arbitrary: fc.record({ type: fc.constant('delete' as const), device, pick }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('sync' as const), device, plan: fc.array(delivery, { maxLength: 6 }) }), weight: 5 },
    { arbitrary: fc.record({ type: fc.constant('replay' as const), pick }), weight: 1 },
    { arbitrary: fc.constant({ type: 'restart' as const }), weight: 1 },
    { arbitrary: fc.record({ type: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 10 * minute }) }), weight: 2 },
  );
}

/** Skew within ±50 min (accepted by the server), or 2 h fast (refused until corrected). */
const skew = fc.oneof({ arbitrary: fc.integer({ min: -50 * minute, max: 50 * minute }), weight: 5 }, { arbitrary: fc.constant(120 * minute), weight: 1 });

export function scenarioArbitrary(maxOps: number): fc.Arbitrary<Scenario> {
  return fc
    .integer({ min: 3, max: 5 })
    .chain((devices) => fc.record({ skewsMs: fc.array(skew, { minLength: devices, maxLength: devices }), ops: fc.array(opArbitrary(devices), { minLength: Math.min(20, maxOps), maxLength: maxOps }) }));
}
