// Record ids made on the device (DESIGN.md "Records and identity"): UUID version 7 (RFC 9562
// section 5.7): 48-bit Unix milliseconds, version 7, 12 + 62 random bits, variant 10.
// Sortable by creation time, unique without a server round trip. Clock and randomness are
// injected so tests are reproducible.

export type IdGenerator = () => string;

export function createUuidV7Generator(now: () => number, randomBytes: (length: number) => Uint8Array): IdGenerator {
  return () => {
    const bytes = randomBytes(16);
    const ms = Math.floor(now());
    for (let index = 0; index < 6; index += 1) bytes[index] = Math.floor(ms / 2 ** (8 * (5 - index))) % 256;
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    let hex = '';
    for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** Random bytes drawn from the platform per call of getRandomValues (each call costs ~10 µs). */
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

/**
 * The platform's cryptographic randomness (browser and Node 20 both have globalThis.crypto),
 * handed out from a 4 KB pool refilled by one getRandomValues call: a bulk create of 1,000
 * records asks for 1,000 ids. Every byte is handed out once.
 */
export function cryptoRandomBytes(length: number): Uint8Array {
  if (length > POOL_BYTES) return crypto.getRandomValues(new Uint8Array(length));
  if (poolOffset + length > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    poolOffset = 0;
  }
  const bytes = pool.slice(poolOffset, poolOffset + length);
  poolOffset += length;
  return bytes;
}
