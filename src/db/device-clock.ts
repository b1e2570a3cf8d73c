// The device's hybrid logical clock, backed by the meta table (docs/sync-protocol.md,
// "Clock rules"). The wall clock is the injected `wallNow` plus the server offset learned at
// the last sync, so a phone with a wrong clock stamps later writes with corrected time.
// Invariants: stamps are issued inside the caller's Dexie transaction after reading the
// persisted state, so two tabs of one device never issue the same stamp; the in-memory state
// only moves forward (except an explicit rewind(), see below).
import { createHlc, parseStamp } from '../sync/hlc.ts';
import type { HlcState } from '../sync/hlc.ts';
import type { GentingDb } from './database.ts';
import { readMeta, writeMeta } from './meta.ts';

export type DeviceClock = {
  readonly nodeId: string;
  /** Corrected wall clock (ms): wallNow() + offset. */
  now(): number;
  offsetMs(): number;
  setOffsetMs(offsetMs: number): void;
  /** Issues `count` increasing stamps; call inside a transaction that includes `meta`. */
  stamp(db: GentingDb, count?: number): Promise<string[]>;
  /**
   * As stamp(), but hands the stamps out as soon as they are issued, with the write of the
   * clock state still running (`persisted`): the caller's own writes go out beside it, one
   * round trip fewer. The caller MUST await `persisted` inside the same transaction.
   */
  issue(db: GentingDb, count?: number): Promise<{ stamps: string[]; persisted: Promise<void> }>;
  /** Moves past received stamps; call inside the transaction that applies them. */
  receive(db: GentingDb, stamps: Iterable<string>): Promise<void>;
  /** Sets the clock back to max(now, floor) after a clock-too-far-ahead rejection. */
  rewind(db: GentingDb, floorStamp: string | undefined): Promise<void>;
};

function maxState(a: HlcState, b: HlcState | undefined): HlcState {
  if (!b) return a;
  if (b.ms !== a.ms) return b.ms > a.ms ? b : a;
  return b.counter > a.counter ? b : a;
}

export type DeviceClockOptions = { nodeId: string; wallNow: () => number; state?: HlcState; offsetMs?: number; maxDriftMs?: number };

export function createDeviceClock(options: DeviceClockOptions): DeviceClock {
  const { nodeId, wallNow } = options;
  let offset = options.offsetMs ?? 0;
  let memory: HlcState = options.state ?? { ms: 0, counter: 0 };
  const now = () => wallNow() + offset;
  const hlcFrom = async (db: GentingDb) => {
    memory = maxState(memory, await readMeta(db, 'hlc'));
    return createHlc({ now, nodeId, state: memory, ...(options.maxDriftMs ? { maxDriftMs: options.maxDriftMs } : {}) });
  };
  const issue = async (db: GentingDb, count = 1) => {
    const hlc = await hlcFrom(db);
    const stamps = Array.from({ length: count }, () => hlc.tick());
    memory = hlc.state();
    return { stamps, persisted: writeMeta(db, 'hlc', memory) };
  };
  return {
    nodeId,
    now,
    offsetMs: () => offset,
    setOffsetMs(value) {
      offset = value;
    },
    async stamp(db, count = 1) {
      const { stamps, persisted } = await issue(db, count);
      await persisted;
      return stamps;
    },
    issue,
    async receive(db, stamps) {
      // Receiving only the greatest stamp moves the clock past all of them (same drift check).
      let top: string | undefined;
      for (const stamp of stamps) if (top === undefined || stamp > top) top = stamp;
      if (top === undefined) return;
      const hlc = await hlcFrom(db);
      hlc.receive(top);
      memory = hlc.state();
      await writeMeta(db, 'hlc', memory);
    },
    async rewind(db, floorStamp) {
      const floor = floorStamp ? parseStamp(floorStamp) : { ms: 0, counter: 0 };
      memory = maxState({ ms: Math.floor(now()), counter: 0 }, { ms: floor.ms, counter: floor.counter });
      await writeMeta(db, 'hlc', memory);
    },
  };
}
