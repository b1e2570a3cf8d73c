// Beranda's "RTL jatuh tempo (N)": the Pokja's open follow-up actions due today or earlier, a
// tap away from /pokja/rtl. Nothing when none is due. Loaded lazily with Beranda's GENTING
// section, so the Pokja's data hooks stay out of the initial bundle.
import { countActionItemsDue } from '../../reports/action-items.ts';
import { useActionItems, useMeetings } from '../data/pokja.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';

export function ActionsDueLink() {
  const t = useT();
  const items = useActionItems();
  const meetings = useMeetings();
  const count = items && meetings ? countActionItemsDue(items, meetings, deviceToday()) : 0;
  if (count === 0) return null;
  return (
    <a class="button button--secondary button--wide button--large" href="/pokja/rtl" data-testid="home-actions-due">
      {t('pokja.home.actionsDue', { count })}
    </a>
  );
}
