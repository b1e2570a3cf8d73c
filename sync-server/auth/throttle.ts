// Sign-in throttling (issue #5, "Abuse"; issue #12): failed attempts are counted per username
// and per client IP in a sliding window. When a key has reached its limit (it is LOCKED), every
// further attempt for it is refused (429, even with the right password) until its oldest
// counted failure leaves the window; the answer says how long to wait. A success clears the
// username's failures. Setup-code failures count against the client IP only (checkAddress /
// recordAddressFailure), so nobody can lock the setup for everyone.
// In memory, per process: a restart forgets (documented in docs/security.md).
// Bounded: each key keeps at most its limit's number of failure times, and at most `maxKeys`
// keys are remembered. Invariant: eviction never frees a LOCKED key: when the table is full,
// expired and then the least recently failed UNLOCKED keys are dropped; failures from many
// addresses cannot push a locked username out. Only when every remembered key is locked (a
// flood of at least maxKeys x limit failed sign-ins, each paying a scrypt, inside one window)
// is a new unlocked key not remembered.
export type ThrottlePolicy = { windowMs: number; maxPerUsername: number; maxPerIp: number; maxKeys: number };

export const defaultThrottlePolicy: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  maxPerUsername: 10,
  // A village office shares one address behind NAT: generous, but stops a password spray.
  maxPerIp: 50,
  maxKeys: 20_000,
};

export type ThrottleCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

export type SignInThrottle = {
  check(username: string, ip: string, nowMs: number): ThrottleCheck;
  recordFailure(username: string, ip: string, nowMs: number): void;
  recordSuccess(username: string): void;
  /** The address's limit alone (the first-admin setup). */
  checkAddress(ip: string, nowMs: number): ThrottleCheck;
  recordAddressFailure(ip: string, nowMs: number): void;
};

type Entry = { times: number[]; limit: number };

export function createSignInThrottle(policy: ThrottlePolicy = defaultThrottlePolicy): SignInThrottle {
  // Map order = order of the last failure (an entry is re-inserted on each failure).
  const failures = new Map<string, Entry>();
  const since = (nowMs: number) => nowMs - policy.windowMs;

  function recent(key: string, nowMs: number): number[] {
    const entry = failures.get(key);
    if (!entry) return [];
    const times = entry.times.filter((t) => t > since(nowMs));
    if (times.length === 0) failures.delete(key);
    else entry.times = times;
    return times;
  }

  const isLocked = (entry: Entry, nowMs: number) => entry.times.filter((t) => t > since(nowMs)).length >= entry.limit;

  function waitFor(key: string, limit: number, nowMs: number): number {
    const times = recent(key, nowMs);
    if (times.length < limit) return 0;
    const oldestCounted = times[times.length - limit] as number;
    return oldestCounted + policy.windowMs - nowMs;
  }

  /** Drops one expired or unlocked entry, oldest first (never `keep`); false when all are locked. */
  function evictOne(keep: string, nowMs: number): boolean {
    for (const [key, entry] of failures) {
      if (key !== keep && !isLocked(entry, nowMs)) {
        failures.delete(key);
        return true;
      }
    }
    return false;
  }

  function add(key: string, limit: number, nowMs: number): void {
    const times = [...recent(key, nowMs), nowMs].slice(-limit);
    failures.delete(key);
    failures.set(key, { times, limit });
    // Only a new key grows the table (a known one was re-inserted in place).
    if (failures.size > policy.maxKeys && !evictOne(key, nowMs)) failures.delete(key);
  }

  const answer = (waitMs: number): ThrottleCheck => (waitMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : { ok: true });

  return {
    check(username, ip, nowMs) {
      return answer(Math.max(waitFor(`u:${username}`, policy.maxPerUsername, nowMs), waitFor(`ip:${ip}`, policy.maxPerIp, nowMs)));
    },
    recordFailure(username, ip, nowMs) {
      add(`u:${username}`, policy.maxPerUsername, nowMs);
      add(`ip:${ip}`, policy.maxPerIp, nowMs);
    },
    recordSuccess(username) {
      failures.delete(`u:${username}`);
    },
    checkAddress(ip, nowMs) {
      return answer(waitFor(`ip:${ip}`, policy.maxPerIp, nowMs));
    },
    recordAddressFailure(ip, nowMs) {
      add(`ip:${ip}`, policy.maxPerIp, nowMs);
    },
  };
}
