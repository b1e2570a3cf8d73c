// Hybrid logical clock (HLC) of the sync protocol (docs/sync-protocol.md, "Stamps").
// A stamp is a 29-character string that sorts correctly as a plain string:
//   9 base-36 digits of wall-clock milliseconds + 4 base-36 digits of a logical counter
//   + the 16-character node id ([0-9a-z]), no separators.
// Invariants: every stamp this clock issues is greater than every stamp it issued or
// received before (monotonic), whatever the wall clock does; the node id makes stamps of
// two devices never equal. Source: Kulkarni et al., "Logical Physical Clocks" (2014), and
// Actual's crdt/timestamp.ts. The wall clock is injected (`now`): never read Date.now() here.

export const STAMP_MS_DIGITS = 9;
export const STAMP_COUNTER_DIGITS = 4;
export const NODE_ID_LENGTH = 16;
export const STAMP_LENGTH = STAMP_MS_DIGITS + STAMP_COUNTER_DIGITS + NODE_ID_LENGTH;
/** 36^4 - 1: the largest logical counter a stamp can carry. */
export const MAX_COUNTER = 36 ** STAMP_COUNTER_DIGITS - 1;
/** 36^9 - 1 ms: the year 5188; a wall clock beyond it is a bug. */
export const MAX_WALL_MS = 36 ** STAMP_MS_DIGITS - 1;
/** Default limit for a received stamp ahead of our own (corrected) clock. */
export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

const stampPattern = /^[0-9a-z]{29}$/;
const nodeIdPattern = /^[0-9a-z]{16}$/;

export type HlcErrorReason = 'counter-overflow' | 'clock-drift' | 'invalid-stamp' | 'invalid-node-id' | 'invalid-wall-clock';

/** Thrown for a clock that cannot go on safely; `reason` is mapped to a message by the caller. */
export class HlcError extends Error {
  readonly reason: HlcErrorReason;
  constructor(reason: HlcErrorReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'HlcError';
    this.reason = reason;
  }
}

/** The part of a clock that is persisted between runs (the device's meta table). */
export type HlcState = { ms: number; counter: number };
export type ParsedStamp = HlcState & { nodeId: string };

export function isNodeId(value: string): boolean {
  return nodeIdPattern.test(value);
}

export function isStamp(value: string): boolean {
  return stampPattern.test(value);
}

/** A random node id from injected random bytes (crypto.getRandomValues in the app). */
export function makeNodeId(randomBytes: (length: number) => Uint8Array): string {
  const bytes = randomBytes(NODE_ID_LENGTH);
  let id = '';
  for (let index = 0; index < NODE_ID_LENGTH; index += 1) id += ((bytes[index] ?? 0) % 36).toString(36);
  return id;
}

export function formatStamp({ ms, counter, nodeId }: ParsedStamp): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_WALL_MS) throw new HlcError('invalid-wall-clock', String(ms));
  if (!Number.isInteger(counter) || counter < 0) throw new HlcError('invalid-stamp', `counter ${counter}`);
  if (counter > MAX_COUNTER) throw new HlcError('counter-overflow', `counter ${counter}`);
  if (!isNodeId(nodeId)) throw new HlcError('invalid-node-id', 'node id must be 16 characters [0-9a-z]');
  return (
    ms.toString(36).padStart(STAMP_MS_DIGITS, '0') +
    counter.toString(36).padStart(STAMP_COUNTER_DIGITS, '0') +
    nodeId
  );
}

export function parseStamp(stamp: string): ParsedStamp {
  if (!isStamp(stamp)) throw new HlcError('invalid-stamp', 'a stamp is 29 characters [0-9a-z]');
  return {
    ms: parseInt(stamp.slice(0, STAMP_MS_DIGITS), 36),
    counter: parseInt(stamp.slice(STAMP_MS_DIGITS, STAMP_MS_DIGITS + STAMP_COUNTER_DIGITS), 36),
    nodeId: stamp.slice(STAMP_MS_DIGITS + STAMP_COUNTER_DIGITS),
  };
}

/** Orders two stamps; the same as comparing the strings. */
export function compareStamps(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Wall-clock milliseconds of a stamp (for the "clock too far ahead" check). */
export function stampWallMs(stamp: string): number {
  return parseStamp(stamp).ms;
}

export type HlcOptions = {
  /** Wall clock in ms since the epoch; on a device, Date.now() + the learned server offset. */
  now: () => number;
  nodeId: string;
  /** Persisted state to resume from; defaults to { ms: 0, counter: 0 }. */
  state?: HlcState;
  /** receive() throws 'clock-drift' for a stamp further ahead of now() than this. */
  maxDriftMs?: number;
};

export type Hlc = {
  readonly nodeId: string;
  /** A new stamp for a local write: greater than every stamp seen so far. */
  tick(): string;
  /** Advances the clock past a stamp received from elsewhere (validated first). */
  receive(stamp: string): void;
  /** The state to persist. */
  state(): HlcState;
};

function readWall(now: () => number): number {
  const wall = Math.floor(now());
  if (!Number.isFinite(wall) || wall < 0 || wall > MAX_WALL_MS) throw new HlcError('invalid-wall-clock', String(wall));
  return wall;
}

function checkCounter(counter: number): number {
  if (counter > MAX_COUNTER) throw new HlcError('counter-overflow', `more than ${MAX_COUNTER} stamps in one ms`);
  return counter;
}

export function createHlc(options: HlcOptions): Hlc {
  const { now, nodeId } = options;
  if (!isNodeId(nodeId)) throw new HlcError('invalid-node-id', 'node id must be 16 characters [0-9a-z]');
  const maxDriftMs = options.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
  let last: HlcState = { ms: options.state?.ms ?? 0, counter: options.state?.counter ?? 0 };

  return {
    nodeId,
    // A local write never fails because of the wall clock: when it runs behind, the
    // logical counter carries the order (only a counter overflow throws).
    tick() {
      const wall = readWall(now);
      const ms = Math.max(wall, last.ms);
      const counter = checkCounter(ms === last.ms ? last.counter + 1 : 0);
      last = { ms, counter };
      return formatStamp({ ms, counter, nodeId });
    },
    receive(stamp) {
      const remote = parseStamp(stamp);
      const wall = readWall(now);
      if (remote.ms - wall > maxDriftMs) {
        throw new HlcError('clock-drift', `received stamp ${remote.ms - wall} ms ahead of this clock`);
      }
      const ms = Math.max(wall, last.ms, remote.ms);
      let counter = 0;
      if (ms === last.ms && ms === remote.ms) counter = Math.max(last.counter, remote.counter) + 1;
      else if (ms === last.ms) counter = last.counter + 1;
      else if (ms === remote.ms) counter = remote.counter + 1;
      last = { ms, counter: checkCounter(counter) };
    },
    state() {
      return { ...last };
    },
  };
}
