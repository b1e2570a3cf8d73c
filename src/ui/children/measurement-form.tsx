// The measurement form, made for a posyandu scale and board: date (today), weight, length or
// height with lying/standing (default from age), head and arm circumference, oedema, place,
// measured by. As soon as a number is in, the z-scores, Permenkes categories and the
// faltering mark show; an implausible value asks to measure again before saving.
import { useMemo } from 'preact/hooks';
import type { GrowthTables } from '../../anthro/growth-tables.ts';
import { assessGrowthFaltering } from '../../anthro/faltering.ts';
import type { Measurement } from '../../domain/measurement.ts';
import { measureMethods, measurementPlaces } from '../../domain/measurement.ts';
import type { Person } from '../../domain/person.ts';
import { CheckField } from '../components/check-field.tsx';
import { DateField } from '../components/date-field.tsx';
import { issueText } from '../components/issue-text.ts';
import { SelectField } from '../components/select-field.tsx';
import { TextField } from '../components/text-field.tsx';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useT } from '../i18n/language.tsx';
import { AssessmentPanel } from './assessment-panel.tsx';
import { assessDraft, numberOrText } from './measurement-draft.ts';
import type { MeasurementDraft, MeasurementFields } from './measurement-draft.ts';
import { useMeasurementForm } from './use-measurement-form.ts';
import type { MeasurementContext, MeasurementFormState } from './use-measurement-form.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';
import { leaveGuard } from '../forms/leave-guard.ts';

type Props = {
  child: Person;
  initial: MeasurementDraft;
  context: MeasurementContext;
  previous: readonly Measurement[];
  tables: GrowthTables | null;
  tablesLoading: boolean;
  onSave: (fields: MeasurementFields) => Promise<SaveOutcome>;
  onSaved: () => void;
  onCancel: () => void;
  /** Where the unsaved input is kept (data/drafts.ts draftKey). */
  draftKey: string;
};

const fieldOrder = ['date', 'weightKg', 'lengthCm', 'measure', 'headCm', 'armCm', 'place', 'measuredBy', 'notes'] as const;

function MeasureChoice({ form }: { form: MeasurementFormState }) {
  const t = useT();
  const error = issueText(t, form.errors.measure);
  return (
    <fieldset class="choice" aria-describedby={error ? 'measure-error' : undefined}>
      <legend class="field__label">{t('measurements.fields.measure')}</legend>
      <div class="choice__options">
        {measureMethods.map((method) => (
          <label key={method} class={form.draft.measure === method ? 'choice__option choice__option--on' : 'choice__option'}>
            <input type="radio" name="measure" value={method} checked={form.draft.measure === method} onChange={() => form.setField('measure', method)} />
            <span>{t(`enums.measureMethod.${method}`)}</span>
          </label>
        ))}
      </div>
      <p class="field__hint">{t('measurements.form.measureHint')}</p>
      {error && <p class="field__error" id="measure-error">{error}</p>}
    </fieldset>
  );
}

/** The faltering mark of the draft's month, with the earlier weighings. */
function draftFaltering(child: Person, previous: readonly Measurement[], draft: MeasurementDraft) {
  const weight = numberOrText(draft.weightKg);
  if (!child.birthDate || typeof weight !== 'number' || weight <= 0 || draft.oedema || !/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || draft.date < child.birthDate) return null;
  const earlier = previous.filter((m) => m.weightKg != null && m.oedema !== true && m.date <= draft.date).map((m) => ({ date: m.date, weightKg: m.weightKg as number }));
  const months = assessGrowthFaltering(child.birthDate, [...earlier, { date: draft.date, weightKg: weight }]);
  return months.find((month) => month.month === draft.date.slice(0, 7))?.status ?? null;
}

