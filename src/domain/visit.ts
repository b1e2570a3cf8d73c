// Visit (kunjungan / pendampingan TPK) to a household: an append-mostly event.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { calendarDateField, choice, choices, optionalText, recordIdField } from './fields.ts';
import { fieldIssue } from './field-issues.ts';
import { addIssues } from './refine.ts';

/** Counselling topics a TPK gives (KIE), the checklist of the visit form. */
export const counsellingTopics = [
  'asi-eksklusif',
  'mp-asi',
  'imunisasi',
  'pemantauan-tumbuh-kembang',
  'kb-pasca-persalinan',
  'sanitasi-air-bersih',
  'gizi-ibu-hamil',
  'tablet-tambah-darah',
  'tanda-bahaya-kehamilan',
  'persiapan-persalinan',
  'perawatan-nifas',
  'pola-asuh',
  'kesehatan-reproduksi-catin',
  'pendewasaan-usia-perkawinan',
] as const;
export type CounsellingTopic = (typeof counsellingTopics)[number];

export const referralTargets = ['puskesmas', 'bidan', 'posyandu', 'rumah-sakit', 'lainnya'] as const;
export type ReferralTarget = (typeof referralTargets)[number];

export const visitShape = {
  ...baseRecordShape,
  householdId: recordIdField,
  date: calendarDateField,
  /** Persons (targets) seen during the visit. */
  targetIds: z.array(recordIdField, { error: 'validation.list' }).max(30, { error: 'validation.listTooLong' }).nullish(),
  /** The cadre(s) who visited, as written on the form. */
  cadreName: optionalText(100),
  topics: choices(counsellingTopics).nullish(),
  findings: optionalText(1000),
  referral: choice(referralTargets).nullish(),
  referralNote: optionalText(300),
  nextVisitDate: calendarDateField.nullish(),
  notes: optionalText(1000),
};

export const visitSchema = z.object(visitShape).superRefine((visit, ctx) => {
  addIssues(ctx, [
    visit.nextVisitDate && visit.nextVisitDate < visit.date ? fieldIssue('nextVisitDate', 'nextVisitBeforeVisit') : null,
    visit.referralNote && !visit.referral ? fieldIssue('referral', 'referralNoteWithoutReferral') : null,
  ]);
});
export type Visit = z.infer<typeof visitSchema>;
export type VisitInput = z.input<typeof visitSchema>;
