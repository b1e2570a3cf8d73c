// Sign-in throttling (issue #5, "Abuse"): failed attempts are counted per username and per
// client IP in a sliding window. When a key has reached its limit, every further attempt for
// it is refused (429, even with the right password) until its oldest counted failure leaves
// the window; the answer says how long to wait. A success clears the username's failures.
// In memory, per process: a restart forgets (documented in docs/security.md). Bounded: at most
// `maxKeys` keys are remembered, the least recently failed are dropped first.
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
};

export function createSignInThrottle(policy: ThrottlePolicy = defaultThrottlePolicy): SignInThrottle {
  const failures = new Map<string, number[]>();

  function recent(key: string, nowMs: number): number[] {
    const times = (failures.get(key) ?? []).filter((t) => t > nowMs - policy.windowMs);
    if (times.length === 0) failures.delete(key);
    else failures.set(key, times);
    return times;
  }

  function waitFor(key: string, limit: number, nowMs: number): number {
    const times = recent(key, nowMs);
    if (times.length < limit) return 0;
    const oldestCounted = times[times.length - limit] as number;
    return oldestCounted + policy.windowMs - nowMs;
  }

  function add(key: string, nowMs: number): void {
    const times = recent(key, nowMs);
    failures.delete(key);
    failures.set(key, [...times, nowMs]);
    while (failures.size > policy.maxKeys) {
      const oldest = failures.keys().next().value;
      if (oldest === undefined) break;
      failures.delete(oldest);
    }
  }

  return {
    check(username, ip, nowMs) {
      const waitMs = Math.max(waitFor(`u:${username}`, policy.maxPerUsername, nowMs), waitFor(`ip:${ip}`, policy.maxPerIp, nowMs));
      return waitMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : { ok: true };
    },
    recordFailure(username, ip, nowMs) {
      add(`u:${username}`, nowMs);
      add(`ip:${ip}`, nowMs);
    },
    recordSuccess(username) {
      failures.delete(`u:${username}`);
    },
  };
}
