// One sync at a time across the tabs of a device: the Web Locks API
// (https://developer.mozilla.org/docs/Web/API/Web_Locks_API) with `ifAvailable`, so a tab
// that finds another tab syncing skips instead of queueing a second identical sync. Where
// navigator.locks is missing (Node tests, old WebViews) an in-process mutex of the same
// shape stands in; each lock object is its own mutex, so simulated devices do not share one.

export type SyncLock = {
  /** Runs `task` when the lock is free; resolves { ran: false } when it is held elsewhere. */
  runExclusive<T>(task: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
};

export const SYNC_LOCK_NAME = 'genting-sync';

type LockManagerLike = {
  request<T>(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
};

function webLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}

export function createInProcessLock(): SyncLock {
  let held = false;
  return {
    async runExclusive(task) {
      if (held) return { ran: false };
      held = true;
      try {
        return { ran: true, value: await task() };
      } finally {
        held = false;
      }
    },
  };
}

export function createSyncLock(name = SYNC_LOCK_NAME, locks: LockManagerLike | undefined = webLocks()): SyncLock {
  if (!locks) return createInProcessLock();
  return {
    runExclusive(task) {
      return locks.request(name, { ifAvailable: true }, async (lock) => {
        if (lock === null) return { ran: false as const };
        return { ran: true as const, value: await task() };
      });
    },
  };
}
