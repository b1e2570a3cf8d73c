// "Hapus komitmen" on a pledge's page: the pledge and its deliveries go (the confirmation says
// how many), then the sponsor's page opens.
import type { Delivery } from '../../domain/delivery.ts';
import type { Pledge } from '../../domain/pledge.ts';
import { pledgeDeletion } from '../../domain/deletion.ts';
import { useT } from '../i18n/language.tsx';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';

export function DeletePledgeButton({ pledge, deliveries, sponsorName }: { pledge: Pledge; deliveries: readonly Delivery[]; sponsorName: string }) {
  const t = useT();
  const deletion = pledgeDeletion(pledge, deliveries);
  const question = t('sync.remove.pledgeConfirm', { what: t(`enums.supportType.${pledge.supportType}`), sponsor: sponsorName });
  const also = deletion.deliveries > 0 ? t('sync.remove.withDeliveries', { count: deletion.deliveries }) : null;
  return (
    <DeleteRecordButton
      records={deletion.records}
      label={t('sync.remove.pledge')}
      confirm={deleteQuestion(t, question, also)}
      to={`/orang-tua-asuh/${pledge.sponsorId}`}
      testId="delete-pledge"
    />
  );
}
