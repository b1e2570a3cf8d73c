// Sponsor (orang tua asuh, OTA) of GENTING: edited over time.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { choice, optionalText, phoneField, text } from './fields.ts';

/**
 * Every sponsor kind a record may hold. The first nine are offered for a new sponsor, the kinds
 * that fit a village (issue #14); the last four were offered before and stay valid with their
 * meaning (a record keeps its kind, shown under its own label; its form offers it while it has it).
 */
export const sponsorKinds = [
  'perorangan', 'keluarga', 'kelompok-komunitas', 'umkm', 'bumdes', 'perusahaan', 'pemerintah', 'keagamaan-ormas', 'lainnya',
  'bumn-bumd', 'lsm-komunitas', 'perguruan-tinggi', 'media',
] as const;
/** The kinds a new sponsor is chosen from, in the order the form lists them. */
export const offeredSponsorKinds: readonly (typeof sponsorKinds)[number][] = sponsorKinds.slice(0, 9);
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
