// Permenkes No. 2 Tahun 2020 categories at both sides of every threshold (−3, −2, +1, +2, +3).
import { describe, expect, it } from 'vitest';
import { classifyIndex, classifyZscores, indexLabelKey } from '../../../src/anthro/classify.ts';
import { computeZscores } from '../../../src/anthro/compute-zscores.ts';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';
import { translate } from '../../../src/i18n/index.ts';

const codeOf = (index: 'bbu' | 'pbu' | 'bbpb' | 'imtu', z: number) => {
  const result = classifyIndex(index, z, 0);
  return result?.kind === 'category' ? result.code : result?.kind;
};

describe('Permenkes categories', () => {
  it.each([
    [-3.01, 'severely-underweight'], [-3, 'underweight'], [-2.01, 'underweight'], [-2, 'normal-weight'],
    [1, 'normal-weight'], [1.01, 'risk-of-overweight'],
  ])('BB/U z = %d → %s', (z, code) => expect(codeOf('bbu', z)).toBe(code));

  it.each([
    [-3.01, 'severely-stunted'], [-3, 'stunted'], [-2.01, 'stunted'], [-2, 'normal-height'], [3, 'normal-height'], [3.01, 'tall'],
  ])('PB/U z = %d → %s', (z, code) => expect(codeOf('pbu', z)).toBe(code));

  it.each([
    [-3.01, 'severely-wasted'], [-3, 'wasted'], [-2.01, 'wasted'], [-2, 'normal-nutrition'], [1, 'normal-nutrition'],
    [1.01, 'possible-risk-of-overweight'], [2, 'possible-risk-of-overweight'], [2.01, 'overweight'], [3, 'overweight'], [3.01, 'obese'],
  ])('BB/PB and IMT/U z = %d → %s', (z, code) => {
    expect(codeOf('bbpb', z)).toBe(code);
    expect(codeOf('imtu', z)).toBe(code);
  });

  it('gives a severity for the UI colour and a translated name', () => {
    const result = classifyIndex('pbu', -2.5, 0);
    expect(result).toMatchObject({ kind: 'category', severity: 'moderate', labelKey: 'anthro.categories.stunted' });
    if (result?.kind !== 'category') throw new Error('expected a category');
    expect(translate('id', result.labelKey)).toBe('Pendek');
    expect(translate('en', result.labelKey)).toBe('Stunted');
    expect(classifyIndex('bbpb', -3.5, 0)).toMatchObject({ severity: 'severe' });
    expect(classifyIndex('bbu', 0, 0)).toMatchObject({ severity: 'normal' });
  });

  it('a flagged z-score is "periksa ulang pengukuran", never a category', () => {
    const result = classifyIndex('pbu', -6.09, 1);
    expect(result).toEqual({ kind: 'recheck', index: 'pbu', labelKey: 'anthro.recheck' });
    expect(translate('id', 'anthro.recheck')).toBe('Periksa ulang pengukuran');
  });

  it('no z-score, no classification; oedema is reported for the weight-based indices', () => {
    expect(classifyIndex('bbu', null, null)).toBeNull();
    expect(classifyIndex('bbpb', null, null, true)).toMatchObject({ kind: 'oedema' });
    expect(classifyIndex('pbu', -1, 0, true)).toMatchObject({ kind: 'category', code: 'normal-height' });
  });

  it('reads the four indices of one measurement together', () => {
    const result = computeZscores(loadGrowthTablesSync(), { sex: 1, age: 987, lengthHeightCm: 72.86, measure: 'l', weightKg: 9 });
    const all = classifyZscores(result);
    expect(all.pbu).toMatchObject({ kind: 'recheck' });
    expect(all.bbu).toMatchObject({ kind: 'category' });
    expect(indexLabelKey('pbu', 987)).toBe('anthro.indices.tbu');
    expect(indexLabelKey('bbpb', 300)).toBe('anthro.indices.bbpb');
  });
});
