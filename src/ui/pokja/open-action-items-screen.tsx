// RTL belum selesai: open follow-up actions of every meeting, soonest due first, the late
// ones in red with how many days late (src/reports/action-items.ts).
import { listOpenActionItems } from '../../reports/action-items.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useActionItems, useMeetings } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { ActionItemRow } from './action-item-row.tsx';
import './pokja.css';

export function OpenActionItemsScreen() {
  const t = useT();
  const items = useActionItems();
  const meetings = useMeetings();
  const back = { href: '/pokja', label: t('pokja.meeting.back') };
  if (!items || !meetings) return <p class="loading">{t('common.loading')}</p>;
  const today = deviceToday();
  const open = listOpenActionItems(items, meetings, today);
  return (
    <div class="screen">
      <PageHeader title={t('pokja.action.listTitle')} back={back} lead={t('pokja.action.listLead')} />
      {open.length === 0 ? (
        <EmptyState title={t('pokja.action.listTitle')} body={t('pokja.action.listEmpty')} />
      ) : (
        <ul class="list" data-testid="open-action-items">
          {open.map((entry) => <ActionItemRow key={entry.item.id} item={entry.item} meeting={entry.meeting} today={today} />)}
        </ul>
      )}
    </div>
  );
}
