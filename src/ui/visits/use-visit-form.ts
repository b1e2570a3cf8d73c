// Form state of the visit form: the draft, the errors of the last save attempt, the save.
// A field's message disappears when it is edited; a failed save keeps everything. The draft
// is kept on the device as typed (forms/use-kept-draft.ts) until the save succeeds.
import { useCallback, useState } from 'preact/hooks';
import type { FieldIssue } from '../../domain/field-issues.ts';
import type { CounsellingTopic } from '../../domain/visit.ts';
import { issuesByField } from '../households/household-draft.ts';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useKeptDraft } from '../forms/use-kept-draft.ts';
import type { KeptDraft } from '../forms/use-kept-draft.ts';
import { parseVisitDraft, toggled } from './visit-draft.ts';
import type { VisitDraft, VisitFields, VisitTextField } from './visit-draft.ts';

export type VisitFormPhase = 'editing' | 'saving' | 'invalid' | 'failed';
type Context = { householdId: string; villageCode: string; today: string };

export type VisitForm = {
  draft: VisitDraft;
  kept: KeptDraft<VisitDraft>;
  errors: Partial<Record<string, FieldIssue>>;
  phase: VisitFormPhase;
  setField: (field: VisitTextField, value: string) => void;
  toggleTarget: (personId: string) => void;
  toggleTopic: (topic: CounsellingTopic) => void;
  submit: () => Promise<boolean>;
};

export function useVisitForm(initial: VisitDraft, context: Context, save: (fields: VisitFields) => Promise<SaveOutcome>, draftKey: string | null): VisitForm {
  const kept = useKeptDraft(draftKey, initial);
  const { draft, setDraft } = kept;
  const [errors, setErrors] = useState<Partial<Record<string, FieldIssue>>>({});
  const [phase, setPhase] = useState<VisitFormPhase>('editing');

  const clear = (field: string) => setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  const setField = useCallback((field: VisitTextField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    clear(field);
  }, []);
  const toggleTarget = useCallback((personId: string) => {
    setDraft((current) => ({ ...current, targetIds: toggled(current.targetIds, personId) }));
    clear('targetIds');
  }, []);
  const toggleTopic = useCallback((topic: CounsellingTopic) => {
    setDraft((current) => ({ ...current, topics: toggled(current.topics, topic) }));
    clear('topics');
  }, []);

  const submit = useCallback(async (): Promise<boolean> => {
    const parsed = parseVisitDraft(draft, context);
    if (!parsed.ok) {
      setErrors(issuesByField(parsed.issues));
      setPhase('invalid');
      return false;
    }
    setPhase('saving');
    const outcome = await save(parsed.value);
    if (outcome.ok) {
      kept.saved();
      return true;
    }
    if ('issues' in outcome) {
      setErrors(issuesByField(outcome.issues));
      setPhase('invalid');
    } else setPhase('failed');
    return false;
  }, [draft, context, save, kept]);

  return { draft, kept, errors, phase, setField, toggleTarget, toggleTopic, submit };
}
