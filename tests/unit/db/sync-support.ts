// A device with its sync engine wired to a fake server's fetch (fake-server.ts).
import { createSyncEngine } from '../../../src/db/sync-engine.ts';
import type { Observe } from '../../../src/db/sync-engine.ts';
import { createInProcessLock } from '../../../src/db/sync-lock.ts';
import { createSyncStatusStore } from '../../../src/db/sync-status.ts';
import { createFetchTransport } from '../../../src/db/transport.ts';
import type { FetchLike } from '../../../src/db/transport.ts';
import type { EngineLimits } from '../../../src/db/sync-steps.ts';
import type { manualTime } from './support.ts';
import { makeDevice } from './support.ts';

export function makeSyncDevice(options: {
  fetch: FetchLike;
  time: ReturnType<typeof manualTime>;
  nodeId: string;
  skewMs?: number;
  limits?: Partial<EngineLimits>;
  token?: string;
  observe?: Observe;
}) {
  const skewed = { ...options.time, now: () => options.time.now() + (options.skewMs ?? 0) };
  const device = makeDevice({ nodeId: options.nodeId, time: skewed, name: `device-${options.nodeId}`, seed: parseInt(options.nodeId.slice(0, 6), 36) });
  const status = createSyncStatusStore();
  const transport = createFetchTransport({ baseUrl: 'http://server.test', getToken: () => options.token ?? 'dev-token', fetch: options.fetch, wallNow: skewed.now });
  const engine = createSyncEngine({ db: device.db, clock: device.clock, transport, status, wallNow: skewed.now, lock: createInProcessLock(), ...(options.limits ? { limits: options.limits } : {}), ...(options.observe ? { observe: options.observe } : {}) });
  return { ...device, status, engine };
}
