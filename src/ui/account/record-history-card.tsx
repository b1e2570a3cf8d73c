// "Riwayat perubahan" as a small card at the foot of a record's page (issue #5): who last
// changed it and, on request, every change with its fields (RecordHistory). `fieldKeys` is the
// i18n prefix of the record's field labels (e.g. 'sponsors.sponsor.fields'), so the list names
// fields as the form does; fields without a label show as they are.
import { isMessageKey } from '../../i18n/translate.ts';
import { useT } from '../i18n/language.tsx';
import { RecordHistory } from './record-history.tsx';

type Props = { kind: string; id: string; fieldKeys?: string };

export function RecordHistoryCard({ kind, id, fieldKeys }: Props) {
  const t = useT();
  const fieldLabel = (field: string) => {
    const key = `${fieldKeys ?? ''}.${field}`;
    return fieldKeys && isMessageKey(key) ? t(key) : field;
  };
  const titleId = `history-${kind}-${id}`;
  return (
    <section class="card card--muted record-history-card" aria-labelledby={titleId} data-testid="history-card">
      <h2 class="card__title" id={titleId}>
        {t('account.history.title')}
      </h2>
      <RecordHistory kind={kind} id={id} fieldLabel={fieldLabel} />
    </section>
  );
}
