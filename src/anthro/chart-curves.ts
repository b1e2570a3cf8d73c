// Growth-chart reference curves: for one sex and indicator, the measurement at −3, −2, −1, 0,
// +1, +2 and +3 SD over the indicator's whole range, M·(1 + L·S·z)^(1/L) row by row. These
// are WHO's published SD lines (the restricted ±3 SD rule changes how a child's z-score is
// computed, not where the lines are drawn).
import { keyOfRow, lmsOfSex, type GrowthTables, type Indicator, type Sex } from './growth-tables.ts';
import { computeLmsValueAtZ } from './lms.ts';

export const chartZscores = [-3, -2, -1, 0, 1, 2, 3] as const;

export type ChartCurves = {
  indicator: Indicator;
  sex: Sex;
  /** What x is: age in days, or length/height in cm. */
  xKind: 'age-days' | 'length-cm' | 'height-cm';
  x: number[];
  /** One curve per entry of chartZscores, each the same length as x. */
  curves: { z: (typeof chartZscores)[number]; values: number[] }[];
};

/**
 * The SD curves of one indicator. `step` keeps every step-th row (the last row always), e.g.
 * 7 for weekly points on an age chart; 1 keeps every day or every 0.1 cm.
 */
export function computeChartCurves(tables: GrowthTables, sex: Sex, indicator: Indicator, step = 1): ChartCurves {
  if (!Number.isInteger(step) || step < 1) throw new RangeError('step must be a positive integer');
  const table = tables[indicator];
  const packed = lmsOfSex(table, sex);
  const rows: number[] = [];
  for (let row = 0; row < table.count; row += step) rows.push(row);
  if (rows[rows.length - 1] !== table.count - 1) rows.push(table.count - 1);
  const curves = chartZscores.map((z) => ({
    z,
    values: rows.map((row) =>
      computeLmsValueAtZ(z, packed[3 * row] ?? Number.NaN, packed[3 * row + 1] ?? Number.NaN, packed[3 * row + 2] ?? Number.NaN),
    ),
  }));
  const xKind = table.key === 'age' ? 'age-days' : table.key === 'length' ? 'length-cm' : 'height-cm';
  return { indicator, sex, xKind, x: rows.map((row) => keyOfRow(table, row)), curves };
}
