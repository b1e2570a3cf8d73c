// System fields every record carries (docs/sync-protocol.md): set by the repositories and
// sync, never typed by a user. Each kind's schema spreads `baseRecordShape` first.
import { z } from 'zod';
import { recordIdField, timestampField } from './fields.ts';
import { villageCodeField } from './village-code.ts';

export const baseRecordShape = {
  /** UUIDv7 or ULID made on the device. */
  id: recordIdField,
  /** Kemendagri village code, 10 digits without dots: the sync scope of the record. */
  villageCode: villageCodeField,
  createdAt: timestampField,
  updatedAt: timestampField,
  /** Tombstone: a deleted record stays (so no device resurrects it) with deleted = true. */
  deleted: z.boolean({ error: 'validation.boolean' }),
};

export const baseRecordSchema = z.object(baseRecordShape);
export type BaseRecord = z.infer<typeof baseRecordSchema>;
