// Shared set-up for the src/db unit tests: a fresh fake IndexedDB per database, a controlled
// clock, reproducible ids, and the record schemas the tests write.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase } from '../../../src/db/database.ts';
import type { GentingDb } from '../../../src/db/database.ts';
import { createDeviceClock } from '../../../src/db/device-clock.ts';
import { createUuidV7Generator } from '../../../src/db/ids.ts';
import { createQueries } from '../../../src/db/queries.ts';
import { createRepositories } from '../../../src/db/repositories.ts';
import { householdSchema } from '../../../src/domain/household.ts';
import { measurementSchema } from '../../../src/domain/measurement.ts';
import { personSchema } from '../../../src/domain/person.ts';

export const testSchemas = { household: householdSchema, person: personSchema, measurement: measurementSchema };
export const village = '3302012001';

export function seededBytes(seed: number) {
  let state = seed >>> 0 || 1;
  return (length: number) => {
    const bytes = new Uint8Array(length);
    for (let index = 0; index < length; index += 1) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      bytes[index] = state >>> 24;
    }
    return bytes;
  };
}

export function manualTime(start = Date.UTC(2025, 0, 15, 8)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms), set: (ms: number) => void (time = ms) };
}

export type TestDevice = ReturnType<typeof makeDevice>;

export function makeDevice(options: { factory?: IDBFactory; name?: string; nodeId?: string; seed?: number; time?: ReturnType<typeof manualTime> } = {}) {
  const factory = options.factory ?? new IDBFactory();
  const time = options.time ?? manualTime();
  const db: GentingDb = createDatabase(options.name ?? 'genting-test', { indexedDB: factory, IDBKeyRange });
  const clock = createDeviceClock({ nodeId: options.nodeId ?? 'a0000000000000aa', wallNow: time.now });
  const newId = createUuidV7Generator(time.now, seededBytes(options.seed ?? 7));
  const repos = createRepositories({ db, schemas: testSchemas, clock, newId });
  const queries = createQueries<typeof testSchemas>(db);
  return { factory, time, db, clock, repos, queries };
}

/** Every change in the outbox, oldest first, with its entry's status (and reason). */
export async function outboxChanges(db: GentingDb) {
  const entries = await db.outbox.orderBy('seq').toArray();
  return entries.flatMap((entry) => entry.changes.map((change) => ({ ...change, status: entry.status, reason: entry.reason })));
}

export function householdFields(headName = 'Siti Aminah', extra: Record<string, unknown> = {}) {
  return { villageCode: village, headName, dusun: 'Krajan', rt: '001', rw: '002', ...extra };
}
