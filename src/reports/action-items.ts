// RTL (rencana tindak lanjut) across meetings: which items are still open, which are late,
// and the order a Pokja reads them in (soonest due first; no due date last).
// An item is open while its status is 'rencana' or 'berjalan'; it is overdue when it is open
// and its due date is before today (the due day itself is not late).
import type { ActionItem, ActionItemStatus } from '../domain/action-item.ts';
import { actionItemStatuses } from '../domain/action-item.ts';
import type { CalendarDate } from '../domain/calendar-date.ts';
import { daysBetween } from '../domain/calendar-date.ts';
import type { Meeting } from '../domain/meeting.ts';

export type MeetingRef = Pick<Meeting, 'id' | 'title' | 'date'>;

export type OpenActionItem = {
  item: ActionItem;
  meeting: MeetingRef;
  isOverdue: boolean;
  /** Days past the due date (0 when not overdue). */
  daysOverdue: number;
};

const openStatuses: ReadonlySet<ActionItemStatus> = new Set(['rencana', 'berjalan']);

export function isActionItemOpen(item: Pick<ActionItem, 'status' | 'deleted'>): boolean {
  return !item.deleted && openStatuses.has(item.status);
}

export function isActionItemOverdue(item: Pick<ActionItem, 'status' | 'deleted' | 'dueDate'>, today: CalendarDate): boolean {
  return isActionItemOpen(item) && !!item.dueDate && item.dueDate < today;
}

/** Soonest due first, items without a due date last, then by what was written first. */
export function compareActionItems(a: ActionItem, b: ActionItem): number {
  if (a.dueDate !== b.dueDate) {
    if (!a.dueDate) return 1;
    if (!b.dueDate) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** A meeting's RTL table: its living items in reading order. */
export function sortMeetingActionItems(items: readonly ActionItem[]): ActionItem[] {
  return items.filter((item) => !item.deleted).sort(compareActionItems);
}

/** Open RTL of every living meeting, soonest due first, overdue ones marked. */
export function listOpenActionItems(items: readonly ActionItem[], meetings: readonly Meeting[], today: CalendarDate): OpenActionItem[] {
  const meetingsById = new Map(meetings.filter((meeting) => !meeting.deleted).map((meeting) => [meeting.id, meeting]));
  const open: OpenActionItem[] = [];
  for (const item of [...items].sort(compareActionItems)) {
    const meeting = meetingsById.get(item.meetingId);
    if (!meeting || !isActionItemOpen(item)) continue;
    const isOverdue = isActionItemOverdue(item, today);
    open.push({
      item,
      meeting: { id: meeting.id, title: meeting.title, date: meeting.date },
      isOverdue,
      daysOverdue: isOverdue && item.dueDate ? daysBetween(item.dueDate, today) : 0,
    });
  }
  return open;
}

/** Open actions of living meetings due today or earlier: Beranda's "RTL jatuh tempo (N)". */
export function countActionItemsDue(items: readonly ActionItem[], meetings: readonly Meeting[], today: CalendarDate): number {
  return listOpenActionItems(items, meetings, today).filter(({ item }) => !!item.dueDate && item.dueDate <= today).length;
}

/** How many living items have each status. */
export function countActionItemsByStatus(items: readonly ActionItem[]): Record<ActionItemStatus, number> {
  const counts = Object.fromEntries(actionItemStatuses.map((status) => [status, 0])) as Record<ActionItemStatus, number>;
  for (const item of items) if (!item.deleted) counts[item.status] += 1;
  return counts;
}
