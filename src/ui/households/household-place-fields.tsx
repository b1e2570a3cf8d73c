// Form section "Tempat tinggal": the village (the account's, chosen not typed: VillageField), dusun, RW and RT
// side by side, and the address.
import { formatVillageCode, parseVillageCode } from '../../domain/village-code.ts';
import { issueText } from '../components/issue-text.ts';
import { TextField } from '../components/text-field.tsx';
import { VillageField } from '../components/village-field.tsx';
import { useAccountVillages } from '../data/session.ts';
import { useT } from '../i18n/language.tsx';
import type { HouseholdForm } from './use-household-form.ts';

export function HouseholdPlaceFields({ form }: { form: HouseholdForm }) {
  const t = useT();
  const { draft, errors, setField } = form;
  const villages = useAccountVillages();
  const tidyVillageCode = () => {
    const parsed = parseVillageCode(draft.villageCode);
    if (parsed.ok) setField('villageCode', formatVillageCode(parsed.value));
  };
  return (
    <fieldset class="form-section">
      <legend class="form-section__title">{t('households.form.sectionPlace')}</legend>
      <VillageField
        id="villageCode"
        label={t('households.fields.villageCode')}
        value={draft.villageCode}
        onValue={(value) => setField('villageCode', value)}
        onBlur={tidyVillageCode}
        villages={villages}
        error={issueText(t, errors.villageCode)}
      />
      <TextField
        id="dusun"
        label={t('households.fields.dusun')}
        value={draft.dusun}
        onValue={(value) => setField('dusun', value)}
        error={issueText(t, errors.dusun)}
      />
      <div class="field-row">
        <TextField
          id="rt"
          label={t('households.fields.rt')}
          value={draft.rt}
          onValue={(value) => setField('rt', value)}
          inputMode="numeric"
          maxLength={3}
          error={issueText(t, errors.rt)}
        />
        <TextField
          id="rw"
          label={t('households.fields.rw')}
          value={draft.rw}
          onValue={(value) => setField('rw', value)}
          inputMode="numeric"
          maxLength={3}
          error={issueText(t, errors.rw)}
        />
      </div>
      <TextField
        id="address"
        label={t('households.fields.address')}
        value={draft.address}
        onValue={(value) => setField('address', value)}
        isMultiline
        error={issueText(t, errors.address)}
      />
    </fieldset>
  );
}
