// Beranda's "Kunjungan jatuh tempo (N)": the visits due today or earlier (visits-due.ts), a
// tap away from the cadre's morning. Only the number is needed here, so it is counted from the
// households, members and visits (visits-due-count.ts) without building the household list's
// index, and that data is read only after Beranda's first paint; until then the link shows
// without a number.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useFieldData } from '../data/household-index.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { countVisitsDue } from './visits-due-count.ts';

function DueLink({ count }: { count: number | null }) {
  const t = useT();
  return (
    <a class="button button--secondary button--wide button--large" href="/kunjungan" data-testid="home-visits-due">
      {count === null ? t('visits.due.title') : t('visits.due.link', { count })}
    </a>
  );
}

function CountedDueLink() {
  const today = useMemo(() => deviceToday(), []);
  const data = useFieldData();
  const count = useMemo(() => (data ? countVisitsDue(data.households, data.persons, data.visits, today) : null), [data, today]);
  return <DueLink count={count} />;
}

export function VisitsDueLink() {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // After the frame that shows Beranda: the read and the count never delay its first paint.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted ? <CountedDueLink /> : <DueLink count={null} />;
}
