// Person (anggota keluarga): a member of a household, edited over time. The target fields
// (catin, pregnancy, delivery) are read by target-status.ts; birthDate by the growth rules.
import { z } from 'zod';
import { addMonths } from './calendar-date.ts';
import { baseRecordShape } from './base-record.ts';
import { booleanField, calendarDateField, choice, decimal, integer, optionalText, phoneField, recordIdField, text } from './fields.ts';
import { nikField } from './nik.ts';
import { fieldIssue } from './field-issues.ts';
import { addIssues } from './refine.ts';

export const sexes = ['M', 'F'] as const;
export type Sex = (typeof sexes)[number];

/** Relation to the head of the family, as on the KK (Dukcapil "status hubungan dalam keluarga"). */
export const familyRelations = [
  'kepala-keluarga',
  'suami',
  'istri',
  'anak',
  'menantu',
  'cucu',
  'orang-tua',
  'mertua',
  'famili-lain',
  'lainnya',
] as const;
export type FamilyRelation = (typeof familyRelations)[number];

export const maritalStatuses = ['belum-kawin', 'kawin', 'cerai-hidup', 'cerai-mati'] as const;
export type MaritalStatus = (typeof maritalStatuses)[number];

/** Highest education completed (Dukcapil categories, grouped). */
export const educationLevels = [
  'tidak-sekolah',
  'belum-tamat-sd',
  'sd',
  'smp',
  'sma',
  'diploma',
  'sarjana',
  'pascasarjana',
] as const;
export type EducationLevel = (typeof educationLevels)[number];

export const personSchema = z
  .object({
  ...baseRecordShape,
  householdId: recordIdField,
  name: text(100),
  nik: nikField.nullish(),
  sex: choice(sexes),
  /** Often unknown for adults at first contact; required in practice for children. */
  birthDate: calendarDateField.nullish(),
  relation: choice(familyRelations),
  maritalStatus: choice(maritalStatuses).nullish(),
  education: choice(educationLevels).nullish(),
  phone: phoneField.nullish(),
  /** The child's mother when she is in the household: links births for "4 Terlalu". */
  motherId: recordIdField.nullish(),
  /** Children ever born alive (a woman's answer), when more than those in the household. */
  childrenBornAlive: integer(0, 25).nullish(),
  // Catin: a person about to marry (TPK accompanies from 3 months before the wedding).
  weddingDate: calendarDateField.nullish(),
  // Pregnancy: HPHT (last menstrual period) gives the gestational age and the due date.
  isPregnant: booleanField.nullish(),
  lastMenstrualPeriod: calendarDateField.nullish(),
  /** Gravida: 1 for a first pregnancy. */
  pregnancyNumber: integer(1, 20).nullish(),
  // Latest delivery (persalinan): the 42-day post-partum window and the baby's size at birth.
  deliveryDate: calendarDateField.nullish(),
  babyBirthWeightKg: decimal(0.3, 7, 3).nullish(),
  babyBirthLengthCm: decimal(20, 65, 1).nullish(),
  notes: optionalText(1000),
  })
  .superRefine((person, ctx) => {
    const born = person.birthDate;
    addIssues(ctx, [
      person.isPregnant && person.sex !== 'F' ? fieldIssue('isPregnant', 'pregnantMustBeFemale') : null,
      person.lastMenstrualPeriod && !person.isPregnant ? fieldIssue('lastMenstrualPeriod', 'lmpWithoutPregnancy') : null,
      born && person.lastMenstrualPeriod && person.lastMenstrualPeriod <= born ? fieldIssue('lastMenstrualPeriod', 'lmpBeforeBirth') : null,
      born && person.deliveryDate && person.deliveryDate <= born ? fieldIssue('deliveryDate', 'deliveryDateBeforeBirth') : null,
      born && person.weddingDate && person.weddingDate < addYears(born, 10) ? fieldIssue('weddingDate', 'weddingBeforeBirth') : null,
    ]);
  });
export type Person = z.infer<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;

function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}
