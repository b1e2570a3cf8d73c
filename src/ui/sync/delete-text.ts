// The confirmation sentence of a delete: the question naming the record, what goes with it
// (only when something does), and that it disappears from every phone after sync.
import type { Translate } from '../i18n/language.tsx';

export function deleteQuestion(t: Translate, question: string, alsoGoes?: string | null): string {
  return [question, alsoGoes, t('sync.remove.everywhere')].filter(Boolean).join(' ');
}
