// The geometry of a growth chart, kept apart from the SVG so it can be tested: the WHO −3…+3
// SD curves of one indicator (src/anthro chart curves) over the child's window, the child's
// points, axis ticks, all mapped into a viewBox. Age charts show months; weight-for-length
// uses the length table under 24 months and the height table from then on.
import { computeChartCurves } from '../../anthro/chart-curves.ts';
import type { GrowthTables, Indicator, Sex } from '../../anthro/growth-tables.ts';
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { daysBetween } from '../../domain/calendar-date.ts';
import type { Measurement } from '../../domain/measurement.ts';

export type ChartTab = 'lhfa' | 'wfa' | 'wflh';
export const chartTabs: readonly ChartTab[] = ['lhfa', 'wfa', 'wflh'];

export const chartSize = { width: 340, height: 260, left: 36, right: 30, top: 10, bottom: 30 };
const DAYS_PER_MONTH = 30.4375;
const MAX_AGE_DAYS = 1856;

export type ChartPoint = { x: number; y: number; px: number; py: number; date: CalendarDate; value: number };
export type ChartCurve = { z: number; path: string; labelY: number };
export type ChartModel = {
  indicator: Indicator;
  xUnit: 'months' | 'cm';
  curves: ChartCurve[];
  points: ChartPoint[];
  xTicks: { value: number; px: number }[];
  yTicks: { value: number; py: number }[];
  polyline: string;
};

function niceStep(span: number, target: number): number {
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

function ticks(min: number, max: number, target: number): number[] {
  const step = niceStep(max - min, target);
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v * 100) / 100);
  return out;
}

/** The chart of one tab for a child; null when the tab has nothing to draw for this child. */
export function growthChartModel(tables: GrowthTables, sex: Sex, birthDate: CalendarDate, measurements: readonly Measurement[], tab: ChartTab, today: CalendarDate): ChartModel {
  const living = measurements.filter((m) => !m.deleted && m.date >= birthDate).sort((a, b) => a.date.localeCompare(b.date));
  const ageNow = Math.min(MAX_AGE_DAYS, Math.max(0, daysBetween(birthDate, today)));
  let indicator: Indicator;
  let raw: { x: number; value: number; date: CalendarDate }[];
  let xFrom: number;
  let xTo: number;
  if (tab === 'wflh') {
    indicator = ageNow < 731 ? 'wfl' : 'wfh';
    const table = tables[indicator];
    const lo = table.firstStep / table.perUnit;
    const hi = (table.firstStep + table.count - 1) / table.perUnit;
    raw = living.flatMap((m) => (m.weightKg != null && m.lengthCm != null && m.lengthCm >= lo && m.lengthCm <= hi ? [{ x: m.lengthCm, value: m.weightKg, date: m.date }] : []));
    const xs = raw.map((p) => p.x);
    const center = xs.length > 0 ? (Math.min(...xs) + Math.max(...xs)) / 2 : (lo + hi) / 2;
    const half = Math.max(10, xs.length > 0 ? (Math.max(...xs) - Math.min(...xs)) / 2 + 5 : 10);
    xFrom = Math.max(lo, center - half);
    xTo = Math.min(hi, center + half);
  } else {
    indicator = tab;
    raw = living.flatMap((m) => {
      const value = tab === 'wfa' ? m.weightKg : m.lengthCm;
      const age = daysBetween(birthDate, m.date);
      return value != null && age <= MAX_AGE_DAYS ? [{ x: age, value, date: m.date }] : [];
    });
    const last = Math.max(ageNow, ...raw.map((p) => p.x));
    xTo = Math.min(MAX_AGE_DAYS, last + 3 * DAYS_PER_MONTH);
    xFrom = Math.max(0, Math.min(...raw.map((p) => p.x), last) - 3 * DAYS_PER_MONTH);
    if (xTo - xFrom < 12 * DAYS_PER_MONTH) {
      xTo = Math.min(MAX_AGE_DAYS, xFrom + 12 * DAYS_PER_MONTH);
      xFrom = Math.max(0, xTo - 12 * DAYS_PER_MONTH);
    }
  }
  const isAge = tab !== 'wflh';
  const step = isAge ? 7 : 5;
  const all = computeChartCurves(tables, sex, indicator, step);
  const keep = all.x.map((x, i) => (x >= xFrom && x <= xTo ? i : -1)).filter((i) => i >= 0);
  const xs = keep.map((i) => all.x[i] ?? 0);
  const low = all.curves[0]?.values ?? [];
  const high = all.curves[all.curves.length - 1]?.values ?? [];
  const values = [...keep.map((i) => low[i] ?? 0), ...keep.map((i) => high[i] ?? 0), ...raw.filter((p) => p.x >= xFrom && p.x <= xTo).map((p) => p.value)];
  const yMin = Math.min(...values);
  const yMax = Math.max(...values);
  const pad = (yMax - yMin) * 0.04;
  const yFrom = yMin - pad;
  const yTo = yMax + pad;
  const { width, height, left, right, top, bottom } = chartSize;
  const sx = (x: number) => left + ((x - xFrom) / (xTo - xFrom)) * (width - left - right);
  const sy = (y: number) => top + (1 - (y - yFrom) / (yTo - yFrom)) * (height - top - bottom);
  const r = (n: number) => Math.round(n * 10) / 10;
  const curves = all.curves.map((curve) => {
    const path = keep.map((i, k) => `${k === 0 ? 'M' : 'L'}${r(sx(xs[k] ?? 0))} ${r(sy(curve.values[i] ?? 0))}`).join('');
    const lastValue = curve.values[keep[keep.length - 1] ?? 0] ?? 0;
    return { z: curve.z, path, labelY: r(sy(lastValue)) };
  });
  const points = raw
    .filter((p) => p.x >= xFrom && p.x <= xTo)
    .map((p) => ({ x: p.x, y: p.value, px: r(sx(p.x)), py: r(sy(p.value)), date: p.date, value: p.value }));
  const xTickValues = isAge ? ticks(xFrom / DAYS_PER_MONTH, xTo / DAYS_PER_MONTH, 6) : ticks(xFrom, xTo, 6);
  return {
    indicator,
    xUnit: isAge ? 'months' : 'cm',
    curves,
    points,
    xTicks: xTickValues.map((value) => ({ value, px: r(sx(isAge ? value * DAYS_PER_MONTH : value)) })),
    yTicks: ticks(yFrom, yTo, 6).map((value) => ({ value, py: r(sy(value)) })),
    polyline: points.map((p) => `${p.px},${p.py}`).join(' '),
  };
}
