// One RTL in a list: what, who, the due date (red and "Terlambat n hari" when late), the
// status, and optionally the meeting it came from. The whole row opens the RTL's form (for a
// role that writes RTL; plain text for the others).
import { useCanWrite } from '../data/session.ts';
import type { ActionItem } from '../../domain/action-item.ts';
import type { MeetingRef } from '../../reports/action-items.ts';
import { isActionItemOverdue } from '../../reports/action-items.ts';
import { daysBetween } from '../../domain/calendar-date.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';

type Props = { item: ActionItem; today: string; meeting?: MeetingRef };

export function ActionItemRow({ item, today, meeting }: Props) {
  const t = useT();
  const [language] = useLanguage();
  const isOverdue = isActionItemOverdue(item, today);
  const canEdit = useCanWrite('actionItem');
  const due = item.dueDate ? t('pokja.action.due', { date: formatDate(item.dueDate, language, 'medium') }) : t('pokja.action.noDue');
  return (
    <li class={isOverdue ? 'list-item action-row action-row--overdue' : 'list-item action-row'} data-testid="action-item">
      <a class="list-item__link" href={canEdit ? `/pokja/rtl/${item.id}/ubah` : undefined}>
        <span class="list-item__body">
          <span class="list-item__title">{item.what}</span>
          <span class="list-item__sub action-row__who">{item.who}</span>
          <span class="action-row__due">
            {due}
            {isOverdue && item.dueDate && <strong class="action-row__late">{` · ${t('pokja.action.overdue', { days: daysBetween(item.dueDate, today) })}`}</strong>}
          </span>
          {meeting && <span class="list-item__sub">{t('pokja.action.fromMeeting', { title: meeting.title, date: formatDate(meeting.date, language, 'medium') })}</span>}
        </span>
        <span class={`status-chip status-chip--${item.status}`}>{t(`enums.actionItemStatus.${item.status}`)}</span>
      </a>
    </li>
  );
}
