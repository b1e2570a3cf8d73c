// Deterministic synthetic measurements for the anthro benchmark (mulberry32, seed 7): a mix
// of sexes (1/2/m/f, a few missing), ages 0-1900 days (some fractional, some missing),
// length or height by age (sometimes the "wrong" position, sometimes unknown), plausible
// weights with tails beyond ±3 SD, a little oedema and missing optional measurements.

import { mulberry32 } from '../sync/scenario.ts';

export const CSV_HEADER = 'id,sex,age,weight,lenhei,measure,oedema,headc,armc,triskin,subskin';

export type GeneratedRow = {
  sex: '1' | '2' | 'm' | 'f' | '';
  ageDays: number | null;
  weightKg: number | null;
  lenheiCm: number | null;
  measure: 'l' | 'h' | '';
  oedema: 'y' | 'n' | '';
  headcCm: number | null;
  armcCm: number | null;
  triskinMm: number | null;
  subskinMm: number | null;
};

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function createRowGenerator(seed = 7): () => GeneratedRow {
  const random = mulberry32(seed);
  const normal = (): number => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const sexes = ['1', '2', '1', '2', 'm', 'f', '1', '2', '1', '2', '1', '2', '1', '2', '1', '2', '1', '2', '1', ''] as const;
  return () => {
    const ageDays = random() < 0.02 ? null : random() < 0.1 ? Math.round(random() * 19000) / 10 : Math.floor(random() * 1900);
    const years = (ageDays ?? 700) / 365.25;
    const lengthCm = 50 + 25 * years - 2.4 * years * years + 3 * normal();
    const weightKg = 3.3 + 7 * years - 0.7 * years * years + 1.2 * normal() * (1 + years / 3);
    const usual = (ageDays ?? 0) < 731 ? 'l' : 'h';
    const measureRoll = random();
    return {
      sex: sexes[Math.floor(random() * sexes.length)] ?? '1',
      ageDays,
      weightKg: random() < 0.03 ? null : round1(Math.max(0.5, weightKg)),
      lenheiCm: random() < 0.03 ? null : round1(Math.max(40, lengthCm)),
      measure: measureRoll < 0.85 ? usual : measureRoll < 0.95 ? (usual === 'l' ? 'h' : 'l') : '',
      oedema: random() < 0.01 ? 'y' : random() < 0.5 ? 'n' : '',
      headcCm: random() < 0.3 ? null : round1(35 + 10 * Math.sqrt(years) + 1.5 * normal()),
      armcCm: random() < 0.3 ? null : round1(13 + 1.5 * years + 1.3 * normal()),
      triskinMm: random() < 0.5 ? null : round1(Math.max(3, 9 + 2 * normal())),
      subskinMm: random() < 0.5 ? null : round1(Math.max(3, 7 + 1.8 * normal())),
    };
  };
}

function text(value: number | null): string {
  return value === null ? '' : String(value);
}

export function formatCsvRow(id: number, row: GeneratedRow): string {
  return `${id},${row.sex},${text(row.ageDays)},${text(row.weightKg)},${text(row.lenheiCm)},${row.measure},${row.oedema},` +
    `${text(row.headcCm)},${text(row.armcCm)},${text(row.triskinMm)},${text(row.subskinMm)}`;
}
