import { describe, expect, it } from 'vitest';
import {
  countActionItemsByStatus,
  countActionItemsDue,
  isActionItemOverdue,
  listOpenActionItems,
  sortMeetingActionItems,
} from '../../../src/reports/action-items.ts';
import { makeActionItem, makeMeeting } from './fixtures.ts';

const today = '2025-04-15';

describe('open RTL across meetings', () => {
  const march = makeMeeting({ title: 'Maret', date: '2025-03-10' });
  const april = makeMeeting({ title: 'April', date: '2025-04-07' });
  const gone = makeMeeting({ title: 'Dihapus', date: '2025-04-01', deleted: true });
  const items = [
    makeActionItem(april, { what: 'No date', dueDate: null }),
    makeActionItem(march, { what: 'Late', dueDate: '2025-04-01', status: 'berjalan' }),
    makeActionItem(april, { what: 'Due today', dueDate: today }),
    makeActionItem(march, { what: 'Done', dueDate: '2025-03-20', status: 'selesai' }),
    makeActionItem(march, { what: 'Cancelled', dueDate: '2025-03-21', status: 'batal' }),
    makeActionItem(april, { what: 'Deleted', dueDate: '2025-03-22', deleted: true }),
    makeActionItem(gone, { what: 'Of a deleted meeting', dueDate: '2025-03-23' }),
    makeActionItem(april, { what: 'Next week', dueDate: '2025-04-22' }),
  ];

  it('keeps rencana and berjalan of living meetings, soonest due first, no date last', () => {
    const open = listOpenActionItems(items, [march, april, gone], today);
    expect(open.map((entry) => entry.item.what)).toEqual(['Late', 'Due today', 'Next week', 'No date']);
    expect(open[0]?.meeting).toEqual({ id: march.id, title: 'Maret', date: '2025-03-10' });
  });

  it('counts for Beranda the open items of living meetings due today or earlier', () => {
    expect(countActionItemsDue(items, [march, april, gone], today)).toBe(2); // Late, Due today
    expect(countActionItemsDue(items, [march, april, gone], '2025-04-22')).toBe(3);
    expect(countActionItemsDue(items, [march, april, gone], '2025-03-31')).toBe(0);
  });

  it('marks only items due before today as overdue, with the days late', () => {
    const open = listOpenActionItems(items, [march, april], today);
    expect(open.map((entry) => [entry.item.what, entry.isOverdue, entry.daysOverdue])).toEqual([
      ['Late', true, 14],
      ['Due today', false, 0],
      ['Next week', false, 0],
      ['No date', false, 0],
    ]);
  });

  it('never calls a finished or cancelled item overdue', () => {
    expect(isActionItemOverdue({ status: 'selesai', deleted: false, dueDate: '2025-01-01' }, today)).toBe(false);
    expect(isActionItemOverdue({ status: 'batal', deleted: false, dueDate: '2025-01-01' }, today)).toBe(false);
    expect(isActionItemOverdue({ status: 'rencana', deleted: false, dueDate: '2025-04-14' }, today)).toBe(true);
    expect(isActionItemOverdue({ status: 'rencana', deleted: false, dueDate: null }, today)).toBe(false);
  });

  it("sorts a meeting's RTL table and counts statuses of living items", () => {
    const ofMarch = items.filter((item) => item.meetingId === march.id);
    expect(sortMeetingActionItems(ofMarch).map((item) => item.what)).toEqual(['Done', 'Cancelled', 'Late']);
    expect(countActionItemsByStatus(items)).toEqual({ rencana: 4, berjalan: 1, selesai: 1, batal: 1 });
  });
});
