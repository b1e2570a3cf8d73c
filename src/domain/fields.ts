// Field builders shared by the record schemas. Every zod message is a key of the i18n
// `validation` namespace (src/i18n/id/validation.ts), never user text; toFieldIssues()
// turns the issues into { field, messageKey, params } for the forms.
// Invariant: an optional user field accepts null (a cleared field, docs/sync-protocol.md) and
// absence (a field added in a later app version is absent on older records).
import { z } from 'zod';
import type { validation } from '../i18n/id/validation.ts';
import { isCalendarDate, parseCalendarDate } from './calendar-date.ts';
import { isRecordId } from './record-id.ts';

/** A key of the validation namespace, without the 'validation.' prefix. */
export type ValidationKey = keyof typeof validation;
/** A full i18n key such as 'validation.nikDigits'. */
export type ValidationMessageKey = `validation.${ValidationKey}`;

export function messageKey(key: ValidationKey): ValidationMessageKey {
  return `validation.${key}`;
}

/** Error map: 'required' when the value is missing, else the given key. */
export function requiredOr(key: ValidationKey) {
  return (issue: { input?: unknown }): ValidationMessageKey =>
    issue.input === undefined || issue.input === null ? messageKey('required') : messageKey(key);
}

export function text(maxLength: number) {
  return z
    .string({ error: requiredOr('text') })
    .trim()
    .min(1, { error: messageKey('required') })
    .max(maxLength, { error: messageKey('tooLong') });
}

export function optionalText(maxLength: number) {
  return z.string({ error: messageKey('text') }).trim().max(maxLength, { error: messageKey('tooLong') }).nullish();
}

/** A number within [min, max] with at most `decimals` digits after the point. */
export function decimal(min: number, max: number, decimals: number) {
  const scale = 10 ** decimals;
  return z
    .number({ error: requiredOr('number') })
    .min(min, { error: messageKey('min') })
    .max(max, { error: messageKey('max') })
    .refine((value) => Math.abs(value * scale - Math.round(value * scale)) < 1e-6, {
      error: messageKey('decimals'),
      params: { digits: decimals },
    });
}

export function integer(min: number, max: number) {
  return z
    .number({ error: requiredOr('number') })
    .int({ error: messageKey('integer') })
    .min(min, { error: messageKey('min') })
    .max(max, { error: messageKey('max') });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: requiredOr('choice') });
}

export function choices<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values, { error: messageKey('choice') }), { error: requiredOr('list') })
    .max(values.length, { error: messageKey('listTooLong') })
    .refine((list) => new Set(list).size === list.length, { error: messageKey('list') });
}

export const booleanField = z.boolean({ error: requiredOr('boolean') });

/** 'YYYY-MM-DD', a real day, in 1900-2100 (wider bounds are typing slips). */
export const calendarDateField = z
  .string({ error: requiredOr('date') })
  .refine(isCalendarDate, { error: messageKey('date'), abort: true })
  .refine((value) => {
    const year = parseCalendarDate(value)?.year ?? 0;
    return year >= 1900 && year <= 2100;
  }, { error: messageKey('dateOutOfRange') });

const timeOfDayPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a valid 'HH:MM' (24-hour clock); such strings compare in time order. */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && timeOfDayPattern.test(value);
}

/** 'HH:MM', 24-hour clock. */
export const timeOfDayField = z.string({ error: requiredOr('time') }).regex(timeOfDayPattern, {
  error: messageKey('time'),
});

/** An instant as written by Date.prototype.toISOString() (UTC, 'Z'). */
export const timestampField = z.iso.datetime({ error: requiredOr('timestamp') });

/** A record id (UUIDv7 or ULID) made on the device; also used for references to other records. */
export const recordIdField = z.string({ error: requiredOr('recordId') }).refine(isRecordId, {
  error: messageKey('recordId'),
});

/** Indonesian phone number: 0…, 62… or +62…, 8-15 digits; spaces, dots and dashes allowed. */
export const phoneField = z
  .string({ error: messageKey('phone') })
  .trim()
  .max(24, { error: messageKey('tooLong') })
  .refine((value) => /^(\+62|62|0)\d{7,13}$/.test(value.replace(/[\s.-]/g, '')), { error: messageKey('phone') });

/** Rupiah amounts are whole Rupiah. */
export const rupiahField = integer(0, 100_000_000_000);
