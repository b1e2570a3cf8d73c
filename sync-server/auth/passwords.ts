// Password hashing with scrypt (node:crypto), a memory-hard KDF (RFC 7914). Each hash carries
// its own parameters and a random 16-byte salt: `scrypt$<log2 N>$<r>$<p>$<salt b64url>$<key b64url>`,
// so the cost can be raised later without invalidating old hashes (needsRehash).
// Default N = 2^15, r = 8, p = 1: 32 MiB and ~0.1 s per hash on a small server (OWASP
// Password Storage Cheat Sheet lists N=2^17/r=8 as a strong setting; 2^15 keeps sign-in bursts
// of a whole village office cheap on a laptop). Verification compares in constant time.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { minPasswordLength } from '../../src/sync/account-api.ts';

export type ScryptCost = { log2N: number; r: number; p: number };
export const defaultScryptCost: ScryptCost = { log2N: 15, r: 8, p: 1 };
const keyLength = 32;

function scryptAsync(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** cost.log2N, r: cost.r, p: cost.p, maxmem: 256 * 2 ** cost.log2N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export function isPasswordLongEnough(password: string): boolean {
  return [...password].length >= minPasswordLength;
}

export async function hashPassword(password: string, cost: ScryptCost = defaultScryptCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, cost);
  return ['scrypt', cost.log2N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const [scheme, log2N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !log2N || !r || !p || !salt || !key) return null;
  const cost = { log2N: Number(log2N), r: Number(r), p: Number(p) };
  if (!Object.values(cost).every((n) => Number.isInteger(n) && n > 0 && n < 64)) return null;
  return { cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await scryptAsync(password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** A hash of a fixed random password: verified against when the username does not exist,
 * so an unknown username takes as long as a wrong password (no username probing by timing). */
const decoys = new Map<string, Promise<string>>();
export function decoyHash(cost: ScryptCost = defaultScryptCost): Promise<string> {
  const key = `${cost.log2N}:${cost.r}:${cost.p}`;
  let decoy = decoys.get(key);
  if (!decoy) {
    decoy = hashPassword(randomBytes(18).toString('base64url'), cost);
    decoys.set(key, decoy);
  }
  return decoy;
}
