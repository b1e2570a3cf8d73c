import { describe, expect, it } from 'vitest';
import {
  compareStamps,
  createHlc,
  formatStamp,
  HlcError,
  isStamp,
  makeNodeId,
  MAX_COUNTER,
  parseStamp,
  STAMP_LENGTH,
} from '../../../src/sync/hlc.ts';

const nodeA = 'a0000000000000aa';
const nodeB = 'b0000000000000bb';

function fixedClock(start: number) {
  let time = start;
  return { now: () => time, set: (value: number) => void (time = value) };
}

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof HlcError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('stamp format', () => {
  it('is 9 base-36 ms digits, 4 counter digits and the node id', () => {
    const stamp = formatStamp({ ms: 1_700_000_000_000, counter: 5, nodeId: nodeA });
    expect(stamp).toHaveLength(STAMP_LENGTH);
    expect(stamp).toBe(`${(1_700_000_000_000).toString(36).padStart(9, '0')}0005${nodeA}`);
    expect(parseStamp(stamp)).toEqual({ ms: 1_700_000_000_000, counter: 5, nodeId: nodeA });
    expect(isStamp(stamp)).toBe(true);
  });

  it('sorts as a string in time, then counter, then node order', () => {
    const earlier = formatStamp({ ms: 999, counter: MAX_COUNTER, nodeId: nodeB });
    const later = formatStamp({ ms: 1000, counter: 0, nodeId: nodeA });
    expect(compareStamps(earlier, later)).toBe(-1);
    expect(earlier < later).toBe(true);
    const counterLow = formatStamp({ ms: 1000, counter: 35, nodeId: nodeB });
    const counterHigh = formatStamp({ ms: 1000, counter: 36, nodeId: nodeA });
    expect(counterLow < counterHigh).toBe(true);
  });

  it('rejects malformed stamps and node ids with typed reasons', () => {
    expect(reasonOf(() => parseStamp('not-a-stamp'))).toBe('invalid-stamp');
    expect(reasonOf(() => parseStamp('A'.repeat(29)))).toBe('invalid-stamp');
    expect(reasonOf(() => createHlc({ now: () => 0, nodeId: 'short' }))).toBe('invalid-node-id');
    expect(reasonOf(() => formatStamp({ ms: 1, counter: MAX_COUNTER + 1, nodeId: nodeA }))).toBe('counter-overflow');
  });

  it('makes node ids of 16 [0-9a-z] characters from random bytes', () => {
    const id = makeNodeId((length) => Uint8Array.from({ length }, (_, index) => index * 17));
    expect(id).toMatch(/^[0-9a-z]{16}$/);
  });
});

describe('createHlc', () => {
  it('tick follows the wall clock and bumps the counter within one ms', () => {
    const clock = fixedClock(5000);
    const hlc = createHlc({ now: clock.now, nodeId: nodeA });
    const first = parseStamp(hlc.tick());
    const second = parseStamp(hlc.tick());
    expect(first).toMatchObject({ ms: 5000, counter: 0 });
    expect(second).toMatchObject({ ms: 5000, counter: 1 });
    clock.set(6000);
    expect(parseStamp(hlc.tick())).toMatchObject({ ms: 6000, counter: 0 });
  });

  it('stays monotonic when the wall clock jumps back', () => {
    const clock = fixedClock(10_000);
    const hlc = createHlc({ now: clock.now, nodeId: nodeA });
    const before = hlc.tick();
    clock.set(1_000);
    const after = hlc.tick();
    expect(after > before).toBe(true);
    expect(parseStamp(after)).toMatchObject({ ms: 10_000, counter: 1 });
  });

  it('receive moves past a remote stamp so the next tick is greater', () => {
    const hlc = createHlc({ now: () => 1_000, nodeId: nodeA });
    const remote = formatStamp({ ms: 2_000, counter: 7, nodeId: nodeB });
    hlc.receive(remote);
    const next = hlc.tick();
    expect(next > remote).toBe(true);
    expect(parseStamp(next)).toMatchObject({ ms: 2_000, counter: 9 });
  });

  it('receive of an older stamp keeps the clock ahead', () => {
    const hlc = createHlc({ now: () => 5_000, nodeId: nodeA });
    const mine = hlc.tick();
    hlc.receive(formatStamp({ ms: 100, counter: 3, nodeId: nodeB }));
    expect(hlc.tick() > mine).toBe(true);
  });

  it('refuses a remote stamp beyond the drift limit and leaves the state untouched', () => {
    const hlc = createHlc({ now: () => 1_000, nodeId: nodeA, maxDriftMs: 500 });
    const before = hlc.state();
    expect(reasonOf(() => hlc.receive(formatStamp({ ms: 1_501, counter: 0, nodeId: nodeB })))).toBe('clock-drift');
    expect(hlc.state()).toEqual(before);
    expect(reasonOf(() => hlc.receive(formatStamp({ ms: 1_500, counter: 0, nodeId: nodeB })))).toBeUndefined();
  });

  it('throws counter-overflow rather than issue a stamp out of order', () => {
    const hlc = createHlc({ now: () => 1_000, nodeId: nodeA, state: { ms: 1_000, counter: MAX_COUNTER } });
    expect(reasonOf(() => hlc.tick())).toBe('counter-overflow');
  });

  it('resumes from a persisted state', () => {
    const first = createHlc({ now: () => 3_000, nodeId: nodeA });
    const issued = first.tick();
    const resumed = createHlc({ now: () => 1_000, nodeId: nodeA, state: first.state() });
    expect(resumed.tick() > issued).toBe(true);
  });

  it('refuses a wall clock that is not a usable number', () => {
    const hlc = createHlc({ now: () => Number.NaN, nodeId: nodeA });
    expect(reasonOf(() => hlc.tick())).toBe('invalid-wall-clock');
  });
});