export function MeasurementForm({ child, initial, context, previous, tables, tablesLoading, onSave, onSaved, onCancel, draftKey }: Props) {
  const t = useT();
  const form = useMeasurementForm(initial, context, onSave, draftKey);
  const { draft } = form;
  const assessment = useMemo(() => (tables ? assessDraft(tables, child, draft) : null), [tables, child, draft]);
  const faltering = useMemo(() => draftFaltering(child, previous, draft), [child, previous, draft]);
  const hasImplausible = assessment?.hasImplausible ?? false;

  const submit = async (element: HTMLFormElement, confirmed: boolean) => {
    if (await form.submit(hasImplausible, confirmed)) return onSaved();
    requestAnimationFrame(() => element.querySelector<HTMLElement>('[aria-invalid="true"], [data-focus-on-confirm]')?.focus());
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void submit(event.currentTarget as HTMLFormElement, false);
  };
  const invalid = fieldOrder.filter((field) => form.errors[field]).map((field) => t(`measurements.fields.${field}`)).join(', ');
  const decimalHint = t('measurements.form.decimalHint');
  return (
    <DraftOffer kept={form.kept}>
    <form class="household-form" onSubmit={onSubmit} noValidate data-testid="measurement-form">
      {form.phase === 'invalid' && <p class="form-alert" role="alert">{t('measurements.form.hasErrors', { fields: invalid })}</p>}
      {form.phase === 'failed' && <p class="form-alert" role="alert">{t('measurements.form.saveFailed')}</p>}
      <fieldset class="form-section">
        <legend class="form-section__title">{t('measurements.form.sectionNumbers')}</legend>
        <DateField id="date" label={t('measurements.fields.date')} value={draft.date} onValue={(value) => form.setField('date', value)} min={child.birthDate ?? undefined} max={context.today} error={issueText(t, form.errors.date)} isRequired />
        <TextField id="weightKg" label={t('measurements.fields.weightKg')} value={draft.weightKg} onValue={(value) => form.setField('weightKg', value)} inputMode="decimal" hint={decimalHint} error={issueText(t, form.errors.weightKg)} />
        <TextField id="lengthCm" label={t(draft.measure === 'h' ? 'measurements.fields.heightCm' : 'measurements.fields.lengthCm')} value={draft.lengthCm} onValue={(value) => form.setField('lengthCm', value)} inputMode="decimal" hint={decimalHint} error={issueText(t, form.errors.lengthCm)} />
        <MeasureChoice form={form} />
        <CheckField id="oedema" label={t('measurements.fields.oedema')} isChecked={draft.oedema} onChange={form.setOedema} />
      </fieldset>
      <section class="card assessment-card" aria-live="polite" aria-labelledby="assessment-title">
        <h2 class="card__title" id="assessment-title">{t('measurements.assessment.title')}</h2>
        {!tables && <p class="card__text">{t(tablesLoading ? 'measurements.assessment.loadingTables' : 'measurements.assessment.noTables')}</p>}
        {tables && !assessment && <p class="card__text">{t('measurements.assessment.waiting')}</p>}
        {assessment && <AssessmentPanel ageDays={assessment.ageDays} indices={assessment.indices} faltering={faltering} />}
        {hasImplausible && <p class="recheck-note" data-testid="recheck-note">{t('anthro.recheckHelp')}</p>}
      </section>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('measurements.form.sectionMore')}</legend>
        <TextField id="headCm" label={t('measurements.fields.headCm')} value={draft.headCm} onValue={(value) => form.setField('headCm', value)} inputMode="decimal" error={issueText(t, form.errors.headCm)} />
        <TextField id="armCm" label={t('measurements.fields.armCm')} value={draft.armCm} onValue={(value) => form.setField('armCm', value)} inputMode="decimal" error={issueText(t, form.errors.armCm)} />
        <SelectField id="place" label={t('measurements.fields.place')} value={draft.place} options={measurementPlaces.map((value) => ({ value, label: t(`enums.measurementPlace.${value}`) }))} onValue={(value) => form.setField('place', value)} error={issueText(t, form.errors.place)} />
        <TextField id="measuredBy" label={t('measurements.fields.measuredBy')} value={draft.measuredBy} onValue={(value) => form.setField('measuredBy', value)} error={issueText(t, form.errors.measuredBy)} />
        <TextField id="notes" label={t('measurements.fields.notes')} value={draft.notes} onValue={(value) => form.setField('notes', value)} isMultiline error={issueText(t, form.errors.notes)} />
      </fieldset>
      {form.phase === 'confirm' && (
        <div class="form-alert confirm-box" role="alert" data-testid="confirm-implausible">
          <p>{t('measurements.form.confirmText')}</p>
          <button type="button" class="button button--secondary button--wide" data-focus-on-confirm onClick={(event) => void submit(event.currentTarget.form as HTMLFormElement, true)}>
            {t('measurements.form.confirmSave')}
          </button>
        </div>
      )}
      <div class="save-bar">
        <button type="button" class="button button--ghost" onClick={() => leaveGuard.requestLeave(onCancel)}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button button--primary button--wide" disabled={form.phase === 'saving'}>
          {t(form.phase === 'saving' ? 'measurements.form.saving' : 'measurements.form.save')}
        </button>
      </div>
    </form>
    </DraftOffer>
  );
}
