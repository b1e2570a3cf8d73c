// "Hapus kegiatan" on a GenRe session's page: the session and its named participants go,
// then the outreach list opens (its monthly totals no longer count the session).
import type { Outreach } from '../../domain/outreach.ts';
import { outreachDeletion } from '../../domain/deletion.ts';
import { useOutreachAttendance } from '../data/outreach.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';

export function DeleteOutreachButton({ session }: { session: Outreach }) {
  const t = useT();
  const [language] = useLanguage();
  const attendance = useOutreachAttendance();
  if (!attendance) return null;
  const deletion = outreachDeletion(session, attendance);
  const topic = session.title || t(`enums.outreachTopic.${session.topic}`);
  const question = t('sync.remove.outreachConfirm', { topic, date: formatDate(session.date, language) });
  const also = deletion.participants > 0 ? t('sync.remove.withParticipants', { count: deletion.participants }) : null;
  return <DeleteRecordButton records={deletion.records} label={t('sync.remove.outreach')} confirm={deleteQuestion(t, question, also)} to="/genre" testId="delete-outreach" />;
}
