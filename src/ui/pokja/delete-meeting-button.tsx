// "Hapus pertemuan" on a meeting's page: the meeting, its attendance and its RTL go (the
// confirmation says how many), then the Pokja page opens.
import type { Meeting } from '../../domain/meeting.ts';
import { meetingDeletion } from '../../domain/deletion.ts';
import { useMeetingActionItems, useMeetingAttendance } from '../data/pokja.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';

export function DeleteMeetingButton({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const [language] = useLanguage();
  const attendance = useMeetingAttendance(meeting.id);
  const actionItems = useMeetingActionItems(meeting.id);
  if (!attendance || !actionItems) return null;
  const deletion = meetingDeletion(meeting, attendance, actionItems);
  const question = t('sync.remove.meetingConfirm', { title: meeting.title, date: formatDate(meeting.date, language) });
  const also = deletion.attendance + deletion.actionItems > 0 ? t('sync.remove.withMeetingRecords', { attendance: deletion.attendance, actionItems: deletion.actionItems }) : null;
  return <DeleteRecordButton records={deletion.records} label={t('sync.remove.meeting')} confirm={deleteQuestion(t, question, also)} to="/pokja" testId="delete-meeting" />;
}
