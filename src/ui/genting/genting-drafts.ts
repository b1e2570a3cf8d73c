// The fields of the sponsor, pledge and delivery forms and how their drafts (text as typed)
// become record fields for the repository to validate. Numbers people type the Indonesian
// way: "1,5" kg and "Rp450.000" are read as 1.5 and 450000; anything else goes on as text so
// the schema names the problem. The beneficiary travels as one value 'kind:id'.
import type { BeneficiaryKind } from '../../domain/pledge.ts';
import { beneficiaryKinds } from '../../domain/pledge.ts';

export type GentingFieldKind = 'text' | 'optional' | 'decimal' | 'rupiah' | 'count';

export const sponsorSpec = {
  kind: 'optional',
  name: 'text',
  contactPerson: 'optional',
  phone: 'optional',
  address: 'optional',
  notes: 'optional',
} satisfies Record<string, GentingFieldKind>;

export const pledgeSpec = {
  sponsorId: 'optional',
  supportType: 'optional',
  description: 'optional',
  quantity: 'decimal',
  unit: 'optional',
  amountRp: 'rupiah',
  schedule: 'optional',
  startDate: 'optional',
  periods: 'count',
  status: 'optional',
  notes: 'optional',
} satisfies Record<string, GentingFieldKind>;

export const deliverySpec = {
  date: 'optional',
  items: 'text',
  quantity: 'decimal',
  unit: 'optional',
  valueRp: 'rupiah',
  deliveredBy: 'optional',
  receivedBy: 'optional',
  note: 'optional',
} satisfies Record<string, GentingFieldKind>;

export type SponsorField = keyof typeof sponsorSpec;
export type PledgeField = keyof typeof pledgeSpec | 'beneficiary';
export type DeliveryField = keyof typeof deliverySpec;

/** "1,5" or "1.5" -> 1.5; "2" -> 2. */
export function parseDecimal(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const normal = trimmed.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : trimmed;
}

/** "Rp 450.000", "450000", "450 000" -> 450000. */
export function parseRupiah(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const digits = trimmed.replace(/^rp\.?\s*/i, '').replace(/[.\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : trimmed;
}

function valueOf(kind: GentingFieldKind, text: string): unknown {
  const trimmed = text.trim();
  if (kind === 'text') return trimmed;
  if (kind === 'decimal') return parseDecimal(text);
  if (kind === 'rupiah') return parseRupiah(text);
  if (kind === 'count') return trimmed === '' ? null : /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  return trimmed === '' ? null : trimmed;
}

export function fieldsOf<F extends string>(spec: Record<F, GentingFieldKind>, draft: Record<string, string>): Record<F, unknown> {
  const fields = {} as Record<F, unknown>;
  for (const field of Object.keys(spec) as F[]) fields[field] = valueOf(spec[field], draft[field] ?? '');
  return fields;
}

/** A record's values as draft text (null/undefined -> ''). */
export function draftOf<F extends string>(spec: Record<F, GentingFieldKind>, record: object | null, defaults: Partial<Record<F, string>> = {}): Record<F, string> {
  const values = (record ?? {}) as Partial<Record<F, unknown>>;
  const draft = {} as Record<F, string>;
  for (const field of Object.keys(spec) as F[]) {
    const value = values[field];
    draft[field] = value === null || value === undefined ? (defaults[field] ?? '') : String(value);
  }
  return draft;
}

export function beneficiaryValue(kind: BeneficiaryKind | null | undefined, id: string | null | undefined): string {
  return kind && id ? `${kind}:${id}` : '';
}

/** 'anak:<id>' -> { beneficiaryKind, beneficiaryId }; '' -> both null (not yet assigned). */
export function parseBeneficiary(value: string): { beneficiaryKind: BeneficiaryKind | null; beneficiaryId: string | null } {
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  const isKind = (beneficiaryKinds as readonly string[]).includes(kind);
  return at > 0 && isKind ? { beneficiaryKind: kind as BeneficiaryKind, beneficiaryId: value.slice(at + 1) } : { beneficiaryKind: null, beneficiaryId: null };
}
