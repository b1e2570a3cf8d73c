// Village scopes: which villages a user may read and write. A Kemendagri village (desa/kelurahan)
// code has 10 digits: province (2) + regency/city (4) + district/kecamatan (6) + village (10).
// A scope is every village ('all'), a list of village codes, or a list of code prefixes (a
// province, regency or kecamatan). Invariant: every store call takes the caller's scope and
// checks it itself, so no route can forget it (DESIGN.md "Security").
import type { KaderKind, Role } from '../../src/sync/roles.ts';

export type Scope = 'all' | { villages: string[] } | { prefixes: string[] };

/**
 * Who is calling: passed into every Store method. `displayName`, `role` and `kaderKind` are
 * stored with every change the caller pushes (the record history shows them).
 */
export type UserContext = { userId: string; scope: Scope; role: Role; displayName: string; kaderKind: KaderKind | null };

const villageCodePattern = /^\d{10}$/;
const prefixPattern = /^(\d{2}|\d{4}|\d{6}|\d{10})$/;

export function isVillageCode(value: string): boolean {
  return villageCodePattern.test(value);
}

export function isInScope(scope: Scope, villageCode: string): boolean {
  if (scope === 'all') return true;
  if ('villages' in scope) return scope.villages.includes(villageCode);
  return scope.prefixes.some((p) => villageCode.startsWith(p));
}

/** True when every village of `inner` is also in `outer` (a manager may grant only her own). */
export function isScopeWithin(inner: Scope, outer: Scope): boolean {
  if (outer === 'all') return true;
  if (inner === 'all') return false;
  const codes = 'villages' in inner ? inner.villages : inner.prefixes;
  if ('villages' in outer) return codes.every((c) => isVillageCode(c) && outer.villages.includes(c));
  return codes.every((c) => outer.prefixes.some((p) => c.startsWith(p)));
}

/**
 * Parses "all" or a comma-separated list of codes (GENTING_DEV_SCOPE). Ten-digit codes only ->
 * a village list; any shorter prefix (2, 4 or 6 digits) -> a prefix list (a 10-digit code is
 * its own prefix).
 */
export function parseScopeList(text: string): { ok: true; value: Scope } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'all') return { ok: true, value: 'all' };
  const codes = [...new Set(trimmed.split(',').map((c) => c.trim()).filter((c) => c !== ''))];
  const bad = codes.filter((c) => !prefixPattern.test(c));
  if (bad.length > 0) {
    return { ok: false, reason: `not a village code or prefix of 2, 4, 6 or 10 digits: ${bad.join(', ')}` };
  }
  if (codes.every(isVillageCode)) return { ok: true, value: { villages: codes } };
  return { ok: true, value: { prefixes: codes } };
}
