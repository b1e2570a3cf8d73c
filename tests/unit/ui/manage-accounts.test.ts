import { describe, expect, it } from 'vitest';
import { parseVillageCodes, pickableVillages } from '../../../src/ui/account/manage/manage-text.ts';
import { generatePassword } from '../../../src/ui/data/accounts.ts';
import { passwordSchema } from '../../../src/sync/account-api.ts';

describe('accounts managed from the app', () => {
  it('makes first passwords the server accepts, easy to read out, never the same', () => {
    const made = new Set(Array.from({ length: 200 }, () => generatePassword()));
    expect(made.size).toBe(200);
    for (const password of made) {
      expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
      expect(passwordSchema.safeParse(password).success).toBe(true);
    }
  });

  it('skips random bytes that would favour some letters', () => {
    let calls = 0;
    // First a block of bytes at the top of the range (all skipped), then zeros ("a").
    const random = (bytes: Uint8Array<ArrayBuffer>) => bytes.fill(calls++ === 0 ? 255 : 0);
    expect(generatePassword(random)).toBe('aaaa-aaaa-aaaa');
    expect(calls).toBe(2);
  });

  it("offers the manager's own villages to tick, or asks for codes", () => {
    expect(pickableVillages({ scope: { villages: ['3374122003', '3374122004'] } })).toEqual(['3374122003', '3374122004']);
    expect(pickableVillages({ scope: { prefixes: ['337412'] } })).toBeNull();
    expect(pickableVillages({ scope: 'all' })).toBeNull();
    expect(parseVillageCodes('3374122003, 33.74.12.2004 3374122003')).toEqual(['3374122003', '3374122004']);
    expect(parseVillageCodes('337412')).toBeNull();
    expect(parseVillageCodes('')).toBeNull();
  });
});
