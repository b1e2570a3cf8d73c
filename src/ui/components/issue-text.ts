// The user's-language text of a domain field issue ({ messageKey, params } from
// src/domain/field-issues.ts), or undefined when the field has no issue.
import type { FieldIssue } from '../../domain/field-issues.ts';
import type { Translate } from '../i18n/language.tsx';

export function issueText(t: Translate, issue: FieldIssue | undefined): string | undefined {
  return issue ? t(issue.messageKey, issue.params) : undefined;
}
