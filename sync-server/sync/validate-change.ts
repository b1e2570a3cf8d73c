// Validation of one pushed change before it may touch the store (docs/sync-protocol.md,
// "Push"), in this order:
//   1. the kind is a known record kind                       -> 'unknown-kind'
//   1b. the caller's role may write this kind, or some records of it (src/sync/roles.ts
//       canWriteSomeOfKind; push-plan.ts checks the merged record) -> 'not-permitted'
//   2. the record id is valid for the kind's `id` field       -> 'invalid-id'
//   3. fields.id, if sent, is the envelope id                 -> 'invalid-id'
//   4. fields.villageCode, if sent, is the envelope village   -> 'village-mismatch'
//   5. the village is inside the caller's scope               -> 'outside-scope'
//   6. the stamp is at most maxClockAheadMs ahead of now      -> 'clock-too-far-ahead'
//   7. every field is a field of the kind's schema            -> 'unknown-field' (+ field)
//   8. every value is valid for its field (schema.shape[f])   -> 'invalid-field' (+ field)
// Pure: the clock and the schemas are passed in. validateChange does 1-7 (and refuses text no
// store can keep: U+0000 and lone UTF-16 surrogates, in values and nested keys alike);
// step 8 (checkFieldValues) runs in push-plan.ts once the store knows whether the record
// exists: a creating change is checked as a whole record, which checks every value too, so
// its values are checked one by one only to name the field when the whole record fails.
import type { RejectionReason } from '../../src/sync/protocol.ts';
import type { Change } from '../../src/sync/protocol.ts';
import { stampWallMs } from '../../src/sync/hlc.ts';
import { isRecordKind } from '../../src/domain/record-kinds.ts';
import { canWriteSomeOfKind, type Role } from '../../src/sync/roles.ts';
import { isInScope, type Scope } from '../auth/scope.ts';

type ParseOutcome = { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[] }[] } };
/** The part of a zod object schema the server uses (structural, so any z.object fits). */
export type RecordSchema = {
  shape: Record<string, { safeParse(value: unknown): ParseOutcome }>;
  safeParse(value: unknown): ParseOutcome;
};
export type RecordSchemas = Partial<Record<string, RecordSchema>>;

export type Rejection = { reason: RejectionReason; field?: string };

export type ValidationContext = {
  schemas: RecordSchemas;
  scope: Scope;
  role: Role;
  nowMs: number;
  maxClockAheadMs: number;
  /** The batch's node id (step 6b). */
};

/** Deepest nesting of a field value the server reads; a deeper one makes the push a 400. */
export const maxValueDepth = 32;

/**
 * True when a string cannot be stored alike by both stores: U+0000 (PostgreSQL text/jsonb
 * refuse it) or a lone UTF-16 surrogate (half an emoji: PostgreSQL refuses it, SQLite would
 * keep a replacement character).
 */
// In a /u pattern a surrogate pair is one code point: \p{Cs} matches only a lone surrogate.
const loneSurrogate = /\p{Cs}/u;
function isUnstorableText(text: string): boolean {
  return text.includes('\u0000') || loneSurrogate.test(text);
}

/** True when a value nests deeper than maxValueDepth (checked without recursion). */
export function isTooDeep(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= maxValueDepth) return true;
    for (const inner of Object.values(item.value)) stack.push({ value: inner, depth: item.depth + 1 });
  }
  return false;
}

/**
 * Walks a value without recursion (a body nested thousands deep must not overflow the stack):
 * 'too-deep' past maxValueDepth, 'bad-text' for an unstorable string or object key, else null.
 */
export function checkValueText(value: unknown): 'too-deep' | 'bad-text' | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const current = item.value;
    if (typeof current === 'string') {
      if (isUnstorableText(current)) return 'bad-text';
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (item.depth >= maxValueDepth) return 'too-deep';
    if (Array.isArray(current)) {
      for (const element of current) stack.push({ value: element, depth: item.depth + 1 });
      continue;
    }
    for (const [key, inner] of Object.entries(current)) {
      if (isUnstorableText(key)) return 'bad-text';
      stack.push({ value: inner, depth: item.depth + 1 });
    }
  }
  return null;
}

/** Step 7 (and text no store can keep, refused as 'invalid-field'), in field order. */
function checkFieldNames(change: Change, schema: RecordSchema): Rejection | null {
  for (const [field, value] of Object.entries(change.fields)) {
    if (field === 'id') continue;
    if (!Object.hasOwn(schema.shape, field)) return { reason: 'unknown-field', field };
    if (checkValueText(value) !== null) return { reason: 'invalid-field', field };
  }
  return null;
}

/** Step 8: every value is valid for its field; null when they all are (or the kind is unknown). */
export function checkFieldValues(change: Change, schemas: RecordSchemas): Rejection | null {
  const schema = schemas[change.kind];
  if (!schema) return null;
  for (const [field, value] of Object.entries(change.fields)) {
    if (field === 'id') continue;
    if (!schema.shape[field]?.safeParse(value).success) return { reason: 'invalid-field', field };
  }
  return null;
}

/** Steps 1-7: null when the change may go on to the store (which does step 8), else why not. */
export function validateChange(change: Change, ctx: ValidationContext): Rejection | null {
  const schema = isRecordKind(change.kind) ? ctx.schemas[change.kind] : undefined;
  if (!schema) return { reason: 'unknown-kind' };
  if (!canWriteSomeOfKind(ctx.role, change.kind)) return { reason: 'not-permitted' };
  const idField = schema.shape.id;
  if (idField && !idField.safeParse(change.id).success) return { reason: 'invalid-id', field: 'id' };
  if ('id' in change.fields && change.fields.id !== change.id) return { reason: 'invalid-id', field: 'id' };
  if ('villageCode' in change.fields && change.fields.villageCode !== change.villageCode) {
    return { reason: 'village-mismatch', field: 'villageCode' };
  }
  if (!isInScope(ctx.scope, change.villageCode)) return { reason: 'outside-scope' };
  if (stampWallMs(change.stamp) > ctx.nowMs + ctx.maxClockAheadMs) return { reason: 'clock-too-far-ahead' };
  return checkFieldNames(change, schema);
}

/** The first failing top-level field of a whole-record parse, for an 'invalid-record' result. */
export function firstInvalidField(outcome: ParseOutcome): string | undefined {
  const path = outcome.error?.issues[0]?.path[0];
  return typeof path === 'string' ? path : undefined;
}
