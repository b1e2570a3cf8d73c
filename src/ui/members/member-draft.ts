// The member form's draft: every field as typed (strings), plus three switches that open
// the target sections (catin, pregnant, recently delivered). parseMemberDraft() turns it
// into the person's user fields (empty -> null, comma decimals, closed sections -> null)
// and validates them with the domain's person schema and context rules (checkPerson):
// errors block the save, warnings (NIK vs birth date/sex/kecamatan) ask for "Simpan tetap".
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { toFieldIssues } from '../../domain/field-issues.ts';
import type { FieldIssue } from '../../domain/field-issues.ts';
import { personSchema } from '../../domain/person.ts';
import type { Person } from '../../domain/person.ts';
import { checkPerson } from '../../domain/rules.ts';

export const memberFormFields = [
  'name',
  'nik',
  'sex',
  'birthDate',
  'relation',
  'maritalStatus',
  'education',
  'phone',
  'motherId',
  'childrenBornAlive',
  'isCatin',
  'weddingDate',
  'isPregnant',
  'lastMenstrualPeriod',
  'pregnancyNumber',
  'hasDelivery',
  'deliveryDate',
  'babyBirthWeightKg',
  'babyBirthLengthCm',
  'notes',
] as const;

export type MemberFormField = (typeof memberFormFields)[number];
export type MemberDraft = Record<MemberFormField, string>;

type PersonUserField =
  | 'name' | 'nik' | 'sex' | 'birthDate' | 'relation' | 'maritalStatus' | 'education' | 'phone' | 'motherId' | 'childrenBornAlive'
  | 'weddingDate' | 'isPregnant' | 'lastMenstrualPeriod' | 'pregnancyNumber' | 'deliveryDate' | 'babyBirthWeightKg' | 'babyBirthLengthCm' | 'notes';
/** The user fields of a person, as the repository takes them. */
export type MemberFields = Pick<Person, PersonUserField>;

export const switchOn = 'yes';

export type MemberContext = { householdId: string; villageCode: string; today: CalendarDate };

export type ParsedMember =
  | { ok: true; value: MemberFields; warnings: FieldIssue[] }
  | { ok: false; issues: FieldIssue[] };

export function emptyMemberDraft(): MemberDraft {
  return Object.fromEntries(memberFormFields.map((field) => [field, ''])) as MemberDraft;
}

function text(value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function draftFromPerson(person: Person): MemberDraft {
  const draft = emptyMemberDraft();
  for (const field of memberFormFields) {
    if (field in person) draft[field] = text(person[field as keyof Person] as string | number | null | undefined);
  }
  return {
    ...draft,
    isCatin: person.weddingDate ? switchOn : '',
    isPregnant: person.isPregnant ? switchOn : '',
    hasDelivery: person.deliveryDate ? switchOn : '',
  };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** '3,2' and '3.2' are the same number; anything else not a number goes to the schema as text. */
function numberOrNull(value: string): number | string | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

/** The draft as the values the schema checks; nothing here decides validity. */
export function memberDraftToInput(draft: MemberDraft): Record<PersonUserField, unknown> {
  const female = draft.sex === 'F';
  const pregnant = female && draft.isPregnant === switchOn;
  const delivered = female && draft.hasDelivery === switchOn;
  return {
    name: draft.name.trim(),
    nik: orNull(draft.nik.replace(/[\s.-]/g, '')),
    sex: orNull(draft.sex),
    birthDate: orNull(draft.birthDate),
    relation: orNull(draft.relation),
    maritalStatus: orNull(draft.maritalStatus),
    education: orNull(draft.education),
    phone: orNull(draft.phone),
    motherId: orNull(draft.motherId),
    childrenBornAlive: female ? numberOrNull(draft.childrenBornAlive) : null,
    weddingDate: draft.isCatin === switchOn ? orNull(draft.weddingDate) : null,
    isPregnant: female ? pregnant : null,
    lastMenstrualPeriod: pregnant ? orNull(draft.lastMenstrualPeriod) : null,
    pregnancyNumber: pregnant ? numberOrNull(draft.pregnancyNumber) : null,
    deliveryDate: delivered ? orNull(draft.deliveryDate) : null,
    babyBirthWeightKg: delivered ? numberOrNull(draft.babyBirthWeightKg) : null,
    babyBirthLengthCm: delivered ? numberOrNull(draft.babyBirthLengthCm) : null,
    notes: orNull(draft.notes),
  };
}

/** A stand-in for the system fields, so the whole person schema (and its cross-field rules) runs. */
const placeholderId = '00000000-0000-7000-8000-000000000000';

export function parseMemberDraft(draft: MemberDraft, context: MemberContext): ParsedMember {
  const input = memberDraftToInput(draft);
  const stamp = `${context.today}T00:00:00.000Z`;
  const candidate = { ...input, id: placeholderId, householdId: context.householdId, villageCode: context.villageCode, createdAt: stamp, updatedAt: stamp, deleted: false };
  const parsed = personSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, issues: toFieldIssues(parsed.error) };
  const rules = checkPerson(parsed.data, { today: context.today, villageCode: context.villageCode });
  if (rules.errors.length > 0) return { ok: false, issues: rules.errors };
  const value = Object.fromEntries(Object.keys(input).map((field) => [field, parsed.data[field as PersonUserField] ?? null])) as MemberFields;
  return { ok: true, value, warnings: rules.warnings };
}

/** The draft's own facts for the live target summary (dates only when they are real dates). */
export function draftFacts(draft: MemberDraft): Pick<Person, 'sex' | 'birthDate' | 'maritalStatus' | 'weddingDate' | 'isPregnant' | 'lastMenstrualPeriod' | 'deliveryDate'> {
  const input = memberDraftToInput(draft);
  const date = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  return {
    sex: draft.sex === 'F' ? 'F' : 'M',
    birthDate: date(input.birthDate),
    maritalStatus: draft.maritalStatus === 'kawin' ? 'kawin' : null,
    weddingDate: date(input.weddingDate),
    isPregnant: input.isPregnant === true,
    lastMenstrualPeriod: date(input.lastMenstrualPeriod),
    deliveryDate: date(input.deliveryDate),
  };
}
