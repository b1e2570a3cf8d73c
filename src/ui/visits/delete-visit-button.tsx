// "Hapus kunjungan" under one visit on the household page: a visit recorded by mistake goes
// after a confirm naming its date (the visits-due list then reads the visit before it).
import type { Visit } from '../../domain/visit.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { DeleteRecordButton } from '../sync/delete-record-button.tsx';
import { deleteQuestion } from '../sync/delete-text.ts';

export function DeleteVisitButton({ visit }: { visit: Visit }) {
  const t = useT();
  const [language] = useLanguage();
  const question = t('sync.remove.visitConfirm', { date: formatDate(visit.date, language) });
  return <DeleteRecordButton records={[{ kind: 'visit', id: visit.id }]} label={t('sync.remove.visit')} confirm={deleteQuestion(t, question)} testId="delete-visit" compact />;
}
