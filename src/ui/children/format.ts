// Numbers as the cadre reads them: a decimal comma in Indonesian, a sign on z-scores.
import type { Language } from '../../i18n/translate.ts';

export function formatNumber(value: number, language: Language, digits = 1): string {
  return value.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "−2,31" / "+0,40" (2 decimals, a real minus sign). */
export function formatZ(z: number, language: Language): string {
  const text = formatNumber(Math.abs(z), language, 2);
  return z < 0 ? `−${text}` : `+${text}`;
}
