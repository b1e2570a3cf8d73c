// Kemendagri village codes: 10 digits PP.KK.CC.DDDD, stored without dots.
import { describe, expect, it } from 'vitest';
import {
  checkVillageCode,
  describeVillageCode,
  formatVillageCode,
  isVillageCode,
  parseVillageCode,
  provinceCodes,
  villageCodeField,
} from '../../../src/domain/village-code.ts';

describe('checkVillageCode', () => {
  it.each([
    ['a desa in a kabupaten', '3201012001'],
    ['a kelurahan in a kota', '3171011001'],
    ['kabupaten 69 and kota 99', '3269012001'],
    ['kota 99', '3299011001'],
    ['village 999', '3201012999'],
    ['a new Papua province (96)', '9601012001'],
  ])('accepts %s', (_name, code) => {
    expect(checkVillageCode(code)).toEqual({ ok: true, value: code });
    expect(isVillageCode(code)).toBe(true);
  });

  it.each([
    ['9 digits', '320101200', 'village-code-format'],
    ['11 digits', '32010120011', 'village-code-format'],
    ['dots', '32.01.01.2001', 'village-code-format'],
    ['letters', '32010120O1', 'village-code-format'],
    ['empty', '', 'village-code-format'],
    ['province 00', '0001012001', 'village-code-province'],
    ['province 20 (none)', '2001012001', 'village-code-province'],
    ['province 99', '9901012001', 'village-code-province'],
    ['regency 00', '3200012001', 'village-code-regency'],
    ['regency 70 (neither kabupaten nor kota)', '3270012001', 'village-code-regency'],
    ['kecamatan 00', '3201002001', 'village-code-district'],
    ['village starting with 3', '3201013001', 'village-code-village'],
    ['village starting with 0', '3201010001', 'village-code-village'],
    ['kelurahan 000', '3201011000', 'village-code-village'],
    ['desa 000', '3201012000', 'village-code-village'],
  ])('rejects %s', (_name, code, reason) => {
    expect(checkVillageCode(code)).toEqual({ ok: false, reason });
    expect(isVillageCode(code)).toBe(false);
  });

  it('knows 38 provinces, each two digits', () => {
    expect(new Set(provinceCodes).size).toBe(38);
    for (const code of provinceCodes) expect(code).toMatch(/^\d{2}$/);
  });
});

describe('typing, storing and showing', () => {
  it('parses dotted or spaced input to the stored form', () => {
    expect(parseVillageCode('32.01.01.2001')).toEqual({ ok: true, value: '3201012001' });
    expect(parseVillageCode(' 32 01 01 2001 ')).toEqual({ ok: true, value: '3201012001' });
    expect(parseVillageCode('32-01-01-2001')).toEqual({ ok: false, reason: 'village-code-format' });
    expect(parseVillageCode('32.70.01.2001')).toEqual({ ok: false, reason: 'village-code-regency' });
  });

  it('formats with dots and leaves anything else unchanged', () => {
    expect(formatVillageCode('3201012001')).toBe('32.01.01.2001');
    expect(formatVillageCode('32.01.01.2001')).toBe('32.01.01.2001');
    expect(formatVillageCode('123')).toBe('123');
  });

  it('describes the prefixes and the kind of place', () => {
    expect(describeVillageCode('3201012001')).toEqual({ provinceCode: '32', regencyCode: '3201', districtCode: '320101', isKota: false, isKelurahan: false });
    expect(describeVillageCode('3171011001')).toEqual({ provinceCode: '31', regencyCode: '3171', districtCode: '317101', isKota: true, isKelurahan: true });
    expect(describeVillageCode('3270012001')).toBeNull();
  });
});

describe('villageCodeField', () => {
  it.each([
    [undefined, 'validation.required'],
    [null, 'validation.required'],
    [3201012001, 'validation.villageCodeFormat'],
    ['32.01.01.2001', 'validation.villageCodeFormat'],
    ['9901012001', 'validation.villageCodeProvince'],
    ['3270012001', 'validation.villageCodeRegency'],
    ['3201002001', 'validation.villageCodeDistrict'],
    ['3201013001', 'validation.villageCodeVillage'],
  ])('%j -> %s', (input, key) => {
    expect(villageCodeField.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([key]);
  });
});
