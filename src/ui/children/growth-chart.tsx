// The growth chart in plain SVG (no chart library): tabs for PB/U-TB/U, BB/U and BB/PB-BB/TB,
// the WHO −3…+3 SD curves (0 green, ±2 orange, ±3 red, ±1 faint) and the child's points
// joined by a line. Scales to the screen width (viewBox), readable at 360 px.
import { useMemo, useState } from 'preact/hooks';
import type { GrowthTables } from '../../anthro/growth-tables.ts';
import type { Measurement } from '../../domain/measurement.ts';
import type { Person } from '../../domain/person.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatNumber } from './format.ts';
import { chartSize, chartTabs, growthChartModel } from './growth-chart-model.ts';
import type { ChartTab } from './growth-chart-model.ts';

type Props = { tables: GrowthTables; child: Person; measurements: readonly Measurement[]; today: string };

function curveClass(z: number): string {
  const a = Math.abs(z);
  return a === 0 ? 'curve curve--median' : a === 2 ? 'curve curve--2' : a === 3 ? 'curve curve--3' : 'curve curve--1';
}

export function GrowthChart({ tables, child, measurements, today }: Props) {
  const t = useT();
  const [language] = useLanguage();
  const [tab, setTab] = useState<ChartTab>('lhfa');
  const birthDate = child.birthDate ?? today;
  const model = useMemo(() => growthChartModel(tables, child.sex === 'M' ? 1 : 2, birthDate, measurements, tab, today), [tables, child.sex, birthDate, measurements, tab, today]);
  const { width, height, left, right, top, bottom } = chartSize;
  const tabLabel = (value: ChartTab) => t(`children.chart.tabs.${value}`);
  const yUnit = tab === 'wfa' || tab === 'wflh' ? 'kg' : 'cm';
  return (
    <section class="card growth-chart" aria-labelledby="chart-title" data-testid="growth-chart">
      <h2 class="card__title" id="chart-title">{t('children.chart.title')}</h2>
      <div class="tabs" role="tablist" aria-label={t('children.chart.title')}>
        {chartTabs.map((value) => (
          <button key={value} type="button" role="tab" id={`tab-${value}`} aria-selected={tab === value} aria-controls="chart-panel" class={tab === value ? 'tab tab--on' : 'tab'} onClick={() => setTab(value)}>
            {tabLabel(value)}
          </button>
        ))}
      </div>
      <div id="chart-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('children.chart.alt', { indicator: t(`children.chart.names.${tab}`), count: model.points.length })} data-indicator={model.indicator}>
          <rect x={left} y={top} width={width - left - right} height={height - top - bottom} class="chart__frame" />
          {model.yTicks.map((tick) => (
            <g key={`y${tick.value}`}>
              <line x1={left} x2={width - right} y1={tick.py} y2={tick.py} class="chart__grid" />
              <text x={left - 4} y={tick.py + 4} class="chart__tick" text-anchor="end">{formatNumber(tick.value, language, tick.value % 1 === 0 ? 0 : 1)}</text>
            </g>
          ))}
          {model.xTicks.map((tick) => (
            <g key={`x${tick.value}`}>
              <line x1={tick.px} x2={tick.px} y1={top} y2={height - bottom} class="chart__grid" />
              <text x={tick.px} y={height - bottom + 14} class="chart__tick" text-anchor="middle">{formatNumber(tick.value, language, 0)}</text>
            </g>
          ))}
          <text x={width - right} y={height - 3} class="chart__unit" text-anchor="end">{t(model.xUnit === 'months' ? 'children.chart.xMonths' : 'children.chart.xCm')}</text>
          <text x={2} y={top + 8} class="chart__unit">{yUnit}</text>
          {model.curves.map((curve) => (
            <g key={curve.z}>
              <path d={curve.path} class={curveClass(curve.z)} />
              <text x={width - right + 3} y={curve.labelY + 3} class="chart__zlabel">{curve.z === 0 ? '0' : curve.z > 0 ? `+${curve.z}` : `−${-curve.z}`}</text>
            </g>
          ))}
          {model.points.length > 1 && <polyline points={model.polyline} class="chart__line" />}
          {model.points.map((point) => (
            <circle key={point.date + point.x} cx={point.px} cy={point.py} r={4} class="chart__point" data-testid="chart-point" />
          ))}
        </svg>
        {model.points.length === 0 && <p class="card__text">{t('children.chart.noPoints')}</p>}
        <p class="chart__legend">{t('children.chart.legend')}</p>
      </div>
    </section>
  );
}
