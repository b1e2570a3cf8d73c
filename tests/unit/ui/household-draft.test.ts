import { describe, expect, it } from 'vitest';
import type { Household } from '../../../src/domain/household.ts';
import { draftFromHousehold, emptyDraft, issuesByField, parseDraft } from '../../../src/ui/households/household-draft.ts';

const stored: Household = {
  id: '0190a5b2-1c3d-7e4f-8a5b-000000000001',
  villageCode: '3374122003',
  createdAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:04:05.000Z',
  deleted: false,
  dusun: 'Krajan',
  rw: '001',
  rt: '002',
  address: 'Jl. Melati 4',
  headName: 'Sutrisno',
  kkNumber: '3374121234567890',
  phone: null,
  welfareDecile: 2,
  drinkingWater: 'sumur-terlindung',
  toilet: 'tidak-ada',
  houseCondition: null,
  notes: null,
};

describe('household draft', () => {
  it('starts empty with the remembered village code shown with dots', () => {
    const draft = emptyDraft('3374122003');
    expect(draft.villageCode).toBe('33.74.12.2003');
    expect(draft.headName).toBe('');
    expect(emptyDraft('').villageCode).toBe('');
  });

  it('round-trips a stored household through the draft', () => {
    const parsed = parseDraft(draftFromHousehold(stored));
    expect(parsed).toEqual({
      ok: true,
      value: {
        villageCode: '3374122003',
        dusun: 'Krajan',
        rw: '001',
        rt: '002',
        address: 'Jl. Melati 4',
        headName: 'Sutrisno',
        kkNumber: '3374121234567890',
        phone: null,
        welfareDecile: 2,
        drinkingWater: 'sumur-terlindung',
        toilet: 'tidak-ada',
        houseCondition: null,
        notes: null,
      },
    });
  });

  it('turns empty inputs into null and strips separators from codes', () => {
    const draft = { ...emptyDraft('33.74.12.2003'), headName: '  Siti Aminah ', kkNumber: '3374 1212 3456 7890', rt: ' 3 ' };
    const parsed = parseDraft(draft);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ villageCode: '3374122003', headName: 'Siti Aminah', kkNumber: '3374121234567890', rt: '3', dusun: null, welfareDecile: null });
  });

  it('reports each invalid field with an i18n key and keeps the draft untouched', () => {
    const draft = { ...emptyDraft('12'), kkNumber: '123', phone: 'abc' };
    const before = { ...draft };
    const parsed = parseDraft(draft);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byField = issuesByField(parsed.issues);
    expect(byField.headName?.messageKey).toBe('validation.required');
    expect(byField.villageCode?.messageKey).toBe('validation.villageCodeFormat');
    expect(byField.kkNumber?.messageKey).toBe('validation.kkDigits');
    expect(byField.phone?.messageKey).toBe('validation.phone');
    expect(byField.dusun).toBeUndefined();
    expect(draft).toEqual(before);
  });
});
