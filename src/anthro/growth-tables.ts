// WHO Child Growth Standards LMS tables in memory. The data come from src/anthro/tables/*.json,
// made by scripts/convert-who-tables.mjs from WHO's anthro package files (weianthro.txt, ...).
// Invariants: keys are consecutive (days, or tenths of a cm) from `first`; each row has L, M
// and S exactly as R parses them from WHO's text; index 0 is male (sex 1), 1 is female (sex 2).

/** The nine WHO indicators, by the names of WHO's growth-standard tables. */
export const indicators = ['lhfa', 'wfa', 'wfl', 'wfh', 'bfa', 'hcfa', 'acfa', 'tsfa', 'ssfa'] as const;
export type Indicator = (typeof indicators)[number];

/** 1 = male, 2 = female (WHO's coding). */
export type Sex = 1 | 2;

/** The shape of one committed JSON table. */
export type LmsTableData = {
  name: Indicator;
  source: string;
  key: 'age' | 'length' | 'height';
  /** First key: day of age, or cm. */
  first: number;
  /** Key steps per unit: 1 (days) or 10 (tenths of a cm). */
  perUnit: number;
  count: number;
  l: number[][];
  m: number[][];
  s: number[][];
};

export type LmsTable = {
  indicator: Indicator;
  key: LmsTableData['key'];
  /** First key in steps (day, or tenth of a cm): row i has key (firstStep + i) / perUnit. */
  firstStep: number;
  perUnit: number;
  count: number;
  /** Per sex (index sex − 1): L, M, S of row i at 3i, 3i + 1, 3i + 2. */
  lms: readonly [Float64Array, Float64Array];
};

export type GrowthTables = Readonly<Record<Indicator, LmsTable>>;

function packSex(data: LmsTableData, sexIndex: number): Float64Array {
  const l = data.l[sexIndex];
  const m = data.m[sexIndex];
  const s = data.s[sexIndex];
  if (!l || !m || !s || l.length !== data.count || m.length !== data.count || s.length !== data.count) {
    throw new Error(`growth table ${data.name}: sex ${sexIndex + 1} does not have ${data.count} rows`);
  }
  const packed = new Float64Array(data.count * 3);
  for (let i = 0; i < data.count; i += 1) {
    packed[3 * i] = l[i] ?? Number.NaN;
    packed[3 * i + 1] = m[i] ?? Number.NaN;
    packed[3 * i + 2] = s[i] ?? Number.NaN;
  }
  return packed;
}

export function createLmsTable(data: LmsTableData): LmsTable {
  return {
    indicator: data.name,
    key: data.key,
    firstStep: Math.round(data.first * data.perUnit),
    perUnit: data.perUnit,
    count: data.count,
    lms: [packSex(data, 0), packSex(data, 1)],
  };
}

/** Builds the in-memory tables; throws (a build bug) when one is missing or malformed. */
export function createGrowthTables(data: readonly LmsTableData[]): GrowthTables {
  const byName = new Map(data.map((table) => [table.name, createLmsTable(table)]));
  const tables = {} as Record<Indicator, LmsTable>;
  for (const indicator of indicators) {
    const table = byName.get(indicator);
    if (!table) throw new Error(`growth table ${indicator} is missing`);
    tables[indicator] = table;
  }
  return tables;
}

/** The packed L, M, S rows of one sex. */
export function lmsOfSex(table: LmsTable, sex: Sex): Float64Array {
  return sex === 1 ? table.lms[0] : table.lms[1];
}

/** L, M and S of one row; undefined when the table has no such row. */
export function readLms(table: LmsTable, sex: Sex, row: number): { l: number; m: number; s: number } | undefined {
  if (!Number.isInteger(row) || row < 0 || row >= table.count) return undefined;
  const packed = lmsOfSex(table, sex);
  return { l: packed[3 * row] ?? Number.NaN, m: packed[3 * row + 1] ?? Number.NaN, s: packed[3 * row + 2] ?? Number.NaN };
}

/** The key (day, or cm) of row `row`. */
export function keyOfRow(table: LmsTable, row: number): number {
  return (table.firstStep + row) / table.perUnit;
}
