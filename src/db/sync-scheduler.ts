// When to sync (issue #4): at app start, when the browser comes online, every few minutes
// while online, and on the "Sinkronkan" button (syncNow). A failed round is retried with
// exponential backoff and full jitter (delay = random in [d/2, d], d = base * 2^failures,
// capped), so a village office coming back online is not hit by every phone at once.
// 'signed-out' and 'unsupported-protocol' wait for the user (sign in, update the app).
// Environment (timers, online events, randomness) is injected for tests.
import type { SyncEngine, SyncOutcome } from './sync-engine.ts';
import type { SyncStatusStore } from './sync-status.ts';

export type SchedulerEnv = {
  isOnline(): boolean;
  /** Subscribes to online/offline changes; returns the unsubscribe. */
  onConnectivity(listener: (online: boolean) => void): () => void;
  setTimer(task: () => void, delayMs: number): () => void;
  random(): number;
};

export type SchedulerOptions = { intervalMs?: number; backoffBaseMs?: number; backoffMaxMs?: number };

export function backoffDelayMs(failures: number, random: () => number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

const waitsForUser = new Set(['unauthorized', 'unsupported-protocol']);

export function createSyncScheduler(engine: Pick<SyncEngine, 'syncOnce'>, status: SyncStatusStore, env: SchedulerEnv, options: SchedulerOptions = {}) {
  const intervalMs = options.intervalMs ?? 5 * 60_000;
  const baseMs = options.backoffBaseMs ?? 5_000;
  const maxMs = options.backoffMaxMs ?? 10 * 60_000;
  let failures = 0;
  let cancelTimer: (() => void) | null = null;
  let stopListening: (() => void) | null = null;
  let running: Promise<SyncOutcome> | null = null;

  function schedule(delayMs: number): void {
    cancelTimer?.();
    cancelTimer = env.setTimer(() => void syncNow(), delayMs);
  }

  function afterRound(outcome: SyncOutcome): void {
    if (outcome.ok || outcome.reason === 'busy') {
      failures = 0;
      schedule(intervalMs);
    } else if (!waitsForUser.has(outcome.reason)) {
      failures += 1;
      schedule(backoffDelayMs(failures, env.random, baseMs, maxMs));
    }
  }

  /** Runs a round now (joins the one in progress); offline, it only says so. */
  async function syncNow(): Promise<SyncOutcome> {
    if (!env.isOnline()) {
      status.update({ status: { state: 'offline' } });
      return { ok: false, reason: 'offline' };
    }
    if (running) return running;
    running = engine.syncOnce().finally(() => {
      running = null;
    });
    const outcome = await running;
    afterRound(outcome);
    return outcome;
  }

  return {
    syncNow,
    /** Idempotent: a second call while started does nothing. */
    start(): void {
      if (stopListening) return;
      stopListening = env.onConnectivity((online) => {
        if (online) {
          failures = 0;
          void syncNow();
        } else status.update({ status: { state: 'offline' } });
      });
      void syncNow();
    },
    stop(): void {
      cancelTimer?.();
      stopListening?.();
      cancelTimer = stopListening = null;
    },
  };
}

/** The browser environment: navigator.onLine, online/offline events, setTimeout. */
export function browserSchedulerEnv(): SchedulerEnv {
  return {
    isOnline: () => navigator.onLine,
    onConnectivity(listener) {
      const online = () => listener(true);
      const offline = () => listener(false);
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
    setTimer(task, delayMs) {
      const handle = setTimeout(task, delayMs);
      return () => clearTimeout(handle);
    },
    random: Math.random,
  };
}
