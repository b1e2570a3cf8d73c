// Property: an HLC never issues a stamp that is not greater than every stamp it issued or
// received before, whatever the wall clock does (jumps back, stalls, skew between nodes).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createHlc, formatStamp, parseStamp } from '../../src/sync/hlc.ts';
import { fcParams } from './seed.ts';

const nodeA = 'a0000000000000aa';
const remoteNode = fc.stringMatching(/^[0-9a-z]{16}$/);
const event = fc.oneof(
  fc.record({ type: fc.constant('tick' as const), wall: fc.integer({ min: 0, max: 5_000 }) }),
  fc.record({
    type: fc.constant('receive' as const),
    wall: fc.integer({ min: 0, max: 5_000 }),
    remoteMs: fc.integer({ min: 0, max: 5_500 }),
    remoteCounter: fc.integer({ min: 0, max: 50 }),
    remoteNode,
  }),
);

describe('HLC properties', () => {
  it('every tick is greater than everything issued or received before', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), (events) => {
        let wall = 0;
        const hlc = createHlc({ now: () => wall, nodeId: nodeA, maxDriftMs: 1_000 });
        let highest = '';
        for (const step of events) {
          wall = step.wall;
          if (step.type === 'tick') {
            const stamp = hlc.tick();
            if (stamp <= highest) return false;
            highest = stamp;
          } else {
            const remote = formatStamp({ ms: step.remoteMs, counter: step.remoteCounter, nodeId: step.remoteNode });
            if (step.remoteMs - wall > 1_000) continue;
            hlc.receive(remote);
            if (remote > highest) highest = remote;
          }
        }
        return true;
      }),
      fcParams(20250101, 300),
    );
  });

  it('a stamp never lags the wall clock and never runs ahead of what it saw', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 100 }), (walls) => {
        let wall = 0;
        let maxWall = 0;
        const hlc = createHlc({ now: () => wall, nodeId: nodeA });
        for (const value of walls) {
          wall = value;
          maxWall = Math.max(maxWall, value);
          const { ms } = parseStamp(hlc.tick());
          if (ms < wall || ms > maxWall) return false;
        }
        return true;
      }),
      fcParams(20250102, 300),
    );
  });

  it('stamps of two nodes are never equal, and order as their strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), remoteNode, remoteNode, (wall, n1, n2) => {
        fc.pre(n1 !== n2);
        const a = createHlc({ now: () => wall, nodeId: n1 }).tick();
        const b = createHlc({ now: () => wall, nodeId: n2 }).tick();
        return a !== b && (a < b) === (n1 < n2);
      }),
      fcParams(20250103, 200),
    );
  });
});
