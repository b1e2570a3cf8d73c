import { describe, expect, it } from 'vitest';
import { pledgeSchema } from '../../../src/domain/pledge.ts';
import { beneficiaryValue, draftOf, fieldsOf, parseBeneficiary, parseDecimal, parseRupiah, pledgeSpec } from '../../../src/ui/genting/genting-drafts.ts';

describe('GENTING form drafts', () => {
  it('reads Rupiah and decimals the way people type them, and hands anything else on as text', () => {
    expect(parseRupiah('Rp 450.000')).toBe(450_000);
    expect(parseRupiah('rp450000')).toBe(450_000);
    expect(parseRupiah('1 500 000')).toBe(1_500_000);
    expect(parseRupiah('')).toBeNull();
    expect(parseRupiah('empat ratus')).toBe('empat ratus');
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('2')).toBe(2);
    expect(parseDecimal(' ')).toBeNull();
    expect(parseDecimal('1,5 kg')).toBe('1,5 kg');
  });

  it('round-trips the beneficiary as kind:id and treats anything else as not assigned', () => {
    const id = '0190a5b2-1c3d-7e4f-8a5b-000000000001';
    expect(parseBeneficiary(beneficiaryValue('ibu-hamil', id))).toEqual({ beneficiaryKind: 'ibu-hamil', beneficiaryId: id });
    expect(parseBeneficiary('')).toEqual({ beneficiaryKind: null, beneficiaryId: null });
    expect(parseBeneficiary(`tetangga:${id}`)).toEqual({ beneficiaryKind: null, beneficiaryId: null });
    expect(beneficiaryValue(null, id)).toBe('');
  });

  it('turns a typed pledge draft into fields the pledge schema accepts, and back', () => {
    const draft = { ...draftOf(pledgeSpec, null, { schedule: 'bulanan', status: 'aktif' }), sponsorId: '0190a5b2-1c3d-7e4f-8a5b-000000000002', supportType: 'paket-pangan', quantity: '1,5', unit: 'kg', amountRp: 'Rp150.000', startDate: '2025-03-01', periods: '6' };
    const fields = fieldsOf(pledgeSpec, draft);
    expect(fields).toMatchObject({ quantity: 1.5, amountRp: 150_000, periods: 6, description: null });
    const record = { ...fields, id: '0190a5b2-1c3d-7e4f-8a5b-000000000003', villageCode: '3374122003', createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z', deleted: false };
    const parsed = pledgeSchema.safeParse(record);
    expect(parsed.success).toBe(true);
    expect(draftOf(pledgeSpec, record)).toMatchObject({ quantity: '1.5', amountRp: '150000', periods: '6', description: '' });
  });
});
