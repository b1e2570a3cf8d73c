// How a pledge reads in a list or a heading: "Paket pangan / gizi · 1 paket · Rp450.000 ·
// Setiap bulan", its beneficiary's name, and Rupiah written the Indonesian way.
import type { Household } from '../../domain/household.ts';
import type { Person } from '../../domain/person.ts';
import type { Pledge } from '../../domain/pledge.ts';
import type { Translate } from '../i18n/language.tsx';

export function formatRupiah(value: number): string {
  return `Rp${Math.round(value).toLocaleString('id-ID')}`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('id-ID', { maximumFractionDigits: 2 });
}

export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;
}

/** "1 paket · Rp450.000" (what is given each time), or '' when neither is set. */
export function pledgeAmountText(pledge: Pick<Pledge, 'quantity' | 'unit' | 'amountRp'>): string {
  const parts: string[] = [];
  if (pledge.quantity != null) parts.push(`${formatNumber(pledge.quantity)} ${pledge.unit ?? ''}`.trim());
  if (pledge.amountRp != null) parts.push(formatRupiah(pledge.amountRp));
  return parts.join(' · ');
}

/** "Paket pangan / gizi · 1 paket · Rp450.000 · Setiap bulan · 6 kali". */
export function pledgeSummary(t: Translate, pledge: Pick<Pledge, 'supportType' | 'quantity' | 'unit' | 'amountRp' | 'schedule' | 'periods'>): string {
  const periods = pledge.schedule === 'sekali' ? null : pledge.periods ? t('sponsors.pledge.periodsOf', { count: pledge.periods }) : t('sponsors.pledge.openEnded');
  return [t(`enums.supportType.${pledge.supportType}`), pledgeAmountText(pledge), t(`enums.pledgeSchedule.${pledge.schedule}`), periods].filter(Boolean).join(' · ');
}

export type BeneficiaryLabel = { name: string; kindLabel: string; dusun: string | null };

/** The beneficiary's name and kind, or null when not assigned (or not on this device). */
export function beneficiaryLabel(t: Translate, pledge: Pledge, households: readonly Household[], persons: readonly Person[]): BeneficiaryLabel | null {
  if (!pledge.beneficiaryKind || !pledge.beneficiaryId) return null;
  const kindLabel = t(`enums.beneficiaryKind.${pledge.beneficiaryKind}`);
  if (pledge.beneficiaryKind === 'keluarga') {
    const household = households.find((h) => h.id === pledge.beneficiaryId);
    return household ? { name: t('sponsors.matching.family', { name: household.headName }), kindLabel, dusun: household.dusun ?? null } : null;
  }
  const person = persons.find((p) => p.id === pledge.beneficiaryId);
  if (!person) return null;
  return { name: person.name, kindLabel, dusun: households.find((h) => h.id === person.householdId)?.dusun ?? null };
}
