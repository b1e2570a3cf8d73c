// "Hapus keluarga" on a household's page (docs/genting.md "Deleting records"): refused while a
// running sponsor pledge names the household or one of its members; otherwise the question says
// how many members, measurements and visits go with it, and those become tombstones before the
// household (src/domain/deletion.ts), sent at the next sync. The delete wins over edits made
// elsewhere meanwhile (docs/sync-protocol.md, section 7), so the household ends deleted on every
// phone. Hidden for a role that may not write households (DeleteRecordButton, issue #5).
import { householdDeletion } from '../../domain/deletion.ts';
import { useHouseholdDependants } from '../data/removal.ts';
import { useT } from '../i18n/language.tsx';
import { DeleteRecordButton } from './delete-record-button.tsx';
import { deleteQuestion } from './delete-text.ts';

export function DeleteHouseholdButton({ id, headName }: { id: string; headName: string }) {
  const t = useT();
  const dependants = useHouseholdDependants(id);
  const label = t('sync.remove.household');
  // Shown with the page, disabled until its members, visits and pledges are read.
  if (!dependants) return <DeleteRecordButton records={[{ kind: 'household', id }]} label={label} confirm="" pending testId="delete-household" />;
  const { members, measurements, visits, pledges } = dependants;
  const deletion = householdDeletion({ id, deleted: false }, members, measurements, visits, pledges);
  if (!deletion.ok) {
    const refusal = t('sync.remove.householdRefused', { name: headName, count: deletion.runningPledges });
    return <DeleteRecordButton records={[{ kind: 'household', id }]} label={label} confirm="" refusal={refusal} testId="delete-household" />;
  }
  const goes = deletion.records.length > 1;
  const also = goes ? t('sync.remove.withHouseholdRecords', { members: deletion.members, measurements: deletion.measurements, visits: deletion.visits }) : null;
  const confirm = deleteQuestion(t, t('sync.remove.householdConfirm', { name: headName }), also);
  return <DeleteRecordButton records={deletion.records} label={label} confirm={confirm} to="/keluarga" testId="delete-household" />;
}
