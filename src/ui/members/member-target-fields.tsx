// Member form section "Status sasaran": the targets the person is today (live, from what is
// typed), and the switches that open catin (wedding date), pregnancy (HPHT -> gestational
// age and due date, shown as soon as the date is in) and delivery (the 42-day window and
// the baby's birth weight and length). Baduta/balita follow from the birth date.
import { addDays, addMonths } from '../../domain/calendar-date.ts';
import { postPartumDays, targetStatus } from '../../domain/target-status.ts';
import { CheckField } from '../components/check-field.tsx';
import { DateField } from '../components/date-field.tsx';
import { issueText } from '../components/issue-text.ts';
import { TextField } from '../components/text-field.tsx';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { draftFacts, switchOn } from './member-draft.ts';
import { TargetBadges } from './target-badges.tsx';
import type { MemberForm } from './use-member-form.ts';

function useFacts(form: MemberForm, today: string) {
  const t = useT();
  const [language] = useLanguage();
  const facts = draftFacts(form.draft);
  const status = targetStatus(facts, today);
  const date = (value: string) => formatDate(value, language);
  const months = status.ageMonths;
  const age = months === null ? null : months < 24 ? t('members.live.ageMonths', { months }) : t('members.live.age', { years: Math.floor(months / 12) });
  const pregnancy = status.pregnancy;
  const pregnancyText = !pregnancy || pregnancy.gestationalWeeks === null || !pregnancy.dueDate
    ? t('members.live.lmpNeeded')
    : `${t('members.live.gestation', { weeks: pregnancy.gestationalWeeks, days: pregnancy.gestationalDays ?? 0, trimester: pregnancy.trimester ?? 1 })}. ${t('members.live.dueDate', { date: date(pregnancy.dueDate) })}.`;
  const delivery = facts.deliveryDate;
  const deliveryEnd = delivery ? addDays(delivery, postPartumDays) : null;
  const deliveryText = !delivery || !deliveryEnd || delivery > today ? null
    : status.postPartumDay !== null ? t('members.live.postPartumDay', { day: status.postPartumDay, date: date(deliveryEnd) })
      : t('members.live.postPartumOver', { date: date(deliveryEnd) });
  const catinText = facts.weddingDate ? t('members.live.catinWindow', { date: date(addMonths(facts.weddingDate, -3)) }) : null;
  return { status, age, pregnancyText, deliveryText, catinText };
}

export function MemberTargetFields({ form, today }: { form: MemberForm; today: string }) {
  const t = useT();
  const { draft, errors, setField } = form;
  const facts = useFacts(form, today);
  const female = draft.sex === 'F';
  const toggle = (field: 'isCatin' | 'isPregnant' | 'hasDelivery') => (on: boolean) => setField(field, on ? switchOn : '');
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">{t('members.form.sectionTargets')}</legend>
      <div class="live-summary" aria-live="polite" data-testid="target-summary">
        <p class="live-summary__title">{t('members.live.targetsNow')}{facts.age ? ` · ${facts.age}` : ''}</p>
        {facts.status.targets.length > 0 ? <TargetBadges status={facts.status} /> : <p class="live-summary__text">{t('members.live.noTargets')}</p>}
      </div>
      <p class="field__hint">{t('members.form.targetsHint')}</p>
      <CheckField id="isCatin" label={t('members.fields.isCatin')} isChecked={draft.isCatin === switchOn} onChange={toggle('isCatin')} />
      {draft.isCatin === switchOn && (
        <div class="subfields">
          <DateField id="weddingDate" label={t('members.fields.weddingDate')} value={draft.weddingDate} onValue={(value) => setField('weddingDate', value)} hint={facts.catinText ?? undefined} error={issueText(t, errors.weddingDate)} />
        </div>
      )}
      {female && <CheckField id="isPregnant" label={t('members.fields.isPregnant')} isChecked={draft.isPregnant === switchOn} onChange={toggle('isPregnant')} />}
      {female && draft.isPregnant === switchOn && (
        <div class="subfields">
          <DateField id="lastMenstrualPeriod" label={t('members.fields.lastMenstrualPeriod')} value={draft.lastMenstrualPeriod} onValue={(value) => setField('lastMenstrualPeriod', value)} max={today} error={issueText(t, errors.lastMenstrualPeriod)} />
          <p class="live-figure" aria-live="polite" data-testid="pregnancy-live">{facts.pregnancyText}</p>
          <TextField id="pregnancyNumber" label={t('members.fields.pregnancyNumber')} value={draft.pregnancyNumber} onValue={(value) => setField('pregnancyNumber', value)} inputMode="numeric" maxLength={2} error={issueText(t, errors.pregnancyNumber)} />
        </div>
      )}
      {female && <CheckField id="hasDelivery" label={t('members.fields.hasDelivery')} isChecked={draft.hasDelivery === switchOn} onChange={toggle('hasDelivery')} />}
      {female && draft.hasDelivery === switchOn && (
        <div class="subfields">
          <DateField id="deliveryDate" label={t('members.fields.deliveryDate')} value={draft.deliveryDate} onValue={(value) => setField('deliveryDate', value)} max={today} error={issueText(t, errors.deliveryDate)} />
          {facts.deliveryText && <p class="live-figure" aria-live="polite" data-testid="delivery-live">{facts.deliveryText}</p>}
          <div class="field-row">
            <TextField id="babyBirthWeightKg" label={t('members.fields.babyBirthWeightKg')} value={draft.babyBirthWeightKg} onValue={(value) => setField('babyBirthWeightKg', value)} inputMode="decimal" maxLength={5} error={issueText(t, errors.babyBirthWeightKg)} />
            <TextField id="babyBirthLengthCm" label={t('members.fields.babyBirthLengthCm')} value={draft.babyBirthLengthCm} onValue={(value) => setField('babyBirthLengthCm', value)} inputMode="decimal" maxLength={5} error={issueText(t, errors.babyBirthLengthCm)} />
          </div>
        </div>
      )}
    </fieldset>
  );
}
