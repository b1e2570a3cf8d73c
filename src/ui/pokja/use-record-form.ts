// Form state of the Pokja and GenRe forms: the draft (strings as typed), the issues of the
// last save attempt (one per field), and the save itself. A field's message goes as soon as
// the field is edited; a failed save never resets the draft.
import { useCallback, useState } from 'preact/hooks';
import type { FieldIssue } from '../../domain/field-issues.ts';
import type { SaveResult } from '../data/pokja.ts';
import { useSaveFirst } from '../data/save-first.ts';
import type { Draft } from './record-draft.ts';

export type FormPhase = 'editing' | 'saving' | 'invalid' | 'failed';

export type RecordForm<F extends string> = {
  draft: Draft<F>;
  errors: Partial<Record<string, FieldIssue>>;
  phase: FormPhase;
  setField: (field: F, value: string) => void;
  /** The saved record's id, or null when the save failed. */
  submit: () => Promise<string | null>;
};

export function issuesByField(issues: readonly FieldIssue[]): Partial<Record<string, FieldIssue>> {
  const byField: Partial<Record<string, FieldIssue>> = {};
  for (const issue of issues) byField[issue.field] ??= issue;
  return byField;
}

export function useRecordForm<F extends string>(initial: Draft<F>, save: (draft: Draft<F>) => Promise<SaveResult>): RecordForm<F> {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<string, FieldIssue>>>({});
  const [phase, setPhase] = useState<FormPhase>('editing');
  const saveFirst = useSaveFirst(() => setPhase('saving'));

  const setField = useCallback((field: F, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);

  const submit = useCallback(async (): Promise<string | null> => {
    const outcome = await saveFirst(() => save(draft));
    if (outcome === null) return null;
    if (outcome.ok) {
      setPhase('editing');
      return outcome.id;
    }
    if ('issues' in outcome) {
      setErrors(issuesByField(outcome.issues));
      setPhase('invalid');
    } else setPhase('failed');
    return null;
  }, [draft, save, saveFirst]);

  return { draft, errors, phase, setField, submit };
}
