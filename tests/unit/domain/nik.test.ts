// NIK and KK numbers: 16 digits block a save; the NIK's birth date (DD + 40 for women),
// sex and kecamatan only ever warn.
import { describe, expect, it } from 'vitest';
import { checkNikConsistency, isSixteenDigits, kkNumberField, nikField, parseNik } from '../../../src/domain/nik.ts';

// Kecamatan 32.01.01; born 12 May 1995; serial 0001.
const womanNik = '3201015205950001'; // DD 12 + 40 = 52
const manNik = '3201011205950001';

describe('16 digits', () => {
  it('accepts exactly 16 ASCII digits', () => {
    expect(isSixteenDigits(womanNik)).toBe(true);
    for (const bad of ['320101520595000', '32010152059500011', '3201 0152 0595 0001', '320101520595000O', '３２０１０１５２０５９５０００１', '']) {
      expect(isSixteenDigits(bad)).toBe(false);
    }
  });

  it('NIK and KK fields report their own key', () => {
    expect(nikField.safeParse(womanNik).success).toBe(true);
    expect(nikField.safeParse('123').error?.issues[0]?.message).toBe('validation.nikDigits');
    expect(nikField.safeParse(3201015205950001).error?.issues[0]?.message).toBe('validation.nikDigits');
    expect(kkNumberField.safeParse('3201010101250001').success).toBe(true);
    expect(kkNumberField.safeParse('32010101012500').error?.issues[0]?.message).toBe('validation.kkDigits');
  });
});

describe('parseNik', () => {
  it('reads a woman\'s NIK: 40 is taken off the day', () => {
    expect(parseNik(womanNik)).toEqual({ districtCode: '320101', birthDay: 12, birthMonth: 5, birthYear2: 95, sex: 'F', serial: '0001' });
  });

  it('reads a man\'s NIK', () => {
    expect(parseNik(manNik)).toMatchObject({ birthDay: 12, birthMonth: 5, birthYear2: 95, sex: 'M' });
  });

  it('handles the first and last day of a month for both sexes', () => {
    expect(parseNik('3201010101000001')).toMatchObject({ birthDay: 1, birthMonth: 1, birthYear2: 0, sex: 'M' });
    expect(parseNik('3201013112990001')).toMatchObject({ birthDay: 31, birthMonth: 12, sex: 'M' });
    expect(parseNik('3201014101000001')).toMatchObject({ birthDay: 1, sex: 'F' });
    expect(parseNik('3201017112990001')).toMatchObject({ birthDay: 31, sex: 'F' });
    expect(parseNik('3201016902240001')).toMatchObject({ birthDay: 29, birthMonth: 2, sex: 'F' }); // 29 Feb: the year decides later
  });

  it.each([
    ['day 00', '3201010005950001'],
    ['day 32 (no such day, not a woman)', '3201013205950001'],
    ['day 40', '3201014005950001'],
    ['day 72 (31 + 40 + 1)', '3201017205950001'],
    ['month 00', '3201011200950001'],
    ['month 13', '3201011213950001'],
    ['30 February', '3201013002950001'],
    ['31 April for a woman', '3201017104950001'],
    ['not 16 digits', '32010152059500'],
  ])('returns null for %s', (_name, nik) => {
    expect(parseNik(nik)).toBeNull();
  });
});

describe('checkNikConsistency (warnings only)', () => {
  it('is silent when everything agrees', () => {
    expect(checkNikConsistency(womanNik, { birthDate: '1995-05-12', sex: 'F', villageCode: '3201012001' })).toEqual([]);
    expect(checkNikConsistency(manNik, { birthDate: '1995-05-12', sex: 'M', villageCode: '3201011005' })).toEqual([]);
  });

  it('is silent without a NIK, with a NIK that is not 16 digits (the schema reports that) or without context', () => {
    expect(checkNikConsistency(null, { birthDate: '1995-05-12', sex: 'F' })).toEqual([]);
    expect(checkNikConsistency(undefined, {})).toEqual([]);
    expect(checkNikConsistency('', { sex: 'M' })).toEqual([]);
    expect(checkNikConsistency('123', { sex: 'M' })).toEqual([]);
    expect(checkNikConsistency(womanNik, {})).toEqual([]);
    expect(checkNikConsistency(womanNik, { birthDate: null, sex: null, villageCode: null })).toEqual([]);
  });

  it('warns when the birth day, month or year differs, showing the NIK\'s date', () => {
    const expected = [{ field: 'nik', path: 'nik', messageKey: 'validation.nikBirthDateMismatch', params: { nikDate: '12-05-95' } }];
    expect(checkNikConsistency(womanNik, { birthDate: '1995-05-13', sex: 'F' })).toEqual(expected);
    expect(checkNikConsistency(womanNik, { birthDate: '1995-06-12', sex: 'F' })).toEqual(expected);
    expect(checkNikConsistency(womanNik, { birthDate: '1985-05-12', sex: 'F' })).toEqual(expected);
  });

  it('compares only two digits of the year (the century is not in the NIK)', () => {
    expect(checkNikConsistency('3201011205250001', { birthDate: '1925-05-12' })).toEqual([]);
    expect(checkNikConsistency('3201011205250001', { birthDate: '2025-05-12' })).toEqual([]);
  });

  it('warns when the sex differs: a woman\'s day has 40 added', () => {
    expect(checkNikConsistency(womanNik, { sex: 'M' }).map((w) => w.messageKey)).toEqual(['validation.nikSexMismatch']);
    expect(checkNikConsistency(manNik, { sex: 'F' }).map((w) => w.messageKey)).toEqual(['validation.nikSexMismatch']);
    // The usual typo: a woman's birth day typed into the NIK without the 40.
    expect(checkNikConsistency(manNik, { birthDate: '1995-05-12', sex: 'F' }).map((w) => w.messageKey)).toEqual(['validation.nikSexMismatch']);
  });

  it('warns when the kecamatan differs from the village\'s, with both codes dotted', () => {
    expect(checkNikConsistency(womanNik, { villageCode: '3202012001' })).toEqual([
      {
        field: 'nik',
        path: 'nik',
        messageKey: 'validation.nikDistrictMismatch',
        params: { nikDistrict: '32.01.01', villageDistrict: '32.02.01' },
      },
    ]);
    // An invalid village code is not compared.
    expect(checkNikConsistency(womanNik, { villageCode: '9999999999' })).toEqual([]);
  });

  it('reports several disagreements together, date before sex before kecamatan', () => {
    expect(checkNikConsistency(womanNik, { birthDate: '2001-01-01', sex: 'M', villageCode: '3171011001' }).map((w) => w.messageKey)).toEqual([
      'validation.nikBirthDateMismatch',
      'validation.nikSexMismatch',
      'validation.nikDistrictMismatch',
    ]);
  });

  it('says the date part is unreadable instead of comparing it', () => {
    expect(checkNikConsistency('3201013205950001', { birthDate: '1995-05-12', sex: 'M', villageCode: '3202012001' })).toEqual([
      { field: 'nik', path: 'nik', messageKey: 'validation.nikDateUnreadable', params: {} },
    ]);
  });

  it('a 29 February NIK against a common year\'s birth date is a mismatch, not unreadable', () => {
    expect(checkNikConsistency('3201016902950001', { birthDate: '1995-03-01', sex: 'F' }).map((w) => w.messageKey)).toEqual([
      'validation.nikBirthDateMismatch',
    ]);
    expect(checkNikConsistency('3201016902960001', { birthDate: '1996-02-29', sex: 'F' })).toEqual([]);
  });
});
