// The device session and the app PIN (issue #5): the token survives a reopen, a 401 marks it
// expired without touching anything else, sign-out forgets it; the PIN is stored hashed, checks
// right and wrong, and the 10th wrong PIN in a row is reported so the app drops the token.
import { describe, expect, it } from 'vitest';
import type { AccountTransport } from '../../../src/db/account-transport.ts';
import { checkPin, clearPin, maxPinFailures, readPin, setPin } from '../../../src/db/app-pin.ts';
import { readMeta } from '../../../src/db/meta.ts';
import { createSessionStore, describeDevice } from '../../../src/db/session.ts';
import type { SignInResponse } from '../../../src/sync/account-api.ts';
import { makeDevice } from './support.ts';

const user = { id: 'u1', username: 'siti', displayName: 'Siti', role: 'kader', kaderKind: 'tpk', scope: { villages: ['3302012001'] } } as const;

function fakeTransport(calls: string[]): AccountTransport {
  const answer: SignInResponse = { token: 'tok-1', deviceId: 'd1', user: { ...user, scope: { villages: ['3302012001'] } } };
  return {
    signIn: async (request) => {
      calls.push(`sign-in ${request.username} ${request.deviceName}`);
      return request.password === 'benar-sekali' ? { ok: true, value: answer } : { ok: false, reason: 'too-many-attempts', retryAfterSeconds: 120 };
    },
    setup: async () => ({ ok: false, reason: 'setup-not-available' }),
    setupNeeded: async () => ({ ok: true, value: false }),
    signOut: async (token) => {
      calls.push(`sign-out ${token}`);
      return { ok: true, value: null };
    },
    history: async () => ({ ok: true, value: [] }),
    listUsers: async (token) => {
      calls.push(`users ${token}`);
      return token === 'tok-1' ? { ok: true, value: [] } : { ok: false, reason: 'unauthorized' };
    },
    createUser: async () => ({ ok: false, reason: 'username-taken' }),
    updateUser: async () => ({ ok: false, reason: 'not-found' }),
    listDevices: async () => ({ ok: true, value: [] }),
    revokeDevice: async () => ({ ok: true, value: null }),
  };
}

describe('device session', () => {
  it('signs in, survives a reopen, is marked expired on 401, and sign-out forgets only the token', async () => {
    const device = makeDevice();
    const calls: string[] = [];
    const make = () => createSessionStore({ db: device.db, transport: fakeTransport(calls), wallNow: device.time.now, deviceName: () => 'Chrome Android' });
    const session = make();
    await session.load();
    expect(session.getSnapshot()).toEqual({ state: 'none' });
    expect(session.getToken()).toBeNull();

    expect(await session.signIn('siti', 'salah')).toEqual({ ok: false, reason: 'too-many-attempts', retryAfterSeconds: 120 });
    expect(await session.signIn('siti', 'benar-sekali')).toEqual({ ok: true });
    expect(calls).toContain('sign-in siti Chrome Android');
    await device.repos.create('household', { villageCode: '3302012001', headName: 'Budi', dusun: 'Krajan', rt: '001', rw: '002' });

    const reopened = make();
    await reopened.load();
    expect(reopened.getSnapshot()).toMatchObject({ state: 'active', user: { username: 'siti' } });
    expect(reopened.getToken()).toBe('tok-1');

    await reopened.markExpired();
    expect(reopened.getSnapshot()).toMatchObject({ state: 'expired', user: { displayName: 'Siti' } });
    expect((await readMeta(device.db, 'session'))?.expired).toBe(true);
    expect(await device.db.outbox.count()).toBe(1);

    expect(await reopened.signIn('siti', 'benar-sekali')).toEqual({ ok: true });
    expect(reopened.getSnapshot().state).toBe('active');
    await reopened.signOut();
    expect(calls).toContain('sign-out tok-1');
    expect(reopened.getSnapshot()).toEqual({ state: 'none' });
    expect(await readMeta(device.db, 'session')).toBeUndefined();
    expect(await device.db.outbox.count()).toBe(1);
  });

  it('names a device by browser and platform only', () => {
    expect(describeDevice('Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36')).toBe('Chrome Android');
  });
});

describe('app PIN', () => {
  it('is stored as a PBKDF2 hash, checks right and wrong PINs, and reports the 10th wrong one in a row', async () => {
    const { db } = makeDevice();
    expect(await checkPin(db, '1234')).toBe('no-pin');
    expect(await setPin(db, '12a4', 5, 1000)).toBe(false);
    expect(await setPin(db, '482916', 5, 1000)).toBe(true);
    const record = await readPin(db);
    expect(record).toMatchObject({ iterations: 1000, idleMinutes: 5 });
    expect(JSON.stringify(record)).not.toContain('482916');
    expect(await checkPin(db, '482916')).toBe('ok');
    for (let i = 1; i < maxPinFailures; i += 1) expect(await checkPin(db, '000000')).toBe('wrong');
    expect(await checkPin(db, '482916')).toBe('ok');
    for (let i = 1; i < maxPinFailures; i += 1) await checkPin(db, '111111');
    expect(await checkPin(db, '111111')).toBe('too-many');
    await clearPin(db);
    expect(await readPin(db)).toBeNull();
  });
});
