import { describe, expect, it } from 'vitest';
import { draftFromPerson, emptyMemberDraft, parseMemberDraft, switchOn } from '../../../src/ui/members/member-draft.ts';
import { makeHousehold, makePerson } from './fixtures.ts';

const household = makeHousehold({ headName: 'Sutrisno' });
const context = { householdId: household.id, villageCode: '3374122003', today: '2025-06-15' };
const wife = { ...emptyMemberDraft(), name: ' Ani ', sex: 'F', relation: 'istri', birthDate: '1998-02-01' };

describe('member draft', () => {
  it('turns a draft into person fields: empty is null, comma decimals, closed sections dropped', () => {
    const parsed = parseMemberDraft(
      { ...wife, isPregnant: switchOn, lastMenstrualPeriod: '2025-03-01', pregnancyNumber: '2', hasDelivery: '', deliveryDate: '2024-01-01', babyBirthWeightKg: '3,1', weddingDate: '2025-07-01' },
      context,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({ name: 'Ani', nik: null, isPregnant: true, lastMenstrualPeriod: '2025-03-01', pregnancyNumber: 2, deliveryDate: null, babyBirthWeightKg: null, weddingDate: null });
    const delivered = parseMemberDraft({ ...wife, hasDelivery: switchOn, deliveryDate: '2025-06-01', babyBirthWeightKg: '3,1', babyBirthLengthCm: '49.5' }, context);
    expect(delivered.ok && delivered.value).toMatchObject({ deliveryDate: '2025-06-01', babyBirthWeightKg: 3.1, babyBirthLengthCm: 49.5, isPregnant: false });
  });

  it('reports schema and context errors per field with validation keys', () => {
    const parsed = parseMemberDraft({ ...emptyMemberDraft(), nik: '123', birthDate: '2030-01-01', sex: 'M', relation: 'anak' }, context);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => [issue.field, issue.messageKey])).toEqual(
      expect.arrayContaining([['name', 'validation.required'], ['nik', 'validation.nikDigits']]),
    );
    const future = parseMemberDraft({ ...wife, birthDate: '2030-01-01' }, context);
    expect(!future.ok && future.issues.map((issue) => issue.messageKey)).toEqual(['validation.birthDateInFuture']);
  });

  it('gives NIK warnings (birth date, sex) without blocking', () => {
    // NIK for a man born 01-02-98 in kecamatan 33.74.12; the draft says a woman born 1998-02-01.
    const parsed = parseMemberDraft({ ...wife, nik: '3374120102980001' }, context);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.warnings.map((issue) => issue.messageKey)).toEqual(['validation.nikSexMismatch']);
    const fine = parseMemberDraft({ ...wife, nik: '3374124102980001' }, context);
    expect(fine.ok && fine.warnings).toEqual([]);
  });

  it('opens the target sections of a stored person', () => {
    const person = makePerson(household, { name: 'Ani', weddingDate: '2025-08-01', isPregnant: true, lastMenstrualPeriod: '2025-03-01', babyBirthWeightKg: 3.2 });
    expect(draftFromPerson(person)).toMatchObject({ isCatin: switchOn, isPregnant: switchOn, hasDelivery: '', lastMenstrualPeriod: '2025-03-01', babyBirthWeightKg: '3.2', nik: '' });
  });
});
