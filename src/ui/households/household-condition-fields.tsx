// Form section "Kondisi rumah tangga": welfare decile, drinking water, toilet and house
// condition: the risk factors of a family at risk of stunting (DOMAIN.md "Rules").
import { drinkingWaterSources, houseConditions, toiletKinds } from '../../domain/household.ts';
import { issueText } from '../components/issue-text.ts';
import { SelectField } from '../components/select-field.tsx';
import type { SelectOption } from '../components/select-field.tsx';
import { useT } from '../i18n/language.tsx';
import type { HouseholdForm } from './use-household-form.ts';

const deciles = Array.from({ length: 10 }, (_, index) => String(index + 1));

export function HouseholdConditionFields({ form }: { form: HouseholdForm }) {
  const t = useT();
  const { draft, errors, setField } = form;
  const decileOptions: SelectOption[] = deciles.map((decile) => ({ value: decile, label: t('households.decile', { decile }) }));
  const waterOptions = drinkingWaterSources.map((value) => ({ value, label: t(`households.drinkingWater.${value}`) }));
  const toiletOptions = toiletKinds.map((value) => ({ value, label: t(`households.toilet.${value}`) }));
  const houseOptions = houseConditions.map((value) => ({ value, label: t(`households.houseCondition.${value}`) }));
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">{t('households.form.sectionCondition')}</legend>
      <SelectField
        id="welfareDecile"
        label={t('households.fields.welfareDecile')}
        value={draft.welfareDecile}
        options={decileOptions}
        onValue={(value) => setField('welfareDecile', value)}
        hint={t('households.form.decileHint')}
        error={issueText(t, errors.welfareDecile)}
      />
      <SelectField
        id="drinkingWater"
        label={t('households.fields.drinkingWater')}
        value={draft.drinkingWater}
        options={waterOptions}
        onValue={(value) => setField('drinkingWater', value)}
        error={issueText(t, errors.drinkingWater)}
      />
      <SelectField
        id="toilet"
        label={t('households.fields.toilet')}
        value={draft.toilet}
        options={toiletOptions}
        onValue={(value) => setField('toilet', value)}
        error={issueText(t, errors.toilet)}
      />
      <SelectField
        id="houseCondition"
        label={t('households.fields.houseCondition')}
        value={draft.houseCondition}
        options={houseOptions}
        onValue={(value) => setField('houseCondition', value)}
        error={issueText(t, errors.houseCondition)}
      />
    </fieldset>
  );
}
