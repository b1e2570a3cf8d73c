// "Dusun Krajan · RT 002 / RW 001": the short place line of a household.
import type { Household } from '../../domain/household.ts';
import type { Translate } from '../i18n/language.tsx';

export function rtRwText(household: Pick<Household, 'rt' | 'rw'>, t: Translate): string {
  const { rt, rw } = household;
  if (rt && rw) return t('households.rtRw', { rt, rw });
  if (rt) return t('households.rtOnly', { rt });
  if (rw) return t('households.rwOnly', { rw });
  return '';
}

export function placeText(household: Pick<Household, 'dusun' | 'rt' | 'rw'>, t: Translate): string {
  return [household.dusun ?? '', rtRwText(household, t)].filter(Boolean).join(' · ');
}
