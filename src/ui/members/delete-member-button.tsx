// "Hapus anggota" on the member form: the member and their measurements become tombstones
// (src/domain/deletion.ts); refused while a running sponsor pledge names them as beneficiary.
import type { Household } from '../../domain/household.ts';
import type { Person } from '../../domain/person.ts';
import { personDeletion } from '../../domain/deletion.ts';
import { useMeasurements } from '../data/children.ts';
import { useGentingRecords } from '../data/genting.ts';
import { useT } from '../i18n/language.tsx';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';

export function DeleteMemberButton({ person, household }: { person: Person; household: Household }) {
  const t = useT();
  const measurements = useMeasurements(person.id);
  const genting = useGentingRecords();
  if (!measurements || !genting) return null;
  const deletion = personDeletion(person, measurements, genting.pledges);
  const question = t('sync.remove.memberConfirm', { name: person.name, household: household.headName });
  return deletion.ok ? (
    <DeleteRecordButton
      records={deletion.records}
      label={t('sync.remove.member')}
      confirm={deleteQuestion(t, question, deletion.measurements > 0 ? t('sync.remove.withMeasurements', { count: deletion.measurements }) : null)}
      to={`/keluarga/${household.id}`}
      testId="delete-member"
    />
  ) : (
    <DeleteRecordButton
      records={[{ kind: 'person', id: person.id }]}
      label={t('sync.remove.member')}
      confirm=""
      refusal={t('sync.remove.memberRefused', { name: person.name, count: deletion.runningPledges })}
      testId="delete-member"
    />
  );
}
