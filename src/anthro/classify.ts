// Nutritional status categories of Permenkes No. 2 Tahun 2020 (Standar Antropometri Anak),
// from WHO z-scores rounded to 2 decimals (../shared/DOMAIN.md "Child anthropometry"):
//   BB/U   < −3 | −3 to < −2 | −2 to +1 | > +1
//   PB/U   < −3 | −3 to < −2 | −2 to +3 | > +3
//   BB/PB  < −3 | −3 to < −2 | −2 to +1 | > +1 to +2 | > +2 to +3 | > +3   (IMT/U the same)
// So −3.00 is "kurang"/"pendek"/"gizi kurang", −2.00, +1.00 are normal, +2.00 is "berisiko gizi
// lebih", +3.00 is "gizi lebih" (BB/PB, IMT/U) and "normal" (PB/U).
// A flagged z-score (WHO's implausible value) is never given a category: the outcome is
// "periksa ulang pengukuran". With oedema the weight-based indices are not assessed.
import type { MessageKey } from '../i18n/dictionary.ts';
import type { ZscoreResult } from './compute-zscores.ts';

/** BB/U, PB/U or TB/U, BB/PB or BB/TB, IMT/U. */
export type PermenkesIndex = 'bbu' | 'pbu' | 'bbpb' | 'imtu';

export type WeightForAgeCategory = 'severely-underweight' | 'underweight' | 'normal-weight' | 'risk-of-overweight';
export type HeightForAgeCategory = 'severely-stunted' | 'stunted' | 'normal-height' | 'tall';
export type WeightForHeightCategory =
  | 'severely-wasted' | 'wasted' | 'normal-nutrition' | 'possible-risk-of-overweight' | 'overweight' | 'obese';
export type PermenkesCategory = WeightForAgeCategory | HeightForAgeCategory | WeightForHeightCategory;

/** For the UI colour: normal (green), mild (yellow), moderate (orange), severe (red). */
export type Severity = 'normal' | 'mild' | 'moderate' | 'severe';

export type Classification =
  | { kind: 'category'; index: PermenkesIndex; code: PermenkesCategory; severity: Severity; labelKey: MessageKey }
  | { kind: 'recheck'; index: PermenkesIndex; labelKey: MessageKey }
  | { kind: 'oedema'; index: PermenkesIndex; labelKey: MessageKey };

type Band<C extends PermenkesCategory> = { code: C; severity: Severity };

function category<C extends PermenkesCategory>(index: PermenkesIndex, band: Band<C>): Classification {
  return { kind: 'category', index, code: band.code, severity: band.severity, labelKey: `anthro.categories.${band.code}` };
}

export function categorizeWeightForAge(z: number): Band<WeightForAgeCategory> {
  if (z < -3) return { code: 'severely-underweight', severity: 'severe' };
  if (z < -2) return { code: 'underweight', severity: 'moderate' };
  if (z <= 1) return { code: 'normal-weight', severity: 'normal' };
  return { code: 'risk-of-overweight', severity: 'mild' };
}

export function categorizeHeightForAge(z: number): Band<HeightForAgeCategory> {
  if (z < -3) return { code: 'severely-stunted', severity: 'severe' };
  if (z < -2) return { code: 'stunted', severity: 'moderate' };
  if (z <= 3) return { code: 'normal-height', severity: 'normal' };
  return { code: 'tall', severity: 'mild' };
}

/** BB/PB, BB/TB and IMT/U share these six bands. */
export function categorizeWeightForHeight(z: number): Band<WeightForHeightCategory> {
  if (z < -3) return { code: 'severely-wasted', severity: 'severe' };
  if (z < -2) return { code: 'wasted', severity: 'moderate' };
  if (z <= 1) return { code: 'normal-nutrition', severity: 'normal' };
  if (z <= 2) return { code: 'possible-risk-of-overweight', severity: 'mild' };
  if (z <= 3) return { code: 'overweight', severity: 'moderate' };
  return { code: 'obese', severity: 'severe' };
}

const categorizers: Record<PermenkesIndex, (z: number) => Band<PermenkesCategory>> = {
  bbu: categorizeWeightForAge,
  pbu: categorizeHeightForAge,
  bbpb: categorizeWeightForHeight,
  imtu: categorizeWeightForHeight,
};

/** One index: null when there is no z-score (and no oedema to report). */
export function classifyIndex(
  index: PermenkesIndex, z: number | null, flag: 0 | 1 | null, hasOedema = false,
): Classification | null {
  if (hasOedema && index !== 'pbu') return { kind: 'oedema', index, labelKey: 'anthro.oedema' };
  if (z === null || Number.isNaN(z)) return null;
  if (flag === 1) return { kind: 'recheck', index, labelKey: 'anthro.recheck' };
  return category(index, categorizers[index](z));
}

export type PermenkesClassification = Record<PermenkesIndex, Classification | null>;

/** The four Permenkes indices of one measurement, to be read together. */
export function classifyZscores(result: ZscoreResult, hasOedema = false): PermenkesClassification {
  return {
    bbu: classifyIndex('bbu', result.zwei, result.fwei, hasOedema),
    pbu: classifyIndex('pbu', result.zlen, result.flen),
    bbpb: classifyIndex('bbpb', result.zwfl, result.fwfl, hasOedema),
    imtu: classifyIndex('imtu', result.zbmi, result.fbmi, hasOedema),
  };
}

/** The index's name: PB/U and BB/PB under 24 months (731 days), TB/U and BB/TB from then on. */
export function indexLabelKey(index: PermenkesIndex, ageDays: number | null): MessageKey {
  const isHeight = ageDays !== null && ageDays >= 731;
  if (index === 'pbu') return isHeight ? 'anthro.indices.tbu' : 'anthro.indices.pbu';
  if (index === 'bbpb') return isHeight ? 'anthro.indices.bbtb' : 'anthro.indices.bbpb';
  return `anthro.indices.${index}`;
}
