// Form state of the household form: the draft (strings as typed, kept on the device as typed:
// forms/use-kept-draft.ts), the issues of the last save attempt, and the save itself. A
// field's message disappears as soon as that field is edited; the draft is never reset by a
// failed save, and its kept copy goes only once the save succeeded.
import { useCallback, useState } from 'preact/hooks';
import type { FieldIssue } from '../../domain/field-issues.ts';
import { useSaveFirst } from '../data/save-first.ts';
import { useKeptDraft } from '../forms/use-kept-draft.ts';
import type { KeptDraft } from '../forms/use-kept-draft.ts';
import { issuesByField, parseDraft } from './household-draft.ts';
import type { HouseholdDraft, HouseholdFields, HouseholdFormField } from './household-draft.ts';

export type SaveOutcome = { ok: true } | { ok: false; issues: FieldIssue[] } | { ok: false; reason: string };

export type FormPhase = 'editing' | 'saving' | 'invalid' | 'failed';

export type HouseholdForm = {
  draft: HouseholdDraft;
  /** The kept draft (offer, Lanjutkan / Buang): DraftOffer shows it. */
  kept: KeptDraft<HouseholdDraft>;
  errors: Partial<Record<string, FieldIssue>>;
  phase: FormPhase;
  failure: string | null;
  setField: (field: HouseholdFormField, value: string) => void;
  submit: () => Promise<boolean>;
};

export function useHouseholdForm(initial: HouseholdDraft, save: (fields: HouseholdFields) => Promise<SaveOutcome>, draftKey: string | null): HouseholdForm {
  const kept = useKeptDraft(draftKey, initial);
  const { draft, setDraft } = kept;
  const [errors, setErrors] = useState<Partial<Record<string, FieldIssue>>>({});
  const [phase, setPhase] = useState<FormPhase>('editing');
  const [failure, setFailure] = useState<string | null>(null);
  const saveFirst = useSaveFirst(() => setPhase('saving'));

  const setField = useCallback((field: HouseholdFormField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);

  const submit = useCallback(async (): Promise<boolean> => {
    const parsed = parseDraft(draft);
    if (!parsed.ok) {
      setErrors(issuesByField(parsed.issues));
      setPhase('invalid');
      return false;
    }
    const outcome = await saveFirst(() => save(parsed.value));
    if (outcome === null) return false;
    if (outcome.ok) {
      kept.saved();
      return true;
    }
    if ('issues' in outcome) {
      setErrors(issuesByField(outcome.issues));
      setPhase('invalid');
    } else {
      setFailure(outcome.reason);
      setPhase('failed');
    }
    return false;
  }, [draft, save, saveFirst, kept]);

  return { draft, kept, errors, phase, failure, setField, submit };
}
