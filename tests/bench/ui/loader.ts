// The demo-village loader page of `npm run bench:ui` (run.ts opens it once, before the app,
// at the app's origin): opens the app's own database ("genting", DATABASE_NAME) assembled as
// src/db/client.ts assembles it (openDevice, createRepositories with the domain schemas) and
// writes the village of village.ts through repositories.createMany, kind by kind, so the
// records sit in the outbox exactly as a cadre's entries would. It also times single
// measurement writes through repositories.create (the repository part of a save).
import { DATABASE_NAME } from '../../../src/db/client.ts';
import { recordSchemas } from '../../../src/domain/registry.ts';
import { createUuidV7Generator, cryptoRandomBytes } from '../../../src/db/ids.ts';
import { openDevice } from '../../../src/db/open-device.ts';
import { createRepositories } from '../../../src/db/repositories.ts';
import { generateVillage } from './village.ts';

type Repositories = ReturnType<typeof createRepositories<typeof recordSchemas>>;
let repositories: Repositories | undefined;
let personIds: string[] = [];

async function writeAll(kind: 'household' | 'person' | 'measurement' | 'visit', list: Record<string, unknown>[]): Promise<string[]> {
  if (!repositories) throw new Error('not open');
  const ids: string[] = [];
  for (let start = 0; start < list.length; start += 1000) {
    const result = await repositories.createMany(kind, list.slice(start, start + 1000) as never[]);
    if (!result.ok) throw new Error(`createMany ${kind}: ${JSON.stringify(result)}`);
    ids.push(...result.ids);
  }
  return ids;
}

const bench = {
  /** Untimed: writes the village; answers counts and the under-fives to measure (id, plausible values). */
  async load(options: { today: string }) {
    const start = performance.now();
    const { db, clock } = await openDevice({ name: DATABASE_NAME, wallNow: () => Date.now(), randomBytes: cryptoRandomBytes });
    repositories = createRepositories({ db, schemas: recordSchemas, clock, newId: createUuidV7Generator(() => clock.now(), cryptoRandomBytes) });
    const village = generateVillage(options.today);
    const householdIds = await writeAll('household', village.households);
    const hid = (index: number) => householdIds[index] as string;
    // Mothers first (children point at them), then everyone else, in village order.
    const ids = new Array<string>(village.persons.length);
    const parents = village.persons.map((p, i) => [p, i] as const).filter(([p]) => p.motherIndex === undefined);
    const children = village.persons.map((p, i) => [p, i] as const).filter(([p]) => p.motherIndex !== undefined);
    (await writeAll('person', parents.map(([p]) => ({ ...p.fields, householdId: hid(p.householdIndex) })))).forEach((id, k) => (ids[(parents[k] as readonly [unknown, number])[1]] = id));
    (await writeAll('person', children.map(([p]) => ({ ...p.fields, householdId: hid(p.householdIndex), motherId: ids[p.motherIndex as number] })))).forEach((id, k) => (ids[(children[k] as readonly [unknown, number])[1]] = id));
    personIds = ids;
    await writeAll('measurement', village.measurements.map((m) => ({ ...m.fields, personId: ids[m.personIndex] })));
    await writeAll('visit', village.visits.map((v) => ({ ...v.fields, householdId: hid(v.householdIndex) })));
    return {
      load_ms: Math.round(performance.now() - start),
      households: village.households.length,
      persons: village.persons.length,
      under_five: village.underFive.length,
      measurements: village.measurements.length,
      visits: village.visits.length,
      children: village.underFive.map((c) => ({ id: ids[c.personIndex] as string, weightKg: c.weightKg, lengthCm: c.lengthCm })),
    };
  },

  /** Timed: one measurement written through repositories.create (validation, row + outbox in one transaction). */
  async saveMeasurement(options: { personId: string; date: string; weightKg: number; lengthCm: number; measure: 'l' | 'h' }) {
    if (!repositories || personIds.length === 0) throw new Error('load() first');
    const { personId, ...values } = options;
    const start = performance.now();
    const result = await repositories.create('measurement', { villageCode: '6101122005', personId, ...values, oedema: false, place: 'posyandu', measuredBy: '', notes: '' } as never);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`create measurement: ${JSON.stringify(result)}`);
    return ms;
  },
};

export type LoaderApi = typeof bench;
(window as unknown as { bench: LoaderApi; benchReady: boolean }).bench = bench;
(window as unknown as { benchReady: boolean }).benchReady = true;
