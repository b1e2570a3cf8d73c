// Bridges the record rules (written as FieldIssue lists) into zod's superRefine, so a
// schema reports them like any field error: message = i18n key, params kept.
import type { z } from 'zod';
import type { FieldIssue } from './field-issues.ts';

export function addIssues(ctx: z.RefinementCtx, issues: readonly (FieldIssue | null)[]): void {
  for (const issue of issues) {
    if (!issue) continue;
    ctx.addIssue({ code: 'custom', message: issue.messageKey, path: issue.path.split('.'), params: issue.params });
  }
}
