// Device session tokens: 256 random bits, base64url (43 characters), handed to the device
// once at sign-in and stored by the server only as their SHA-256 (a database leak reveals no
// usable token; a 256-bit random value needs no slow hash). Setup codes are stored the same way.
import { createHash, randomBytes, randomInt } from 'node:crypto';

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

// Crockford-like alphabet without 0/O, 1/I/L: easy to read off a console and type on a phone.
const setupAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time setup code like `K7QX-M2RD-9PTA` (14 characters, ~59 bits). */
export function newSetupCode(): string {
  const chars = Array.from({ length: 12 }, () => setupAlphabet[randomInt(setupAlphabet.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What the user typed, made comparable: upper case, no spaces or dashes. */
export function normalizeSetupCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

export function newId(): string {
  return randomBytes(12).toString('base64url');
}
