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

  it('remembers at most maxKeys keys: unlocked ones make room, locked ones stay', () => {
    const throttle = createSignInThrottle({ windowMs: 60_000, maxPerUsername: 1, maxPerIp: 1000, maxKeys: 4 });
    for (let i = 0; i < 10; i += 1) throttle.recordFailure(`user${i}`, 'ip', i);
    // One failure locks a username here: the first four fill the table (the address, unlocked,
    // made room); the later ones are not remembered, and no locked one was dropped for them.
    for (let i = 0; i < 4; i += 1) expect(throttle.check(`user${i}`, 'ip2', 20)).toMatchObject({ ok: false });
    expect(throttle.check('user9', 'ip2', 20)).toEqual({ ok: true });
    // Unlocked keys give way to newer ones, oldest first.
    const open = createSignInThrottle({ windowMs: 60_000, maxPerUsername: 5, maxPerIp: 1000, maxKeys: 3 });
    for (let i = 0; i < 4; i += 1) open.recordFailure('budi', 'ip', i);
    for (let i = 0; i < 10; i += 1) open.recordFailure(`user${i}`, 'ip', 10 + i);
    open.recordFailure('budi', 'ip', 30);
    expect(open.check('budi', 'ip2', 31)).toEqual({ ok: true });
  });

  it('never evicts a locked username: failures from many addresses cannot unlock it', () => {
    const throttle = createSignInThrottle({ windowMs: 60_000, maxPerUsername: 3, maxPerIp: 3, maxKeys: 50 });
    for (let i = 0; i < 3; i += 1) throttle.recordFailure('siti', `10.0.0.${i}`, i);
    expect(throttle.check('siti', '10.9.9.9', 10)).toMatchObject({ ok: false });
    // A flood: a different username from a different address each time, far beyond maxKeys.
    for (let i = 0; i < 5000; i += 1) throttle.recordFailure(`guess${i}`, `172.16.${i >> 8}.${i & 255}`, 100 + i);
    expect(throttle.check('siti', '10.9.9.9', 6000)).toMatchObject({ ok: false });
    // A flood that locks addresses too (3 failures each) keeps siti locked as well.
    for (let i = 0; i < 3000; i += 1) throttle.recordFailure(`spray${i % 7}`, `192.168.${(i >> 8) % 256}.${(i >> 2) & 255}`, 6000 + i);
    expect(throttle.check('siti', '10.9.9.9', 9000)).toMatchObject({ ok: false });
    // ... until its failures leave the window.
    expect(throttle.check('siti', '10.9.9.9', 60_003)).toEqual({ ok: true });
  });

  it('checks and counts an address alone for the setup code', () => {
    const throttle = createSignInThrottle({ windowMs: 60_000, maxPerUsername: 2, maxPerIp: 3, maxKeys: 50 });
    for (let i = 0; i < 3; i += 1) throttle.recordAddressFailure('10.0.0.1', i);
    expect(throttle.checkAddress('10.0.0.1', 5)).toMatchObject({ ok: false });
    expect(throttle.checkAddress('10.0.0.2', 5)).toEqual({ ok: true });
    expect(throttle.check('siti', '10.0.0.2', 5)).toEqual({ ok: true });
  });
});
