// Kemendagri area codes (kode wilayah, Permendagri 137/2017 and Kepmendagri 100.1.1-6117/2022):
// a village is 10 digits PP.KK.CC.DDDD = province, kabupaten (01-69) or kota (71-99),
// kecamatan, village (first digit 1 = kelurahan, 2 = desa). Stored without dots, shown with dots.
import { z } from 'zod';
import { messageKey, requiredOr } from './fields.ts';

/** Province codes in use since the 2022 Papua split (91-96). */
export const provinceCodes = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76',
  '81', '82', '91', '92', '93', '94', '95', '96',
] as const;

export type VillageCodeProblem =
  | 'village-code-format'
  | 'village-code-province'
  | 'village-code-regency'
  | 'village-code-district'
  | 'village-code-village';

export type VillageCodeResult = { ok: true; value: string } | { ok: false; reason: VillageCodeProblem };

/** Checks 10 digits without separators; the reason says which part is wrong. */
export function checkVillageCode(code: string): VillageCodeResult {
  if (!/^\d{10}$/.test(code)) return { ok: false, reason: 'village-code-format' };
  if (!(provinceCodes as readonly string[]).includes(code.slice(0, 2))) return { ok: false, reason: 'village-code-province' };
  const regency = Number(code.slice(2, 4));
  if (regency === 0 || regency === 70) return { ok: false, reason: 'village-code-regency' };
  if (code.slice(4, 6) === '00') return { ok: false, reason: 'village-code-district' };
  const village = code.slice(6);
  if (!/^[12]\d{3}$/.test(village) || village.slice(1) === '000') return { ok: false, reason: 'village-code-village' };
  return { ok: true, value: code };
}

export function isVillageCode(code: string): boolean {
  return checkVillageCode(code).ok;
}

/** Accepts '61.01.05.2001', '61 01 05 2001' or '6101052001' and returns the stored form. */
export function parseVillageCode(input: string): VillageCodeResult {
  const compact = input.trim().replace(/[.\s]/g, '');
  return checkVillageCode(compact);
}

/** '6101052001' -> '61.01.05.2001'; anything else is returned unchanged. */
export function formatVillageCode(code: string): string {
  if (!/^\d{10}$/.test(code)) return code;
  return `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)}.${code.slice(6)}`;
}

export type VillageCodeParts = {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  isKota: boolean;
  isKelurahan: boolean;
};

/** Prefix codes of a valid village code: province (2), regency (4) and kecamatan (6 digits). */
export function describeVillageCode(code: string): VillageCodeParts | null {
  if (!isVillageCode(code)) return null;
  return {
    provinceCode: code.slice(0, 2),
    regencyCode: code.slice(0, 4),
    districtCode: code.slice(0, 6),
    isKota: Number(code.slice(2, 4)) >= 71,
    isKelurahan: code[6] === '1',
  };
}

const problemKeys = {
  'village-code-format': 'villageCodeFormat',
  'village-code-province': 'villageCodeProvince',
  'village-code-regency': 'villageCodeRegency',
  'village-code-district': 'villageCodeDistrict',
  'village-code-village': 'villageCodeVillage',
} as const;

export const villageCodeField = z.string({ error: requiredOr('villageCodeFormat') }).superRefine((code, ctx) => {
  const result = checkVillageCode(code);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: messageKey(problemKeys[result.reason]) });
});
