// Outreach (penyuluhan Duta GenRe): a session log, append-mostly. Audience counts by sex
// and age group; named participants are optional attendance records (attendance.ts).
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { calendarDateField, isTimeOfDay, choice, integer, optionalText, text, timeOfDayField } from './fields.ts';
import { fieldIssue } from './field-issues.ts';
import { addIssues } from './refine.ts';

export const outreachTopics = [
  'pendewasaan-usia-perkawinan',
  'kesehatan-reproduksi',
  'pencegahan-stunting',
  'napza',
  'hiv-aids',
  'keterampilan-hidup',
  'perencanaan-kehidupan',
  'lainnya',
] as const;
export type OutreachTopic = (typeof outreachTopics)[number];

/** Audience age groups of a GenRe session. */
export const audienceGroups = ['anak', 'remaja', 'dewasa'] as const;
export type AudienceGroup = (typeof audienceGroups)[number];

const count = integer(0, 10_000).nullish();

export const outreachShape = {
  ...baseRecordShape,
  date: calendarDateField,
  startTime: timeOfDayField.nullish(),
  endTime: timeOfDayField.nullish(),
  place: text(120),
  topic: choice(outreachTopics),
  /** Free title when the topic list is not precise enough. */
  title: optionalText(150),
  presenter: optionalText(100),
  /** Audience counts: under 10 (anak), 10-24 (remaja), 25 and over (dewasa), by sex. */
  maleAnak: count,
  femaleAnak: count,
  maleRemaja: count,
  femaleRemaja: count,
  maleDewasa: count,
  femaleDewasa: count,
  notes: optionalText(1000),
};

export const outreachSchema = z.object(outreachShape).superRefine((outreach, ctx) => {
  addIssues(ctx, [
    isTimeOfDay(outreach.startTime) && isTimeOfDay(outreach.endTime) && outreach.endTime < outreach.startTime ? fieldIssue('endTime', 'endBeforeStart') : null,
  ]);
});
export type Outreach = z.infer<typeof outreachSchema>;
export type OutreachInput = z.input<typeof outreachSchema>;

/** Total audience of a session (absent counts are 0). */
export function outreachAudienceTotal(outreach: Pick<Outreach, `${'male' | 'female'}${'Anak' | 'Remaja' | 'Dewasa'}`>): number {
  return (
    (outreach.maleAnak ?? 0) +
    (outreach.femaleAnak ?? 0) +
    (outreach.maleRemaja ?? 0) +
    (outreach.femaleRemaja ?? 0) +
    (outreach.maleDewasa ?? 0) +
    (outreach.femaleDewasa ?? 0)
  );
}
