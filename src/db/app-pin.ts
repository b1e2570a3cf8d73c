// The optional app PIN (issue #5): a short code that unlocks the app after it has been idle.
// Stored on the device as PBKDF2-SHA-256 (WebCrypto) with a random salt, never in clear.
// What it does NOT do (docs/security.md): it does not encrypt IndexedDB; anyone who can read the
// browser's files reads the data, and a 4-6 digit PIN falls to an offline guess in seconds.
// It stops someone who picks up an unlocked phone. After `maxPinFailures` wrong PINs in a row
// the device session is dropped, so only the account password (online) opens sync again.
import type { GentingDb } from './database.ts';
import { deleteMeta, readMeta, writeMeta } from './meta.ts';

export type PinRecord = { saltB64: string; hashB64: string; iterations: number; idleMinutes: number };

export const pinIterations = 210_000;
export const maxPinFailures = 10;
export const defaultIdleMinutes = 5;
export const pinPattern = /^\d{4,8}$/;

const toB64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromB64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function readPin(db: GentingDb): Promise<PinRecord | null> {
  return (await readMeta(db, 'appPin')) ?? null;
}

export async function setPin(db: GentingDb, pin: string, idleMinutes: number, iterations = pinIterations): Promise<boolean> {
  if (!pinPattern.test(pin)) return false;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  await writeMeta(db, 'appPin', { saltB64: toB64(salt), hashB64: toB64(hash), iterations, idleMinutes });
  await deleteMeta(db, 'pinFailures');
  return true;
}

export async function clearPin(db: GentingDb): Promise<void> {
  await deleteMeta(db, 'appPin');
  await deleteMeta(db, 'pinFailures');
}

export type PinCheck = 'ok' | 'wrong' | 'too-many' | 'no-pin';

/** Checks a PIN; the failure count is kept in meta so reloading the page does not reset it. */
export async function checkPin(db: GentingDb, pin: string): Promise<PinCheck> {
  const record = await readPin(db);
  if (!record) return 'no-pin';
  const hash = await derive(pin, fromB64(record.saltB64), record.iterations);
  const expected = fromB64(record.hashB64);
  let difference = hash.length ^ expected.length;
  for (let i = 0; i < Math.min(hash.length, expected.length); i += 1) difference |= (hash[i] as number) ^ (expected[i] as number);
  if (difference === 0) {
    await deleteMeta(db, 'pinFailures');
    return 'ok';
  }
  const failures = ((await readMeta(db, 'pinFailures')) ?? 0) + 1;
  await writeMeta(db, 'pinFailures', failures);
  return failures >= maxPinFailures ? 'too-many' : 'wrong';
}
