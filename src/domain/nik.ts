// NIK (Nomor Induk Kependudukan) and nomor KK (Kartu Keluarga): 16 digits each.
// NIK layout (DOMAIN.md, UU 24/2013 and Permendagri on NIK): digits 1-6 the kecamatan code
// where it was issued, 7-12 the birth date DDMMYY with 40 added to DD for women, 13-16 a serial.
// Invariant: only "16 digits" blocks a save. Birth date, sex and kecamatan disagreements are
// warnings a cadre can override (people move; records have typos on either side).
import { z } from 'zod';
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';
import { fieldIssue, type FieldIssue } from './field-issues.ts';
import { messageKey } from './fields.ts';
import { describeVillageCode } from './village-code.ts';

export function isSixteenDigits(value: string): boolean {
  return /^\d{16}$/.test(value);
}

export const nikField = z.string({ error: messageKey('nikDigits') }).regex(/^\d{16}$/, { error: messageKey('nikDigits') });
export const kkNumberField = z.string({ error: messageKey('kkDigits') }).regex(/^\d{16}$/, { error: messageKey('kkDigits') });

export type NikParts = {
  districtCode: string;
  /** Day of birth with the +40 for women removed. */
  birthDay: number;
  birthMonth: number;
  /** Two-digit year: the century is not in the NIK. */
  birthYear2: number;
  sex: 'M' | 'F';
  serial: string;
};

/** Reads a NIK's parts; null when it is not 16 digits or its DDMMYY cannot be a date. */
export function parseNik(nik: string): NikParts | null {
  if (!isSixteenDigits(nik)) return null;
  const rawDay = Number(nik.slice(6, 8));
  const birthMonth = Number(nik.slice(8, 10));
  const sex = rawDay > 40 ? 'F' : 'M';
  const birthDay = sex === 'F' ? rawDay - 40 : rawDay;
  // 2000 is a leap year, so 29 Feb is accepted for any YY here; the full-date comparison catches the rest.
  if (birthMonth < 1 || birthMonth > 12 || birthDay < 1 || !parseCalendarDate(`2000-${nik.slice(8, 10)}-${String(birthDay).padStart(2, '0')}`)) {
    return null;
  }
  return { districtCode: nik.slice(0, 6), birthDay, birthMonth, birthYear2: Number(nik.slice(10, 12)), sex, serial: nik.slice(12) };
}

function dotted(districtCode: string): string {
  return `${districtCode.slice(0, 2)}.${districtCode.slice(2, 4)}.${districtCode.slice(4)}`;
}

export type NikContext = {
  birthDate?: CalendarDate | null;
  sex?: 'M' | 'F' | null;
  /** The household's village: its kecamatan (first 6 digits) is compared with the NIK's. */
  villageCode?: string | null;
};

/**
 * Warnings (never errors) when a NIK disagrees with the person's birth date, sex or the
 * village's kecamatan. Returns [] when the NIK is absent or not 16 digits (the schema reports that).
 */
export function checkNikConsistency(nik: string | null | undefined, context: NikContext): FieldIssue[] {
  if (!nik || !isSixteenDigits(nik)) return [];
  const parts = parseNik(nik);
  if (!parts) return [fieldIssue('nik', 'nikDateUnreadable')];
  const warnings: FieldIssue[] = [];
  const birth = context.birthDate ? parseCalendarDate(context.birthDate) : null;
  if (birth && (birth.day !== parts.birthDay || birth.month !== parts.birthMonth || birth.year % 100 !== parts.birthYear2)) {
    const nikDate = `${String(parts.birthDay).padStart(2, '0')}-${String(parts.birthMonth).padStart(2, '0')}-${String(parts.birthYear2).padStart(2, '0')}`;
    warnings.push(fieldIssue('nik', 'nikBirthDateMismatch', { nikDate }));
  }
  if (context.sex && context.sex !== parts.sex) warnings.push(fieldIssue('nik', 'nikSexMismatch'));
  const village = context.villageCode ? describeVillageCode(context.villageCode) : null;
  if (village && village.districtCode !== parts.districtCode) {
    warnings.push(fieldIssue('nik', 'nikDistrictMismatch', { nikDistrict: dotted(parts.districtCode), villageDistrict: dotted(village.districtCode) }));
  }
  return warnings;
}
