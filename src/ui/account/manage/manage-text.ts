// Small helpers of the account-management screens: the villages a manager may give, and the
// one-time display of a password.
import type { SessionUser } from '../../data/session.ts';

/** The village codes a manager can tick for her kader, or null when her scope is a prefix or 'all' (then typed). */
export function pickableVillages(manager: Pick<SessionUser, 'scope'>): string[] | null {
  return manager.scope !== 'all' && 'villages' in manager.scope ? manager.scope.villages : null;
}

/** Village codes typed as "3374122003, 3374.12.20.04": the 10-digit codes, in order, once each; null when one is not a code. */
export function parseVillageCodes(text: string): string[] | null {
  const parts = text.split(/[\s,;]+/).map((part) => part.replace(/\./g, '')).filter(Boolean);
  if (parts.length === 0 || parts.some((part) => !/^\d{10}$/.test(part))) return null;
  return [...new Set(parts)];
}
