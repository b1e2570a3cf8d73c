import { describe, expect, it } from 'vitest';
import { backoffDelayMs, createSyncScheduler } from '../../../src/db/sync-scheduler.ts';
import type { SchedulerEnv } from '../../../src/db/sync-scheduler.ts';
import type { SyncOutcome } from '../../../src/db/sync-engine.ts';
import { createSyncStatusStore } from '../../../src/db/sync-status.ts';

function fakeEnv(online = true) {
  const timers: { task: () => void; delayMs: number; cancelled: boolean }[] = [];
  let listener: ((online: boolean) => void) | null = null;
  const env: SchedulerEnv & { online: boolean } = {
    online,
    isOnline: () => env.online,
    onConnectivity(next) {
      listener = next;
      return () => void (listener = null);
    },
    setTimer(task, delayMs) {
      const timer = { task, delayMs, cancelled: false };
      timers.push(timer);
      return () => void (timer.cancelled = true);
    },
    random: () => 0.5,
  };
  return { env, timers, fire: (value: boolean) => listener?.(value), active: () => timers.filter((t) => !t.cancelled) };
}

function scriptedEngine(outcomes: SyncOutcome[]) {
  let calls = 0;
  return { calls: () => calls, engine: { syncOnce: async () => outcomes[Math.min(calls++, outcomes.length - 1)] as SyncOutcome } };
}

describe('backoffDelayMs', () => {
  it('doubles per failure within [d/2, d] and stops at the cap', () => {
    expect(backoffDelayMs(1, () => 0, 5_000, 600_000)).toBe(2_500);
    expect(backoffDelayMs(1, () => 1, 5_000, 600_000)).toBe(5_000);
    expect(backoffDelayMs(3, () => 1, 5_000, 600_000)).toBe(20_000);
    expect(backoffDelayMs(30, () => 1, 5_000, 600_000)).toBe(600_000);
    expect(backoffDelayMs(30, () => 0, 5_000, 600_000)).toBe(300_000);
  });
});

describe('sync scheduler', () => {
  it('syncs at start, then every interval while it succeeds', async () => {
    const { env, active } = fakeEnv();
    const { engine, calls } = scriptedEngine([{ ok: true, pushed: 0, pulled: 0 }]);
    const scheduler = createSyncScheduler(engine, createSyncStatusStore(), env, { intervalMs: 300_000 });
    scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls()).toBe(1);
    expect(active().map((t) => t.delayMs)).toEqual([300_000]);
    active()[0]?.task();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls()).toBe(2);
    scheduler.stop();
    expect(active()).toEqual([]);
  });

  it('backs off after failures and resets after a success', async () => {
    const { env, active } = fakeEnv();
    const failure: SyncOutcome = { ok: false, reason: 'server-error' };
    const { engine } = scriptedEngine([failure, failure, failure, { ok: true, pushed: 0, pulled: 0 }]);
    const scheduler = createSyncScheduler(engine, createSyncStatusStore(), env, { backoffBaseMs: 4_000, intervalMs: 300_000 });
    const delays: number[] = [];
    for (let round = 0; round < 4; round += 1) {
      await scheduler.syncNow();
      delays.push(active().at(-1)?.delayMs ?? -1);
    }
    expect(delays).toEqual([3_000, 6_000, 12_000, 300_000]);
  });

  it('waits for the user after signed-out; offline only says so; coming online syncs', async () => {
    const { env, active, fire } = fakeEnv(false);
    const status = createSyncStatusStore();
    const { engine, calls } = scriptedEngine([{ ok: false, reason: 'unauthorized' }]);
    const scheduler = createSyncScheduler(engine, status, env);
    scheduler.start();
    expect(status.getSnapshot().status).toEqual({ state: 'offline' });
    expect(calls()).toBe(0);
    env.online = true;
    fire(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls()).toBe(1);
    expect(active()).toEqual([]);
  });

  it('a button press during a round joins it instead of starting another', async () => {
    const { env } = fakeEnv();
    let release: (value: SyncOutcome) => void = () => undefined;
    let calls = 0;
    const engine = { syncOnce: () => new Promise<SyncOutcome>((resolve) => ((calls += 1), (release = resolve))) };
    const scheduler = createSyncScheduler(engine, createSyncStatusStore(), env);
    const first = scheduler.syncNow();
    const second = scheduler.syncNow();
    release({ ok: true, pushed: 1, pulled: 0 });
    expect(await first).toEqual(await second);
    expect(calls).toBe(1);
  });
});
