// Form state of the member form: the draft (strings as typed), the errors and warnings of
// the last save attempt, and the save. Warnings (NIK vs birth date, sex, kecamatan) stop
// the first save in phase 'confirm'; "Simpan tetap" saves with them. Editing any field
// clears its message and leaves 'confirm' (the next save checks again). A failed save
// never resets the draft. The draft is kept on the device as typed (forms/use-kept-draft.ts)
// until the save succeeds.
import { useCallback, useState } from 'preact/hooks';
import type { FieldIssue } from '../../domain/field-issues.ts';
import { issuesByField } from '../households/household-draft.ts';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useKeptDraft } from '../forms/use-kept-draft.ts';
import type { KeptDraft } from '../forms/use-kept-draft.ts';
import { parseMemberDraft } from './member-draft.ts';
import type { MemberContext, MemberDraft, MemberFields, MemberFormField } from './member-draft.ts';

export type MemberFormPhase = 'editing' | 'saving' | 'invalid' | 'confirm' | 'failed';

export type MemberForm = {
  draft: MemberDraft;
  kept: KeptDraft<MemberDraft>;
  errors: Partial<Record<string, FieldIssue>>;
  /** Every warning of the last attempt (a field may have several: birth date and sex). */
  warnings: FieldIssue[];
  phase: MemberFormPhase;
  setField: (field: MemberFormField, value: string) => void;
  /** Saves; with `acceptWarnings` the NIK warnings do not stop it. True when saved. */
  submit: (acceptWarnings?: boolean) => Promise<boolean>;
};

export function useMemberForm(initial: MemberDraft, context: MemberContext, save: (fields: MemberFields) => Promise<SaveOutcome>, draftKey: string | null): MemberForm {
  const kept = useKeptDraft(draftKey, initial);
  const { draft, setDraft } = kept;
  const [errors, setErrors] = useState<Partial<Record<string, FieldIssue>>>({});
  const [warnings, setWarnings] = useState<FieldIssue[]>([]);
  const [phase, setPhase] = useState<MemberFormPhase>('editing');

  const setField = useCallback((field: MemberFormField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    setPhase((current) => (current === 'confirm' ? 'editing' : current));
  }, []);

  const submit = useCallback(
    async (acceptWarnings = false): Promise<boolean> => {
      const parsed = parseMemberDraft(draft, context);
      if (!parsed.ok) {
        setErrors(issuesByField(parsed.issues));
        setPhase('invalid');
        return false;
      }
      setWarnings(parsed.warnings);
      if (parsed.warnings.length > 0 && !acceptWarnings) {
        setPhase('confirm');
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
    },
    [draft, context, save, kept],
  );

  return { draft, kept, errors, warnings, phase, setField, submit };
}
