// The household form's draft: every field kept as the text the user typed, so nothing
// is lost when validation fails. parseDraft() turns it into the record's user fields
// (empty -> null, village code without dots, decile as a number) and validates them
// with the domain's household schema, giving per-field i18n message keys.
import { householdSchema } from '../../domain/household.ts';
import type { Household } from '../../domain/household.ts';
import { toFieldIssues } from '../../domain/field-issues.ts';
import type { FieldIssue } from '../../domain/field-issues.ts';
import { formatVillageCode } from '../../domain/village-code.ts';

export const householdFormFields = [
  'villageCode',
  'dusun',
  'rw',
  'rt',
  'address',
  'headName',
  'kkNumber',
  'phone',
  'welfareDecile',
  'drinkingWater',
  'toilet',
  'houseCondition',
  'notes',
] as const;

export type HouseholdFormField = (typeof householdFormFields)[number];
export type HouseholdDraft = Record<HouseholdFormField, string>;
/** The user fields of a household, as the repository takes them. */
export type HouseholdFields = Pick<Household, HouseholdFormField>;

export type ParsedDraft = { ok: true; value: HouseholdFields } | { ok: false; issues: FieldIssue[] };

const userFieldsSchema = householdSchema.pick({
  villageCode: true,
  dusun: true,
  rw: true,
  rt: true,
  address: true,
  headName: true,
  kkNumber: true,
  phone: true,
  welfareDecile: true,
  drinkingWater: true,
  toilet: true,
  houseCondition: true,
  notes: true,
});

export function emptyDraft(villageCode: string): HouseholdDraft {
  const draft = Object.fromEntries(householdFormFields.map((field) => [field, ''])) as HouseholdDraft;
  return { ...draft, villageCode: formatVillageCode(villageCode) };
}

export function draftFromHousehold(household: Household): HouseholdDraft {
  const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    villageCode: formatVillageCode(household.villageCode),
    dusun: text(household.dusun),
    rw: text(household.rw),
    rt: text(household.rt),
    address: text(household.address),
    headName: text(household.headName),
    kkNumber: text(household.kkNumber),
    phone: text(household.phone),
    welfareDecile: text(household.welfareDecile),
    drinkingWater: text(household.drinkingWater),
    toilet: text(household.toilet),
    houseCondition: text(household.houseCondition),
    notes: text(household.notes),
  };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function digitsOrNull(value: string): string | null {
  const compact = value.replace(/[\s.-]/g, '');
  return compact === '' ? null : compact;
}

/** The draft as the values the schema checks; nothing here decides validity. */
export function draftToInput(draft: HouseholdDraft): Record<HouseholdFormField, unknown> {
  const decile = orNull(draft.welfareDecile);
  return {
    villageCode: draft.villageCode.replace(/[.\s]/g, ''),
    dusun: orNull(draft.dusun),
    rw: digitsOrNull(draft.rw),
    rt: digitsOrNull(draft.rt),
    address: orNull(draft.address),
    headName: draft.headName.trim(),
    kkNumber: digitsOrNull(draft.kkNumber),
    phone: orNull(draft.phone),
    welfareDecile: decile === null ? null : Number(decile),
    drinkingWater: orNull(draft.drinkingWater),
    toilet: orNull(draft.toilet),
    houseCondition: orNull(draft.houseCondition),
    notes: orNull(draft.notes),
  };
}

export function parseDraft(draft: HouseholdDraft): ParsedDraft {
  const result = userFieldsSchema.safeParse(draftToInput(draft));
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toFieldIssues(result.error) };
}

/** The first issue of each field, for showing one message under each input. */
export function issuesByField(issues: readonly FieldIssue[]): Partial<Record<string, FieldIssue>> {
  const byField: Partial<Record<string, FieldIssue>> = {};
  for (const issue of issues) byField[issue.field] ??= issue;
  return byField;
}
