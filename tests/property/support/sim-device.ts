// One simulated phone for the convergence test: the real client (src/db: repositories, engine)
// on its own fake IndexedDB, its own skewed clock, and a network that follows a fault plan:
// each request in turn is delivered, lost before the server sees it, lost after the server
// committed it (the answer never arrives), or delivered twice. Every push body is kept so the
// test can deliver it again later (a duplicated, reordered batch).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createUuidV7Generator } from '../../../src/db/ids.ts';
import { openDevice } from '../../../src/db/open-device.ts';
import { createQueries } from '../../../src/db/queries.ts';
import { createRepositories } from '../../../src/db/repositories.ts';
import type { SchemaRegistry } from '../../../src/db/repositories.ts';
import { createSyncEngine } from '../../../src/db/sync-engine.ts';
import { createInProcessLock } from '../../../src/db/sync-lock.ts';
import { createSyncStatusStore } from '../../../src/db/sync-status.ts';
import { createFetchTransport } from '../../../src/db/transport.ts';
import type { FetchLike } from '../../../src/db/transport.ts';
import type { OutboxChange } from '../../../src/db/outbox-entry.ts';
import { pushResponseSchema } from '../../../src/sync/protocol.ts';
import type { SimServer } from './sim-server.ts';
import { simToken } from './sim-server.ts';

export type Delivery = 'deliver' | 'lose-request' | 'lose-response' | 'duplicate';

/** A change a phone put in its outbox, in the order phones made them (all phones). */
export type LedgerChange = Pick<OutboxChange, 'kind' | 'recordId' | 'stamp' | 'fields'> & { device: number; order: number };

export type SimWorld = {
  /** Every change any phone put in its outbox: user writes and re-sends alike. */
  ledger: LedgerChange[];
  server: SimServer;
  now: () => number;
  /** Push bodies seen on the wire, for replay. */
  capturedPushes: string[];
  /** Stamps the server refused as too far ahead (voided: the device re-stamps them). */
  voidedStamps: Set<string>;
};

function seededBytes(seed: number) {
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

function faultyFetch(world: SimWorld, plan: Delivery[]): FetchLike {
  return async (url, init) => {
    const delivery = plan.shift() ?? 'deliver';
    if (delivery === 'lose-request') throw new TypeError('network lost before the server');
    const isPush = init.method === 'POST';
    if (isPush) world.capturedPushes.push(String(init.body));
    let response = await world.server.fetch(url, init);
    if (delivery === 'duplicate') response = await world.server.fetch(url, init);
    if (isPush && response.ok) {
      const parsed = pushResponseSchema.safeParse(await response.clone().json());
      for (const result of parsed.success ? parsed.data.results : []) {
        if (result.reason === 'clock-too-far-ahead') world.voidedStamps.add(result.stamp);
      }
    }
    if (delivery === 'lose-response') throw new TypeError('network lost after the server committed');
    return response;
  };
}

export async function openSimDevice<S extends SchemaRegistry>(world: SimWorld, options: { index: number; skewMs: number; seed: number; schemas: S }) {
  const wallNow = () => world.now() + options.skewMs;
  const randomBytes = seededBytes(options.seed * 7919 + options.index + 1);
  const device = await openDevice({ name: `sim-device-${options.index}`, indexedDB: new IDBFactory(), IDBKeyRange, wallNow, randomBytes });
  const plan: Delivery[] = [];
  const seen = new Set<string>();
  device.db.outbox.hook('creating', (_key, entry) => {
    for (const change of entry.changes) {
      const key = `${change.recordId}|${change.stamp}`;
      if (seen.has(key)) continue;
      seen.add(key);
      world.ledger.push({ kind: change.kind, recordId: change.recordId, stamp: change.stamp, fields: structuredClone(change.fields), device: options.index, order: world.ledger.length });
    }
  });
  const status = createSyncStatusStore();
  const transport = createFetchTransport({ baseUrl: 'http://sim.test', getToken: () => simToken, fetch: faultyFetch(world, plan), wallNow });
  const engine = createSyncEngine({ db: device.db, clock: device.clock, transport, status, wallNow, lock: createInProcessLock(), limits: { maxPushCount: 7, pullLimit: 9, snapshotLimit: 5 } });
  const repos = createRepositories({ db: device.db, schemas: options.schemas, clock: device.clock, newId: createUuidV7Generator(() => device.clock.now(), randomBytes) });
  return { ...device, status, engine, repos, queries: createQueries<S>(device.db), plan };
}

export type SimDevice = Awaited<ReturnType<typeof openSimDevice>>;
