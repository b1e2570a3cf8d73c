// Pure rules of issue #5: which scope lies inside another (a manager grants only her own
// villages), which role writes which kind, and the sign-in throttle's sliding window.
import { describe, expect, it } from 'vitest';
import { isScopeWithin, type Scope } from '../../../sync-server/auth/scope.ts';
import { createSignInThrottle } from '../../../sync-server/auth/throttle.ts';
import { canManageRole, canWriteKind } from '../../../src/sync/roles.ts';
import { recordKinds } from '../../../src/domain/record-kinds.ts';

describe('isScopeWithin', () => {
  const cases: [Scope, Scope, boolean][] = [
    [{ villages: ['3201010001'] }, 'all', true],
    ['all', { prefixes: ['32'] }, false],
    [{ villages: ['3201010001'] }, { villages: ['3201010001', '3201010002'] }, true],
    [{ villages: ['3201010003'] }, { villages: ['3201010001', '3201010002'] }, false],
    [{ villages: ['3201010001'] }, { prefixes: ['320101'] }, true],
    [{ villages: ['3201020001'] }, { prefixes: ['320101'] }, false],
    [{ prefixes: ['320101'] }, { prefixes: ['3201'] }, true],
    [{ prefixes: ['3201'] }, { prefixes: ['320101'] }, false],
    [{ prefixes: ['320101'] }, { villages: ['3201010001'] }, false],
    [{ prefixes: ['3201010001'] }, { villages: ['3201010001'] }, true],
  ];
  it.each(cases)('%j within %j is %s', (inner, outer, expected) => {
    expect(isScopeWithin(inner, outer)).toBe(expected);
  });
});

describe('roles', () => {
  it('kader writes field data only, viewer nothing, koordinator and admin every kind', () => {
    const kaderKinds = recordKinds.filter((k) => canWriteKind('kader', k));
    expect(kaderKinds).toEqual(['household', 'person', 'measurement', 'visit', 'outreach']);
    expect(recordKinds.some((k) => canWriteKind('viewer', k))).toBe(false);
    expect(recordKinds.every((k) => canWriteKind('koordinator', k) && canWriteKind('admin', k))).toBe(true);
    expect(canManageRole('koordinator', 'kader')).toBe(true);
    expect(canManageRole('koordinator', 'koordinator')).toBe(false);
    expect(canManageRole('kader', 'kader')).toBe(false);
    expect(canManageRole('admin', 'admin')).toBe(true);
  });
});

describe('sign-in throttle', () => {
  it('refuses the 11th attempt after 10 failures, says how long, and forgets failures that left the window', () => {
    const throttle = createSignInThrottle({ windowMs: 60_000, maxPerUsername: 10, maxPerIp: 100, maxKeys: 100 });
    for (let i = 0; i < 10; i += 1) {
      expect(throttle.check('siti', 'ip', i * 1000)).toEqual({ ok: true });
      throttle.recordFailure('siti', 'ip', i * 1000);
    }
    expect(throttle.check('siti', 'ip', 10_000)).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(throttle.check('budi', 'other-ip', 10_000)).toEqual({ ok: true });
    expect(throttle.check('siti', 'ip', 60_001)).toEqual({ ok: true });
    throttle.recordSuccess('siti');
    expect(throttle.check('siti', 'ip', 10_000)).toEqual({ ok: true });
  });

  it('remembers at most maxKeys keys', () => {
    const throttle = createSignInThrottle({ windowMs: 60_000, maxPerUsername: 1, maxPerIp: 1000, maxKeys: 4 });
    for (let i = 0; i < 10; i += 1) throttle.recordFailure(`user${i}`, 'ip', 0);
    expect(throttle.check('user0', 'ip2', 1)).toEqual({ ok: true });
    expect(throttle.check('user9', 'ip2', 1)).toMatchObject({ ok: false });
  });
});
