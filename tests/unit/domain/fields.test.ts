// Field builders (src/domain/fields.ts), record ids and the ZodError -> FieldIssue mapping.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  calendarDateField,
  choices,
  decimal,
  isTimeOfDay,
  optionalText,
  phoneField,
  recordIdField,
  text,
  timeOfDayField,
  timestampField,
} from '../../../src/domain/fields.ts';
import { fieldIssue, toFieldIssues } from '../../../src/domain/field-issues.ts';
import { isRecordId, isUlid, isUuidV7 } from '../../../src/domain/record-id.ts';

function keys(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : toFieldIssues(parsed.error).map((issue) => issue.messageKey);
}

describe('record ids', () => {
  it('accepts UUIDv7 in either case and ULIDs', () => {
    expect(isUuidV7('01920000-0000-7000-8000-000000000001')).toBe(true);
    expect(isUuidV7('0192ABCD-0000-7FFF-BFFF-00000000000F')).toBe(true);
    expect(isUlid('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBe(true);
    expect(isUlid('7ZZZZZZZZZZZZZZZZZZZZZZZZZ')).toBe(true);
  });

  it('rejects other UUID versions and variants, overflowing or ambiguous ULIDs', () => {
    expect(isRecordId('01920000-0000-4000-8000-000000000001')).toBe(false); // v4
    expect(isRecordId('01920000-0000-7000-c000-000000000001')).toBe(false); // variant 110
    expect(isRecordId('8ZZZZZZZZZZZZZZZZZZZZZZZZZ')).toBe(false); // > 48-bit time
    expect(isRecordId('01ARZ3NDEKTSV4RRFFQ69G5FAU')).toBe(false); // U is not Crockford
    expect(isRecordId('01ARZ3NDEKTSV4RRFFQ69G5FA')).toBe(false); // 25 characters
    expect(isRecordId('')).toBe(false);
  });
});

describe('field builders', () => {
  it('text: required, trimmed, at most n characters', () => {
    expect(keys(text(5), undefined)).toEqual(['validation.required']);
    expect(keys(text(5), null)).toEqual(['validation.required']);
    expect(keys(text(5), '  ')).toEqual(['validation.required']);
    expect(keys(text(5), 5)).toEqual(['validation.text']);
    expect(keys(text(5), '123456')).toEqual(['validation.tooLong']);
    expect(text(5).parse('  12345  ')).toBe('12345');
  });

  it('text: a wrong type reports only that, not also the length', () => {
    expect(keys(text(2), ['a', 'b', 'c'])).toEqual(['validation.text']);
    expect(keys(choices(['a', 'b']), 'abcdef')).toEqual(['validation.list']);
  });

  it('optionalText accepts null, absence and empty text', () => {
    expect(keys(optionalText(3), null)).toEqual([]);
    expect(keys(optionalText(3), undefined)).toEqual([]);
    expect(keys(optionalText(3), '')).toEqual([]);
    expect(keys(optionalText(3), 'abcd')).toEqual(['validation.tooLong']);
  });

  it('decimal: bounds inclusive, digits after the point, floating-point noise tolerated', () => {
    const kg = decimal(0.5, 60, 2);
    expect(keys(kg, 0.5)).toEqual([]);
    expect(keys(kg, 60)).toEqual([]);
    expect(keys(decimal(0, 1, 1), 0.1 + 0.2)).toEqual([]); // 0.30000000000000004 is 0.3
    expect(keys(kg, 8.45)).toEqual([]);
    expect(keys(kg, 8.455)).toEqual(['validation.decimals']);
    expect(keys(kg, Number.NaN)).toEqual(['validation.number']);
    expect(keys(kg, Number.POSITIVE_INFINITY)).toEqual(['validation.number']);
    expect(keys(kg, '8.4')).toEqual(['validation.number']);
    expect(keys(kg, undefined)).toEqual(['validation.required']);
  });

  it('choices: known values, no duplicates, at most all of them', () => {
    const list = choices(['a', 'b', 'c']);
    expect(keys(list, ['a', 'c'])).toEqual([]);
    expect(keys(list, ['a', 'a'])).toEqual(['validation.list']);
    expect(keys(list, ['d'])).toEqual(['validation.choice']);
    expect(keys(list, ['a', 'b', 'c', 'a'])).toEqual(['validation.listTooLong']);
  });

  it('calendar dates: real days only, 1900-2100', () => {
    expect(keys(calendarDateField, '2024-02-29')).toEqual([]);
    expect(keys(calendarDateField, '2023-02-29')).toEqual(['validation.date']);
    expect(keys(calendarDateField, '2024-2-9')).toEqual(['validation.date']);
    expect(keys(calendarDateField, '2024-02-09T00:00')).toEqual(['validation.date']);
    expect(keys(calendarDateField, '1900-01-01')).toEqual([]);
    expect(keys(calendarDateField, '2100-12-31')).toEqual([]);
    expect(keys(calendarDateField, '0202-01-01')).toEqual(['validation.dateOutOfRange']);
    expect(keys(calendarDateField, undefined)).toEqual(['validation.required']);
  });

  it('times of day: HH:MM on a 24-hour clock', () => {
    for (const ok of ['00:00', '09:05', '23:59']) {
      expect(keys(timeOfDayField, ok)).toEqual([]);
      expect(isTimeOfDay(ok)).toBe(true);
    }
    for (const bad of ['24:00', '9:05', '12:60', '12.30', '12:30:00']) {
      expect(keys(timeOfDayField, bad)).toEqual(['validation.time']);
      expect(isTimeOfDay(bad)).toBe(false);
    }
    expect(isTimeOfDay(null)).toBe(false);
  });

  it('timestamps: toISOString() output only', () => {
    expect(keys(timestampField, new Date(0).toISOString())).toEqual([]);
    expect(keys(timestampField, '2025-01-01T00:00:00Z')).toEqual([]);
    expect(keys(timestampField, '2025-01-01 00:00:00')).toEqual(['validation.timestamp']);
    expect(keys(timestampField, 1735689600000)).toEqual(['validation.timestamp']);
  });

  it('phones: 0…, 62… or +62…, separators allowed', () => {
    for (const ok of ['081234567890', '0812-3456-7890', '+62 812 3456 7890', '62.21.765.4321', '02112345', ' 0812345678 ']) {
      expect(keys(phoneField, ok)).toEqual([]);
    }
    for (const bad of ['0812345', '08123456789012345', '+1 202 555 0100', '0812/3456', 'nomor']) {
      expect(keys(phoneField, bad)).toEqual(['validation.phone']);
    }
  });

  it('record id field: required or recordId', () => {
    expect(keys(recordIdField, undefined)).toEqual(['validation.required']);
    expect(keys(recordIdField, 'abc')).toEqual(['validation.recordId']);
  });
});

describe('toFieldIssues', () => {
  it('keeps keys of the validation namespace and the params of custom issues', () => {
    const schema = z.object({ kg: decimal(0, 10, 1) });
    const parsed = schema.safeParse({ kg: 1.25 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(toFieldIssues(parsed.error)).toEqual([{ field: 'kg', path: 'kg', messageKey: 'validation.decimals', params: { digits: 1 } }]);
  });

  it('never passes zod English through: unknown messages fall back to a key by issue code', () => {
    const schema = z.object({
      small: z.number().min(3),
      big: z.string().max(1),
      pick: z.enum(['a', 'b']),
      other: z.string(),
      custom: z.string().refine(() => false, { message: 'validation.notAKey' }),
    });
    const parsed = schema.safeParse({ small: 1, big: 'xx', pick: 'c', other: 1, custom: 'x' });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(toFieldIssues(parsed.error).map((issue) => [issue.field, issue.messageKey, issue.params])).toEqual([
      ['small', 'validation.min', { min: 3 }],
      ['big', 'validation.max', { max: 1 }],
      ['pick', 'validation.choice', {}],
      ['other', 'validation.invalid', {}],
      ['custom', 'validation.invalid', {}],
    ]);
  });

  it('a whole-record issue has the field ""', () => {
    const schema = z.object({}).refine(() => false, { message: 'validation.invalid' });
    const parsed = schema.safeParse({});
    expect(parsed.success || toFieldIssues(parsed.error)).toEqual([{ field: '', path: '', messageKey: 'validation.invalid', params: {} }]);
  });

  it('fieldIssue names the top-level field of a dotted path', () => {
    expect(fieldIssue('gps.lat', 'latitude')).toEqual({ field: 'gps', path: 'gps.lat', messageKey: 'validation.latitude', params: {} });
    expect(fieldIssue('nik', 'nikBirthDateMismatch', { nikDate: '12-05-95' }).params).toEqual({ nikDate: '12-05-95' });
  });
});
