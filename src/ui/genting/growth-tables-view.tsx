// A child's growth in the sponsor report: the three indices then (when support began) and
// now with their Permenkes categories, and the z-scores at every measurement in between.
import type { GrowthIndex, GrowthPoint, IndexReading } from '../../reports/child-growth.ts';
import { growthIndices } from '../../reports/child-growth.ts';
import type { ChildGrowth } from '../../reports/sponsor-report.ts';
import { indexLabelKey } from '../../anthro/classify.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import type { Translate } from '../i18n/language.tsx';
import { formatDate } from '../platform/calendar.ts';
import { formatNumber } from './pledge-text.ts';

function zText(reading: IndexReading, t: Translate): string {
  if (reading.needsRecheck) return t('reports.sponsor.recheck');
  // A true minus sign (U+2212), as printed growth reports write negative z-scores.
  return reading.z === null ? t('reports.sponsor.notJudged') : reading.z.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace('-', '\u2212');
}

function readingText(reading: IndexReading, t: Translate): string {
  const z = zText(reading, t);
  return reading.category ? `${z} · ${t(`anthro.categories.${reading.category}`)}` : z;
}

function indexName(t: Translate, index: GrowthIndex, point: GrowthPoint): string {
  return t(indexLabelKey(index, point.ageDays)).split(' (')[0] ?? index;
}

export function GrowthThenNow({ growth }: { growth: ChildGrowth }) {
  const t = useT();
  const [language] = useLanguage();
  const { then, now } = growth;
  if (!then) return <p class="report-text report-text--empty">{t('reports.sponsor.noMeasurement')}</p>;
  return (
    <div class="report-table-wrap" role="region" aria-label={t('reports.sponsor.growth', { name: growth.name })} tabIndex={0}>
      <table class="report-table report-table--growth" data-testid="growth-then-now">
        <thead>
          <tr>
            <th scope="col">{t('reports.sponsor.columns.index')}</th>
            <th scope="col">{t('reports.sponsor.then', { date: formatDate(then.date, language, 'medium') })}</th>
            {now && <th scope="col">{t('reports.sponsor.now', { date: formatDate(now.date, language, 'medium') })}</th>}
          </tr>
        </thead>
        <tbody>
          {growthIndices.map((index) => (
            <tr key={index}>
              <th scope="row">{indexName(t, index, now ?? then)}</th>
              <td>{readingText(then.readings[index], t)}</td>
              {now && <td>{readingText(now.readings[index], t)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {!now && <p class="report-note">{t('reports.sponsor.onlyOne', { date: formatDate(then.date, language, 'medium') })}</p>}
    </div>
  );
}

export function GrowthTrend({ growth }: { growth: ChildGrowth }) {
  const t = useT();
  const [language] = useLanguage();
  if (growth.trend.length < 2) return null;
  const last = growth.trend[growth.trend.length - 1] as GrowthPoint;
  return (
    <div class="report-table-wrap" role="region" aria-label={t('reports.sponsor.trend')} tabIndex={0}>
      <table class="report-table" data-testid="growth-trend">
        <caption class="report-caption">{t('reports.sponsor.trend')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.sponsor.columns.date')}</th>
            <th scope="col">{t('reports.sponsor.columns.age')}</th>
            <th scope="col">{t('reports.sponsor.columns.weight')}</th>
            <th scope="col">{t('reports.sponsor.columns.length')}</th>
            {growthIndices.map((index) => <th scope="col" key={index}>{indexName(t, index, last)}</th>)}
          </tr>
        </thead>
        <tbody>
          {growth.trend.map((point) => (
            <tr key={point.measurementId}>
              <td>{formatDate(point.date, language, 'medium')}</td>
              <td>{t('reports.sponsor.ageMonths', { months: point.ageMonths })}</td>
              <td>{point.weightKg === null ? '' : formatNumber(point.weightKg)}</td>
              <td>{point.lengthCm === null ? '' : formatNumber(point.lengthCm)}</td>
              {growthIndices.map((index) => <td key={index}>{zText(point.readings[index], t)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
