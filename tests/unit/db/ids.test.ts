// Record ids: UUIDv7 layout, and the platform randomness served from a pool hands every byte
// out once (two calls never share bytes, a large request bypasses the pool).
import { describe, expect, it } from 'vitest';
import { createUuidV7Generator, cryptoRandomBytes } from '../../../src/db/ids.ts';

describe('ids', () => {
  it('cryptoRandomBytes gives fresh bytes of the asked length on every call, across pool refills', () => {
    const seen = new Set<string>();
    for (let call = 0; call < 1000; call += 1) {
      const bytes = cryptoRandomBytes(16);
      expect(bytes).toHaveLength(16);
      seen.add(Buffer.from(bytes).toString('hex'));
    }
    // 1,000 × 16 bytes is four refills of the 4 KB pool; a repeat would mean reused bytes.
    expect(seen.size).toBe(1000);
    expect(cryptoRandomBytes(10_000)).toHaveLength(10_000);
  });

  it('UUIDv7 ids from the pooled bytes are unique, versioned and sort by time', () => {
    let time = Date.UTC(2025, 0, 1);
    const newId = createUuidV7Generator(() => time, cryptoRandomBytes);
    const ids = Array.from({ length: 2000 }, (_, index) => {
      if (index % 500 === 0) time += 1;
      return newId();
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[1999]! > ids[0]!).toBe(true);
  });
});
