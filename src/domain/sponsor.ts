// Sponsor (orang tua asuh, OTA) of GENTING: edited over time.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { choice, optionalText, phoneField, text } from './fields.ts';

export const sponsorKinds = ['perorangan', 'perusahaan', 'bumn-bumd', 'pemerintah', 'lsm-komunitas', 'perguruan-tinggi', 'media'] as const;
export type SponsorKind = (typeof sponsorKinds)[number];

export const sponsorSchema = z.object({
  ...baseRecordShape,
  kind: choice(sponsorKinds),
  name: text(150),
  contactPerson: optionalText(100),
  phone: phoneField.nullish(),
  address: optionalText(200),
  notes: optionalText(1000),
});
export type Sponsor = z.infer<typeof sponsorSchema>;
export type SponsorInput = z.input<typeof sponsorSchema>;
