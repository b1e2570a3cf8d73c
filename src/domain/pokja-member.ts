// Pokja member (anggota Pokja Kampung KB): edited over time.
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { booleanField, choice, optionalText, phoneField, text } from './fields.ts';

export const pokjaPositions = [
  'kepala-desa',
  'ketua-tp-pkk',
  'bidan-desa',
  'kader-poktan',
  'duta-genre',
  'kader-tpk',
  'bpd',
  'kepala-dusun',
  'pkb',
  'lainnya',
] as const;
export type PokjaPosition = (typeof pokjaPositions)[number];

export const pokjaMemberSchema = z.object({
  ...baseRecordShape,
  name: text(100),
  position: choice(pokjaPositions),
  /** Free text for 'lainnya' or a precise title ("Ketua Pokja", "Sekretaris"). */
  positionNote: optionalText(100),
  phone: phoneField.nullish(),
  active: booleanField,
});
export type PokjaMember = z.infer<typeof pokjaMemberSchema>;
export type PokjaMemberInput = z.input<typeof pokjaMemberSchema>;
