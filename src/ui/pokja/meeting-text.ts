// How a meeting's time reads: "09:00–11:30", "09:00", or null when no time was written.
// No zone is added: a village keeps its own local time (WIB, WITA or WIT).
import type { Meeting } from '../../domain/meeting.ts';
import type { Translate } from '../i18n/language.tsx';

export function meetingTimeText(t: Translate, meeting: Pick<Meeting, 'startTime' | 'endTime'>): string | null {
  const { startTime, endTime } = meeting;
  if (!startTime) return null;
  return endTime ? t('pokja.meeting.time', { start: startTime, end: endTime }) : startTime;
}
