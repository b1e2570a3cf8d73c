// Rekap GENTING bulanan: the village's figures for a month (src/reports/genting-recap.ts):
// households and families at risk, targets by group, children measured and the prevalence
// of stunting, underweight and wasting among them, sponsors, pledges, deliveries and their
// value, coverage, overdue pledges and RTL status. Printable on A4 (genting-report.css).
import { useState } from 'preact/hooks';
import { actionItemStatuses } from '../../domain/action-item.ts';
import { formatVillageCode } from '../../domain/village-code.ts';
import { targetKinds } from '../../domain/target-status.ts';
import { buildGentingRecap, monthOf } from '../../reports/genting-recap.ts';
import type { GentingRecap, Prevalence } from '../../reports/genting-recap.ts';
import { PageHeader } from '../components/page-header.tsx';
import { SelectField } from '../components/select-field.tsx';
import { useRecapRecords } from '../data/genting.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import type { Translate } from '../i18n/language.tsx';
import { deviceToday, formatDate } from '../platform/calendar.ts';
import { formatPercent, formatRupiah } from './pledge-text.ts';
import { PrintToolbar } from './print-toolbar.tsx';
import { useGrowthTables } from './use-growth-tables.ts';
import './genting-report.css';

type Row = { label: string; value: string; testId?: string };

function FigureTable({ title, rows }: { title: string; rows: Row[] }) {
  const t = useT();
  return (
    <section class="report-section">
      <h2 class="report-section__title">{title}</h2>
      <table class="report-table report-table--figures">
        <thead>
          <tr><th scope="col">{t('reports.recap.figure')}</th><th scope="col" class="report-table__num">{t('reports.recap.value')}</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td class="report-table__num" data-testid={row.testId}>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function prevalenceText(t: Translate, prevalence: Prevalence | undefined, isLoading: boolean): string {
  if (!prevalence) return isLoading ? t('reports.recap.prevalenceLoading') : '–';
  if (prevalence.of === 0) return t('reports.recap.prevalenceNone');
  return t('reports.recap.prevalence', { count: prevalence.count, of: prevalence.of, percent: formatPercent(prevalence.count / prevalence.of) });
}

function monthLabel(month: string, language: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mon - 1, 1)).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function RecapDocument({ recap, isLoading }: { recap: GentingRecap; isLoading: boolean }) {
  const t = useT();
  const [language] = useLanguage();
  const count = (value: number) => value.toLocaleString('id-ID');
  return (
    <article class="print-doc" data-testid="genting-recap" aria-label={t('reports.recap.title')}>
      <header class="report-head">
        <p class="report-head__kind">{t('reports.recap.title').toLocaleUpperCase('id')}</p>
        <h1 class="report-head__title">{t('reports.recap.period', { month: monthLabel(recap.month, language) })}</h1>
        <p class="report-head__village">{t('reports.village', { code: formatVillageCode(recap.villageCode) })} · {t('reports.asOf', { date: formatDate(recap.referenceDate, language) })}</p>
      </header>
      <FigureTable title={t('reports.recap.families')} rows={[
        { label: t('reports.recap.households'), value: count(recap.households), testId: 'recap-households' },
        { label: t('reports.recap.familiesAtRisk'), value: count(recap.familiesAtRisk), testId: 'recap-families-at-risk' },
      ]} />
      <FigureTable title={t('reports.recap.targets')} rows={targetKinds.map((kind) => ({ label: t(`enums.targetKind.${kind}`), value: count(recap.targets[kind]), testId: `recap-target-${kind}` }))} />
      <FigureTable title={t('reports.recap.growth')} rows={[
        { label: t('reports.recap.childrenMeasured'), value: count(recap.childrenMeasured), testId: 'recap-measured' },
        { label: t('reports.recap.stunting'), value: prevalenceText(t, recap.prevalence?.stunting, isLoading), testId: 'recap-stunting' },
        { label: t('reports.recap.underweight'), value: prevalenceText(t, recap.prevalence?.underweight, isLoading), testId: 'recap-underweight' },
        { label: t('reports.recap.wasting'), value: prevalenceText(t, recap.prevalence?.wasting, isLoading), testId: 'recap-wasting' },
      ]} />
      <FigureTable title={t('reports.recap.support')} rows={[
        { label: t('reports.recap.sponsors'), value: count(recap.sponsors), testId: 'recap-sponsors' },
        { label: t('reports.recap.activePledges'), value: count(recap.activePledges), testId: 'recap-active-pledges' },
        { label: t('reports.recap.deliveries'), value: count(recap.deliveries), testId: 'recap-deliveries' },
        { label: t('reports.recap.deliveriesValue'), value: formatRupiah(recap.deliveriesValueRp), testId: 'recap-deliveries-value' },
        { label: t('reports.recap.coverage'), value: t('reports.recap.coverageValue', { covered: recap.coverage.covered, total: recap.coverage.total, percent: formatPercent(recap.coverage.share) }), testId: 'recap-coverage' },
        { label: t('reports.recap.overduePledges'), value: count(recap.overduePledges), testId: 'recap-overdue' },
      ]} />
      <FigureTable title={t('reports.recap.actionItems')} rows={actionItemStatuses.map((status) => ({ label: t(`enums.actionItemStatus.${status}`), value: count(recap.actionItems[status]), testId: `recap-rtl-${status}` }))} />
    </article>
  );
}

export function RecapScreen() {
  const t = useT();
  const records = useRecapRecords();
  const { tables, isLoading } = useGrowthTables();
  const today = deviceToday();
  const [month, setMonth] = useState(monthOf(today));
  const [village, setVillage] = useState('');
  const back = { href: '/orang-tua-asuh', label: t('reports.recap.back') };
  if (!records) return <p class="loading">{t('common.loading')}</p>;
  const villages = [...new Set([...records.households, ...records.sponsors].map((r) => r.villageCode))].sort();
  const villageCode = village || villages[0];
  return (
    <div class="screen report-screen">
      <PrintToolbar title={t('reports.recap.title')} back={back} />
      <div class="print-toolbar recap-controls">
        <label class="field__label" for="recap-month">{t('reports.recap.month')}</label>
        <input id="recap-month" class="input" type="month" value={month} max={monthOf(today)} onChange={(event) => event.currentTarget.value && setMonth(event.currentTarget.value)} />
        {villages.length > 1 && (
          <SelectField id="recap-village" label={t('reports.recap.villageChoice')} value={villageCode ?? ''} options={villages.map((code) => ({ value: code, label: formatVillageCode(code) }))} onValue={setVillage} />
        )}
      </div>
      {villageCode ? (
        <RecapDocument recap={buildGentingRecap(records, villageCode, month, today, tables)} isLoading={isLoading} />
      ) : (
        <PageHeader title={t('reports.recap.title')} lead={t('reports.recap.noData')} />
      )}
    </div>
  );
}
