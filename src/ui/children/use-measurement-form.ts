// Form state of the measurement form: the draft, the errors of the last save attempt, and
// the implausible-value gate: a WHO-flagged z-score asks to measure again, and saving it
// anyway needs an explicit confirmation (reset whenever a number changes). A failed save
// keeps every entry.
// A save starts its write before anything is drawn (useSaveFirst): a quick save costs the
// cadre no extra render of the whole form (with the assessment) before the child's page opens.
// The draft is kept on the device as typed (forms/use-kept-draft.ts) until the save succeeds.
import { useCallback, useState } from 'preact/hooks';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import type { FieldIssue } from '../../domain/field-issues.ts';
import { issuesByField } from '../households/household-draft.ts';
import { useSaveFirst } from '../data/save-first.ts';
import { useKeptDraft } from '../forms/use-kept-draft.ts';
import type { KeptDraft } from '../forms/use-kept-draft.ts';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { defaultMeasure, parseMeasurementDraft } from './measurement-draft.ts';
import type { MeasurementDraft, MeasurementFields, MeasurementTextField } from './measurement-draft.ts';

export type MeasurementFormPhase = 'editing' | 'saving' | 'invalid' | 'failed' | 'confirm';
export type MeasurementContext = { personId: string; villageCode: string; today: CalendarDate; birthDate: CalendarDate | null | undefined };

export type MeasurementFormState = {
  draft: MeasurementDraft;
  kept: KeptDraft<MeasurementDraft>;
  errors: Partial<Record<string, FieldIssue>>;
  phase: MeasurementFormPhase;
  setField: (field: MeasurementTextField, value: string) => void;
  setOedema: (value: boolean) => void;
  /** Saves; with an implausible value only when `confirmed`. */
  submit: (hasImplausible: boolean, confirmed: boolean) => Promise<boolean>;
};

const isDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

const numberFields: readonly MeasurementTextField[] = ['weightKg', 'lengthCm', 'measure', 'date'];

export function useMeasurementForm(initial: MeasurementDraft, context: MeasurementContext, save: (fields: MeasurementFields) => Promise<SaveOutcome>, draftKey: string | null): MeasurementFormState {
  const kept = useKeptDraft(draftKey, initial);
  const { draft, setDraft } = kept;
  const [measureTouched, setMeasureTouched] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, FieldIssue>>>({});
  const [phase, setPhase] = useState<MeasurementFormPhase>('editing');
  const saveFirst = useSaveFirst(() => setPhase('saving'));

  const setField = useCallback((field: MeasurementTextField, value: string) => {
    if (field === 'measure') setMeasureTouched(true);
    setDraft((current) => {
      const next = { ...current, [field]: value };
      // Until the cadre picks lying/standing, it follows the child's age on the date.
      // A draft continued with another choice than the age's (Lanjutkan) counts as picked.
      const follows = !measureTouched && (!isDate(current.date) || current.measure === defaultMeasure(context.birthDate, current.date));
      if (field === 'date' && follows && isDate(value)) next.measure = defaultMeasure(context.birthDate, value);
      return next;
    });
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
    if (numberFields.includes(field)) setPhase((current) => (current === 'confirm' ? 'editing' : current));
  }, [measureTouched, context.birthDate]);

  const setOedema = useCallback((value: boolean) => {
    setDraft((current) => ({ ...current, oedema: value }));
  }, []);

  const submit = useCallback(async (hasImplausible: boolean, confirmed: boolean): Promise<boolean> => {
    const parsed = parseMeasurementDraft(draft, context);
    if (!parsed.ok) {
      setErrors(issuesByField(parsed.issues));
      setPhase('invalid');
      return false;
    }
    if (hasImplausible && !confirmed) {
      setPhase('confirm');
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
    } else setPhase('failed');
    return false;
  }, [draft, context, save, saveFirst, kept]);

  return { draft, kept, errors, phase, setField, setOedema, submit };
}
