// One shape for everything a form shows next to a field: zod errors, record rules,
// context rules and (non-blocking) warnings. `messageKey` is an i18n key of the
// `validation` namespace; `params` fill its {placeholders}.
import type { ZodError } from 'zod';
import { validation } from '../i18n/id/validation.ts';
import { messageKey, type ValidationKey, type ValidationMessageKey } from './fields.ts';

export type FieldIssue = {
  /** The top-level field the form shows the message under ('' for the whole record). */
  field: string;
  /** Full dotted path, e.g. 'gps.lat' or 'topics.2'. */
  path: string;
  messageKey: ValidationMessageKey;
  params: Record<string, string | number>;
};

const validationKeys: ReadonlySet<string> = new Set(Object.keys(validation));

export function fieldIssue(
  path: string,
  key: ValidationKey,
  params: Record<string, string | number> = {},
): FieldIssue {
  return { field: path.split('.')[0] ?? '', path, messageKey: messageKey(key), params };
}

type ZodIssueLike = ZodError['issues'][number];

function isValidationMessage(message: string): message is ValidationMessageKey {
  return message.startsWith('validation.') && validationKeys.has(message.slice('validation.'.length));
}

/** A key for an issue zod wrote itself (e.g. an unknown nested shape): never raw English. */
function fallbackKey(issue: ZodIssueLike): ValidationKey {
  switch (issue.code) {
    case 'too_small':
      return 'min';
    case 'too_big':
      return 'max';
    case 'invalid_value':
      return 'choice';
    default:
      return 'invalid';
  }
}

function paramsOf(issue: ZodIssueLike): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (issue.code === 'too_small') params.min = Number(issue.minimum);
  if (issue.code === 'too_big') params.max = Number(issue.maximum);
  if (issue.code === 'custom' && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    }
  }
  return params;
}

/**
 * Maps a ZodError from a record schema to field issues, in the order zod reported them.
 * A value of the wrong type reports only that: zod 4 still runs length checks on it (a
 * 40-character string given for a list also fails the list's `.max`), which would add a
 * second, misleading message for the same path.
 */
export function toFieldIssues(error: ZodError): FieldIssue[] {
  const wrongType = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (wrongType.has(path)) continue;
    if (issue.code === 'invalid_type') wrongType.add(path);
    const key = isValidationMessage(issue.message) ? issue.message : messageKey(fallbackKey(issue));
    issues.push({ field: String(issue.path[0] ?? ''), path, messageKey: key, params: paramsOf(issue) });
  }
  return issues;
}
