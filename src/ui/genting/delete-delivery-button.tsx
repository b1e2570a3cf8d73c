// "Hapus penyaluran" on one delivery of a pledge's page: after the confirm the delivery is a
// tombstone and the pledge's fulfilment goes down at once.
import type { Delivery } from '../../domain/delivery.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';

export function DeleteDeliveryButton({ delivery }: { delivery: Delivery }) {
  const t = useT();
  const [language] = useLanguage();
  const question = t('sync.remove.deliveryConfirm', { date: formatDate(delivery.date, language), items: delivery.items });
  return <DeleteRecordButton records={[{ kind: 'delivery', id: delivery.id }]} label={t('sync.remove.delivery')} confirm={deleteQuestion(t, question)} testId="delete-delivery" compact />;
}
