// The house-visit form (TPK): date (today by default), members seen (targets first, with
// their badges), the counselling checklist, findings, referral and the next visit date.
// A failed save names the fields to check and keeps every entry.
import { addMonths } from '../../domain/calendar-date.ts';
import type { Person } from '../../domain/person.ts';
import { targetStatus } from '../../domain/target-status.ts';
import { counsellingTopics, referralTargets } from '../../domain/visit.ts';
import { CheckField } from '../components/check-field.tsx';
import { DateField } from '../components/date-field.tsx';
import { issueText } from '../components/issue-text.ts';
import { SelectField } from '../components/select-field.tsx';
import { TextField } from '../components/text-field.tsx';
import type { SaveOutcome } from '../households/use-household-form.ts';
import { useT } from '../i18n/language.tsx';
import { TargetBadges } from '../members/target-badges.tsx';
import type { VisitDraft, VisitFields } from './visit-draft.ts';
import { useVisitForm } from './use-visit-form.ts';
import type { VisitForm as VisitFormState } from './use-visit-form.ts';
import { DraftOffer } from '../forms/draft-offer.tsx';
import { leaveGuard } from '../forms/leave-guard.ts';

type Props = {
  initial: VisitDraft;
  context: { householdId: string; villageCode: string; today: string };
  members: readonly Person[];
  onSave: (fields: VisitFields) => Promise<SaveOutcome>;
  onSaved: () => void;
  onCancel: () => void;
  /** Where the unsaved input is kept (data/drafts.ts draftKey). */
  draftKey: string;
};

const fieldOrder = ['date', 'cadreName', 'targetIds', 'topics', 'findings', 'referral', 'referralNote', 'nextVisitDate'] as const;

function MembersSeen({ form, members, today }: { form: VisitFormState; members: readonly Person[]; today: string }) {
  const t = useT();
  const withStatus = members.map((person) => ({ person, status: targetStatus(person, today) }));
  const isTarget = (targets: readonly string[]) => targets.some((target) => target !== 'pus');
  const ordered = [...withStatus.filter((m) => isTarget(m.status.targets)), ...withStatus.filter((m) => !isTarget(m.status.targets))];
  return (
    <fieldset class="checklist" aria-describedby={form.errors.targetIds ? 'targetIds-error' : undefined}>
      <legend class="field__label">{t('visits.fields.targetIds')}</legend>
      {ordered.length === 0 && <p class="field__hint">{t('visits.form.noMembers')}</p>}
      {ordered.map(({ person, status }) => (
        <CheckField key={person.id} id={`seen-${person.id}`} label={person.name} isChecked={form.draft.targetIds.includes(person.id)} onChange={() => form.toggleTarget(person.id)} detail={<TargetBadges status={status} />} />
      ))}
      {form.errors.targetIds && <p class="field__error" id="targetIds-error">{issueText(t, form.errors.targetIds)}</p>}
    </fieldset>
  );
}

function NextVisit({ form, today }: { form: VisitFormState; today: string }) {
  const t = useT();
  const base = form.draft.date && form.draft.date <= today ? form.draft.date : today;
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">{t('visits.form.sectionNext')}</legend>
      <DateField id="nextVisitDate" label={t('visits.fields.nextVisitDate')} value={form.draft.nextVisitDate} onValue={(value) => form.setField('nextVisitDate', value)} min={form.draft.date || undefined} hint={t('visits.form.nextHint')} error={issueText(t, form.errors.nextVisitDate)} />
      <button type="button" class="button button--secondary" onClick={() => form.setField('nextVisitDate', addMonths(base, 1))}>
        {t('visits.form.inAMonth')}
      </button>
    </fieldset>
  );
}

export function VisitForm({ initial, context, members, onSave, onSaved, onCancel, draftKey }: Props) {
  const t = useT();
  const form = useVisitForm(initial, context, onSave, draftKey);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    if (await form.submit()) return onSaved();
    requestAnimationFrame(() => element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  const invalid = fieldOrder.filter((field) => form.errors[field]).map((field) => t(`visits.fields.${field}`)).join(', ');
  return (
    <DraftOffer kept={form.kept}>
    <form class="household-form" onSubmit={onSubmit} noValidate data-testid="visit-form">
      {form.phase === 'invalid' && <p class="form-alert" role="alert">{t('visits.form.hasErrors', { fields: invalid })}</p>}
      {form.phase === 'failed' && <p class="form-alert" role="alert">{t('visits.form.saveFailed')}</p>}
      <fieldset class="form-section">
        <legend class="form-section__title">{t('visits.form.sectionWhen')}</legend>
        <DateField id="date" label={t('visits.fields.date')} value={form.draft.date} onValue={(value) => form.setField('date', value)} max={context.today} error={issueText(t, form.errors.date)} isRequired />
        <MembersSeen form={form} members={members} today={context.today} />
        <TextField id="cadreName" label={t('visits.fields.cadreName')} value={form.draft.cadreName} onValue={(value) => form.setField('cadreName', value)} error={issueText(t, form.errors.cadreName)} />
      </fieldset>
      <fieldset class="form-section checklist">
        <legend class="form-section__title">{t('visits.form.sectionTopics')}</legend>
        {counsellingTopics.map((topic) => (
          <CheckField key={topic} id={`topic-${topic}`} label={t(`enums.counsellingTopic.${topic}`)} isChecked={form.draft.topics.includes(topic)} onChange={() => form.toggleTopic(topic)} />
        ))}
      </fieldset>
      <fieldset class="form-section">
        <legend class="form-section__title">{t('visits.form.sectionFindings')}</legend>
        <TextField id="findings" label={t('visits.fields.findings')} value={form.draft.findings} onValue={(value) => form.setField('findings', value)} isMultiline error={issueText(t, form.errors.findings)} />
        <SelectField id="referral" label={t('visits.fields.referral')} value={form.draft.referral} options={referralTargets.map((value) => ({ value, label: t(`enums.referralTarget.${value}`) }))} onValue={(value) => form.setField('referral', value)} error={issueText(t, form.errors.referral)} />
        <TextField id="referralNote" label={t('visits.fields.referralNote')} value={form.draft.referralNote} onValue={(value) => form.setField('referralNote', value)} error={issueText(t, form.errors.referralNote)} />
      </fieldset>
      <NextVisit form={form} today={context.today} />
      <div class="save-bar">
        <button type="button" class="button button--ghost" onClick={() => leaveGuard.requestLeave(onCancel)}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button button--primary button--wide" disabled={form.phase === 'saving'}>
          {t(form.phase === 'saving' ? 'visits.form.saving' : 'visits.form.save')}
        </button>
      </div>
    </form>
    </DraftOffer>
  );
}
