// Beranda: the recap's key figures this month against last month (src/reports/genting-recap.ts),
// each with two small bars, and the way to the printable monthly recap. Loaded lazily by
// genting-home-section.tsx, so the growth code stays out of the app's first load.
import { useMemo } from 'preact/hooks';
import { buildGentingRecap, monthOf, previousMonth } from '../../reports/genting-recap.ts';
import type { GentingRecap } from '../../reports/genting-recap.ts';
import { useRecapRecords } from '../data/genting.ts';
import { useT } from '../i18n/language.tsx';
import { deviceToday } from '../platform/calendar.ts';
import { formatPercent, formatRupiah } from './pledge-text.ts';
import { useGrowthTables } from './use-growth-tables.ts';
import './genting.css';

type Figure = { key: string; label: string; now: number | null; before: number | null; format: (value: number) => string };

function stuntingShare(recap: GentingRecap): number | null {
  const stunting = recap.prevalence?.stunting;
  return stunting && stunting.of > 0 ? stunting.count / stunting.of : null;
}

function FigureBars({ figure }: { figure: Figure }) {
  const t = useT();
  const max = Math.max(figure.now ?? 0, figure.before ?? 0, 1e-9);
  const width = (value: number | null) => `${Math.round(((value ?? 0) / max) * 100)}%`;
  const text = (value: number | null) => (value === null ? '–' : figure.format(value));
  return (
    <li class="month-figure" data-testid={`month-${figure.key}`}>
      <span class="month-figure__label">{figure.label}</span>
      <span class="month-figure__row">
        <span class="month-figure__which">{t('sponsors.month.thisMonth')}</span>
        <span class="month-figure__track"><span class="month-figure__bar month-figure__bar--now" style={{ width: width(figure.now) }} /></span>
        <strong class="month-figure__value">{text(figure.now)}</strong>
      </span>
      <span class="month-figure__row">
        <span class="month-figure__which">{t('sponsors.month.lastMonth')}</span>
        <span class="month-figure__track"><span class="month-figure__bar" style={{ width: width(figure.before) }} /></span>
        <span class="month-figure__value">{text(figure.before)}</span>
      </span>
    </li>
  );
}

/** This month's and last month's recap of the device's (first) village, once per data change. */
function useMonthRecaps(): { now: GentingRecap; before: GentingRecap } | null {
  const records = useRecapRecords();
  const { tables } = useGrowthTables();
  const today = deviceToday();
  return useMemo(() => {
    const villageCode = records ? [...records.households, ...records.sponsors].map((r) => r.villageCode).sort()[0] : undefined;
    if (!records || !villageCode) return null;
    const month = monthOf(today);
    return { now: buildGentingRecap(records, villageCode, month, today, tables), before: buildGentingRecap(records, villageCode, previousMonth(month), today, tables) };
  }, [records, tables, today]);
}

export function GentingMonthCard() {
  const t = useT();
  const recaps = useMonthRecaps();
  if (!recaps) return null;
  const { now, before } = recaps;
  const count = (value: number) => value.toLocaleString('id-ID');
  const figures: Figure[] = [
    { key: 'deliveries', label: t('sponsors.month.deliveries'), now: now.deliveries, before: before.deliveries, format: count },
    { key: 'value', label: t('sponsors.month.deliveriesValue'), now: now.deliveriesValueRp, before: before.deliveriesValueRp, format: formatRupiah },
    { key: 'measured', label: t('sponsors.month.measured'), now: now.childrenMeasured, before: before.childrenMeasured, format: count },
    { key: 'stunting', label: t('sponsors.month.stunting'), now: stuntingShare(now), before: stuntingShare(before), format: formatPercent },
    { key: 'coverage', label: t('sponsors.month.coverage'), now: now.coverage.share, before: before.coverage.share, format: formatPercent },
  ];
  return (
    <section class="card month-card-genting" data-testid="genting-month">
      <h2 class="card__title">{t('sponsors.month.title')}</h2>
      <p class="card__lead">{t('sponsors.month.lead')}</p>
      <ul class="month-figures">
        {figures.map((figure) => <FigureBars key={figure.key} figure={figure} />)}
      </ul>
      <a class="button button--secondary button--wide" href="/orang-tua-asuh/rekap">{t('sponsors.month.openRecap')}</a>
      <a class="button button--ghost button--wide" href="/ekspor" data-testid="home-export">{t('reports.exportScreen.link')}</a>
    </section>
  );
}
