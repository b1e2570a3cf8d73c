// Household (keluarga): one family card's household in a village, edited over time.
// Risk factors here feed family-risk.ts (keluarga berisiko stunting, DOMAIN.md "Rules").
import { z } from 'zod';
import { baseRecordShape } from './base-record.ts';
import { choice, decimal, integer, optionalText, phoneField, text } from './fields.ts';
import { kkNumberField } from './nik.ts';

/** Main drinking-water source (PK21 categories). */
export const drinkingWaterSources = [
  'kemasan-isi-ulang',
  'ledeng',
  'sumur-bor',
  'sumur-terlindung',
  'mata-air-terlindung',
  'sumur-tak-terlindung',
  'mata-air-tak-terlindung',
  'air-hujan',
  'air-permukaan',
  'lainnya',
] as const;
export type DrinkingWaterSource = (typeof drinkingWaterSources)[number];

/** Proper sources per DOMAIN.md: bottled/refill, piped, borehole, protected well (and protected spring). */
export const properDrinkingWaterSources: readonly DrinkingWaterSource[] = [
  'kemasan-isi-ulang',
  'ledeng',
  'sumur-bor',
  'sumur-terlindung',
  'mata-air-terlindung',
];

/** Toilet facility; proper = own or shared toilet with a septic tank. */
export const toiletKinds = ['sendiri-septik', 'bersama-septik', 'sendiri-tanpa-septik', 'umum', 'tidak-ada'] as const;
export type ToiletKind = (typeof toiletKinds)[number];
export const properToiletKinds: readonly ToiletKind[] = ['sendiri-septik', 'bersama-septik'];

export const houseConditions = ['layak', 'kurang-layak', 'tidak-layak'] as const;
export type HouseCondition = (typeof houseConditions)[number];

/**
 * A point inside Indonesia's bounding box (WGS 84 degrees). Strict: a key the schema does not
 * name is refused, never stored and synced to every phone of the village (issue #12).
 */
export const gpsPointSchema = z.strictObject({
  lat: z.number({ error: 'validation.number' }).min(-11.5, { error: 'validation.latitude' }).max(6.5, { error: 'validation.latitude' }),
  lon: z.number({ error: 'validation.number' }).min(94.5, { error: 'validation.longitude' }).max(141.5, { error: 'validation.longitude' }),
  accuracyM: decimal(0, 100_000, 1).nullish(),
}, { error: 'validation.invalid' });
export type GpsPoint = z.infer<typeof gpsPointSchema>;

const rtRwField = z.string({ error: 'validation.text' }).regex(/^\d{1,3}$/, { error: 'validation.integer' });

export const householdSchema = z.object({
  ...baseRecordShape,
  /** Hamlet (dusun) or, in a kelurahan, lingkungan. */
  dusun: optionalText(60),
  rw: rtRwField.nullish(),
  rt: rtRwField.nullish(),
  address: optionalText(200),
  /** Head of the family as on the KK (kepala keluarga). */
  headName: text(100),
  kkNumber: kkNumberField.nullish(),
  phone: phoneField.nullish(),
  /** Welfare decile (desil 1-10, P3KE/DTSEN): 1 = poorest 10 %. */
  welfareDecile: integer(1, 10).nullish(),
  drinkingWater: choice(drinkingWaterSources).nullish(),
  toilet: choice(toiletKinds).nullish(),
  houseCondition: choice(houseConditions).nullish(),
  gps: gpsPointSchema.nullish(),
  notes: optionalText(1000),
});
export type Household = z.infer<typeof householdSchema>;
export type HouseholdInput = z.input<typeof householdSchema>;
