// Typed access to the `meta` table: the device's sync bookkeeping, one row per key.
// Written inside the same transactions as the data they describe (the HLC state with every
// local write, the pull cursor with every applied page), so a crash never splits them.
import type { HlcState } from '../sync/hlc.ts';
import type { SessionUser } from '../sync/account-api.ts';
import type { GentingDb } from './database.ts';

export type SnapshotProgress = { cursor: number; after: string | null };

export type MetaValues = {
  /** Random per install, 16 characters [0-9a-z]; the last part of every stamp made here. */
  nodeId: string;
  hlc: HlcState;
  /** Highest stamp the server has accepted from or sent to this device. */
  hlcFloor: string;
  /** Server time minus device time, learned at each sync (ms). */
  clockOffsetMs: number;
  /** seq of the last change pulled and applied. */
  pullCursor: number;
  /**
   * The server log's epoch that `pullCursor` and `snapshotProgress` belong to
   * (docs/sync-protocol.md, "Epoch"); an answer naming another one means the server was restored.
   */
  syncEpoch: string;
  /**
   * Set when the device dropped its cursor for another epoch: the snapshot being loaded is
   * compared with the records held here, and what the server lacks is queued again with its
   * original stamps (apply-remote.ts). Cleared with the snapshot's last page.
   */
  resyncCompare: boolean;
  /** Set while a fresh device is loading the snapshot; absent before and after. */
  snapshotProgress: SnapshotProgress;
  /** True once the first snapshot is fully applied. */
  snapshotDone: boolean;
  /** ISO time of the last sync that finished without error. */
  lastSyncAt: string;
  /** The device session (issue #5): token from sign-in; `expired` after a 401 until signed in again. */
  session: DeviceSession;
  /** The optional app PIN (app-pin.ts). */
  appPin: { saltB64: string; hashB64: string; iterations: number; idleMinutes: number };
  /** Wrong PINs in a row. */
  pinFailures: number;
};

export type DeviceSession = { token: string; deviceId: string; user: SessionUser; signedInAt: string; expired: boolean };

export type MetaKey = keyof MetaValues;

export async function readMeta<K extends MetaKey>(db: GentingDb, key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function writeMeta<K extends MetaKey>(db: GentingDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}

export async function deleteMeta(db: GentingDb, key: MetaKey): Promise<void> {
  await db.meta.delete(key);
}
