// Form state of the Pokja, GenRe and Orang Tua Asuh forms: the draft (strings as typed, kept on
// the device as typed under `draftKey`: forms/use-kept-draft.ts), the issues of the last save
// attempt (one per field), and the save itself. A field's message goes as soon as the field is
// edited; a failed save never resets the draft; a successful one forgets the kept copy.
import { useCallback, useState } from 'preact/hooks';
import type { FieldIssue } from '../../domain/field-issues.ts';
import type { SaveResult } from '../data/pokja.ts';
import { useSaveFirst } from '../data/save-first.ts';
import { useKeptDraft } from '../forms/use-kept-draft.ts';
import type { KeptDraft } from '../forms/use-kept-draft.ts';
import type { Draft } from './record-draft.ts';

export type FormPhase = 'editing' | 'saving' | 'invalid' | 'failed';

export type RecordForm<F extends string> = {
  draft: Draft<F>;
  /** The kept draft (offer, Lanjutkan / Buang): DraftOffer shows it. */
  kept: KeptDraft<Draft<F>>;
  errors: Partial<Record<string, FieldIssue>>;
  phase: FormPhase;
  setField: (field: F, value: string) => void;
  /** The saved record's id, or null when the save failed. */
  submit: () => Promise<string | null>;
  /** Back to the starting values (an inline form ready for the next entry). */
  reset: () => void;
};

export function issuesByField(issues: readonly FieldIssue[]): Partial<Record<string, FieldIssue>> {
  const byField: Partial<Record<string, FieldIssue>> = {};
  for (const issue of issues) byField[issue.field] ??= issue;
  return byField;
}

export function useRecordForm<F extends string>(draftKey: string | null, initial: Draft<F>, save: (draft: Draft<F>) => Promise<SaveResult>): RecordForm<F> {
  const kept = useKeptDraft(draftKey, initial);
  const { draft, setDraft } = kept;
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
      kept.saved();
      setPhase('editing');
      return outcome.id;
    }
    if ('issues' in outcome) {
      setErrors(issuesByField(outcome.issues));
      setPhase('invalid');
    } else setPhase('failed');
    return null;
  }, [draft, save, saveFirst, kept]);

  return { draft, kept, errors, phase, setField, submit, reset: kept.reset };
}
