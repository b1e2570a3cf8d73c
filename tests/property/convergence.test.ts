// Issue #4 "Prove it": 3-5 phones (the real client engine on fake IndexedDB, each with a
// skewed clock) and the real server app in-process on SQLite (and PostgreSQL when
// TEST_DATABASE_URL is set): random creates, edits, deletes; random sync interleavings;
// requests lost before the server commits and answers lost after; duplicated and replayed
// (reordered) batches; server restarts. Afterwards every phone and the server hold the same
// records, nothing is left unsent, and every field holds the value of its greatest stamp.
// Seeds are fixed (FC_SEED / FC_RUNS override them, see seed.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, canonicalJson } from '../../src/sync/merge.ts';
import type { MergedRecord } from '../../src/sync/merge.ts';
import { pullResponseSchema, snapshotResponseSchema } from '../../src/sync/protocol.ts';
import { postgresBackend, sqliteBackend, testDatabaseUrl } from '../integration/helpers/stores.ts';
import type { StoreBackend } from '../integration/helpers/stores.ts';
import { fcParams } from './seed.ts';
import type { LedgerChange, SimWorld } from './support/sim-device.ts';
import { runScenario } from './support/sim-run.ts';
import type { RecordState } from './support/sim-run.ts';
import { scenarioArbitrary } from './support/sim-scenario.ts';
import { simToken } from './support/sim-server.ts';

const auth = { authorization: `Bearer ${simToken}` };

async function serverSnapshot(world: SimWorld): Promise<Map<string, RecordState>> {
  const state = new Map<string, RecordState>();
  let after: string | null = null;
  for (;;) {
    const query: string = after === null ? '' : `&after=${encodeURIComponent(after)}`;
    const response = await world.server.fetch(`http://sim.test/api/sync/snapshot?limit=5000${query}`, { headers: auth });
    const page = snapshotResponseSchema.parse(await response.json());
    for (const record of page.records) {
      const { id: _id, ...values } = record.fields;
      state.set(`${record.kind}:${record.id}`, { values, stamps: record.stamps });
    }
    if (page.next === null) return state;
    after = page.next;
  }
}

/** The whole change log folded with the shared merge: what the current state must be. */
async function foldedLog(world: SimWorld): Promise<{ state: Map<string, MergedRecord>; accepted: Set<string> }> {
  const state = new Map<string, MergedRecord>();
  const accepted = new Set<string>();
  let cursor = 0;
  for (;;) {
    const response = await world.server.fetch(`http://sim.test/api/sync/pull?cursor=${cursor}&limit=5000`, { headers: auth });
    const page = pullResponseSchema.parse(await response.json());
    for (const change of page.changes) accepted.add(`${change.id}|${change.stamp}`);
    for (const change of page.changes) state.set(`${change.kind}:${change.id}`, applyChange(state.get(`${change.kind}:${change.id}`), change));
    cursor = page.cursor;
    if (!page.hasMore) return { state, accepted };
  }
}

const sorted = (state: Map<string, RecordState>) => canonicalJson([...state.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * No write is lost: every field a phone wrote ends with that write or a later one. A write
 * may end with a lower stamp only if the server never accepted it (a stamp refused as too far
 * ahead, or a change absorbed before it was sent) and a later change of the same phone and
 * record carried the field again (the re-send); that one is checked by the same rule.
 */
function checkNothingLost(ledger: readonly LedgerChange[], final: Map<string, RecordState>, accepted: ReadonlySet<string>): void {
  for (const change of ledger) {
    const record = final.get(`${change.kind}:${change.recordId}`);
    expect(record, `record ${change.kind}:${change.recordId} is missing`).toBeDefined();
    for (const [field, value] of Object.entries(change.fields)) {
      const stamp = record?.stamps[field] ?? '';
      if (stamp === change.stamp) expect(canonicalJson(record?.values[field])).toBe(canonicalJson(value));
      if (stamp >= change.stamp) continue;
      expect(accepted.has(`${change.recordId}|${change.stamp}`), `${field} of an accepted change went back`).toBe(false);
      const resent = ledger.some((later) => later.order > change.order && later.device === change.device && later.recordId === change.recordId && field in later.fields);
      expect(resent, `${field} of ${change.stamp} was neither kept nor sent again`).toBe(true);
    }
  }
}

async function checkScenario(scenario: Parameters<typeof runScenario>[0], backend: StoreBackend): Promise<void> {
  const run = await runScenario(scenario, backend);
  try {
    expect(run.outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(run.outboxes).toEqual(run.outboxes.map(() => 0));
    const server = await serverSnapshot(run.world);
    const expected = sorted(server);
    for (const state of run.states) expect(sorted(state)).toBe(expected);
    const log = await foldedLog(run.world);
    const folded = new Map([...log.state.entries()].map(([key, record]) => {
      const { id: _id, ...values } = record.values;
      return [key, { values, stamps: record.stamps }];
    }));
    expect(sorted(folded)).toBe(expected);
    checkNothingLost(run.world.ledger, server, log.accepted);
  } finally {
    await run.world.server.destroy();
  }
}

describe('sync convergence under faults', () => {
  it('SQLite: all phones and the server converge and keep every write', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(40), (scenario) => checkScenario(scenario, sqliteBackend)),
      fcParams(20260301, Number(process.env.CONVERGENCE_RUNS ?? 300)),
    );
  });

  it.runIf(testDatabaseUrl !== null)('PostgreSQL: the same, fewer cases', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(30), (scenario) => checkScenario(scenario, postgresBackend)),
      fcParams(20260302, Number(process.env.CONVERGENCE_PG_RUNS ?? 30)),
    );
  });
});
