// "Riwayat perubahan": who changed this household and when, from the server's change log
// (the account area's RecordHistory; needs signal, says so when offline).
import { isMessageKey } from '../../i18n/translate.ts';
import { RecordHistory } from '../account/record-history.tsx';
import { useT } from '../i18n/language.tsx';

export function HouseholdHistorySlot({ householdId }: { householdId: string }) {
  const t = useT();
  const fieldLabel = (field: string) => {
    const key = `households.fields.${field}`;
    return isMessageKey(key) ? t(key) : field;
  };
  return (
    <section class="card card--muted" aria-labelledby="history-title" data-testid="history-slot">
      <h2 class="card__title" id="history-title">
        {t('households.detail.history')}
      </h2>
      <RecordHistory kind="household" id={householdId} fieldLabel={fieldLabel} />
    </section>
  );
}
