// Opens the device's database and clock: the node id is made once per install and kept in
// meta; the HLC resumes from its persisted state; the clock offset from the last sync.
import { makeNodeId } from '../sync/hlc.ts';
import { createDatabase } from './database.ts';
import type { GentingDb, OpenOptions } from './database.ts';
import { createDeviceClock } from './device-clock.ts';
import type { DeviceClock } from './device-clock.ts';
import { readMeta, writeMeta } from './meta.ts';

export type DeviceOptions = OpenOptions & {
  name: string;
  /** Device wall clock; Date.now in the app. */
  wallNow: () => number;
  randomBytes: (length: number) => Uint8Array;
};

export type Device = { db: GentingDb; clock: DeviceClock };

export async function openDevice(options: DeviceOptions): Promise<Device> {
  const db = createDatabase(options.name, options);
  // Read-only first: every start after the first finds the node id, and a read-only
  // transaction needs no commit to disk (a read-write one does, even when nothing changed).
  const read = () => Promise.all([readMeta(db, 'nodeId'), readMeta(db, 'hlc'), readMeta(db, 'clockOffsetMs')]);
  let [nodeId, state, offset] = await db.transaction('r', db.meta, read);
  if (!nodeId) {
    [nodeId, state, offset] = await db.transaction('rw', db.meta, async () => {
      const found = await read();
      if (found[0]) return found;
      const id = makeNodeId(options.randomBytes);
      await writeMeta(db, 'nodeId', id);
      return [id, found[1], found[2]] as const;
    });
  }
  if (!nodeId) throw new Error('no node id');
  const clock = createDeviceClock({ nodeId, wallNow: options.wallNow, ...(state ? { state } : {}), ...(offset !== undefined ? { offsetMs: offset } : {}) });
  return { db, clock };
}
