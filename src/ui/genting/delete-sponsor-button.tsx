// "Hapus orang tua asuh" (docs/genting.md "Deleting records"): refused while the sponsor has a
// running pledge (aktif or ditunda); otherwise its finished or cancelled pledges and their
// deliveries go with it, and the confirmation says how many.
import type { Delivery } from '../../domain/delivery.ts';
import type { Pledge } from '../../domain/pledge.ts';
import type { Sponsor } from '../../domain/sponsor.ts';
import { sponsorDeletion } from '../../domain/deletion.ts';
import { useT } from '../i18n/language.tsx';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';

type Props = { sponsor: Sponsor; pledges: readonly Pledge[]; deliveries: readonly Delivery[] };

export function DeleteSponsorButton({ sponsor, pledges, deliveries }: Props) {
  const t = useT();
  const deletion = sponsorDeletion(sponsor, pledges, deliveries);
  const label = t('sync.remove.sponsor');
  if (!deletion.ok) {
    const refusal = t('sync.remove.sponsorRefused', { name: sponsor.name, count: deletion.runningPledges });
    return <DeleteRecordButton records={[{ kind: 'sponsor', id: sponsor.id }]} label={label} confirm="" refusal={refusal} testId="delete-sponsor" />;
  }
  const also = deletion.pledges > 0 ? t('sync.remove.withPledges', { pledges: deletion.pledges, deliveries: deletion.deliveries }) : null;
  const confirm = deleteQuestion(t, t('sync.remove.sponsorConfirm', { name: sponsor.name }), also);
  return <DeleteRecordButton records={deletion.records} label={label} confirm={confirm} to="/orang-tua-asuh" testId="delete-sponsor" />;
}
