// The demo village of `npm run bench:ui` (issue #6, "Measure"): a deterministic generator
// (one mulberry32 stream, seed 6) of one synthetic village the size issue #6 gives the demo
// village, Desa Dungun Perapakan: 1,000 households of ~4 members (~4,000 persons), ~300
// children under five (three households in ten) with a measurement
// every month for up to a year (growth around the WHO medians, a share of them short or
// light, some faltering), and one or two house visits per household. Dates count back from
// `today`, so the children stay under five whenever it runs. Records reference each other by
// index (the repositories make the ids); loader.ts writes them in order. Names are made up.
// Pure: runs in the browser page and in Node.
import { mulberry32 } from '../sync/scenario.ts';
import { addDays, addMonths } from '../../../src/domain/calendar-date.ts';

export const VILLAGE_CODE = '6101122005';

const MALE = ['Ahmad', 'Muhammad', 'Budi', 'Agus', 'Wahyu', 'Rizky', 'Andi', 'Yusuf', 'Hendra', 'Bayu', 'Fajar', 'Joko', 'Slamet', 'Darmawan', 'Hasan', 'Ilham'];
const FEMALE = ['Siti', 'Nur', 'Dewi', 'Sri', 'Rina', 'Putri', 'Fitri', 'Indah', 'Ratna', 'Aisyah', 'Citra', 'Dian', 'Yuliana', 'Wulan', 'Lestari', 'Maryam'];
const LAST = ['Santoso', 'Wijaya', 'Saputra', 'Rahmawati', 'Hidayat', 'Pratama', 'Kusuma', 'Nugroho', 'Susanti', 'Setiawan', 'Purnomo', 'Hasanah', 'Siregar', 'Nasution', 'Harahap', 'Maulana', 'Ramadhan', 'Syahputra'];
const DUSUN = ['Dusun Sungai Itik', 'Dusun Perapakan', 'Dusun Teluk Keramat', 'Dusun Sebubus'];
const WATER = ['sumur-bor', 'air-hujan', 'ledeng', 'sumur-tak-terlindung', 'kemasan-isi-ulang'] as const;
const TOILET = ['sendiri-septik', 'bersama-septik', 'sendiri-tanpa-septik', 'tidak-ada'] as const;
const TOPICS = ['asi-eksklusif', 'mp-asi', 'imunisasi', 'sanitasi-air-bersih', 'gizi-ibu-hamil'];
/** WHO medians (boys, rounded): age in months, length/height cm, weight kg. */
const MEDIANS: [number, number, number][] = [[0, 49.9, 3.3], [3, 61.4, 6.4], [6, 67.6, 7.9], [9, 72, 8.9], [12, 75.7, 9.6], [18, 82.3, 10.9], [24, 87.8, 12.2], [36, 96.1, 14.3], [48, 103.3, 16.3], [60, 110, 18.3]];

type Fields = Record<string, unknown>;
export type VillagePerson = { householdIndex: number; motherIndex?: number; fields: Fields };
export type VillageMeasurement = { personIndex: number; fields: Fields };
export type Village = {
  households: Fields[];
  /** householdIndex / motherIndex become householdId / motherId. */
  persons: VillagePerson[];
  /** personIndex becomes personId. */
  measurements: VillageMeasurement[];
  visits: { householdIndex: number; fields: Fields }[];
  /** Persons (indices) under five, with the values a plausible measurement today would have. */
  underFive: { personIndex: number; weightKg: number; lengthCm: number }[];
};

function median(months: number): { lengthCm: number; weightKg: number } {
  const upper = MEDIANS.findIndex(([m]) => m >= months);
  const hi = MEDIANS[Math.max(upper, 1)] as [number, number, number];
  const lo = MEDIANS[Math.max(upper, 1) - 1] as [number, number, number];
  const f = Math.min(1, Math.max(0, (months - lo[0]) / (hi[0] - lo[0])));
  return { lengthCm: lo[1] + f * (hi[1] - lo[1]), weightKg: lo[2] + f * (hi[2] - lo[2]) };
}

export function generateVillage(today: string, households = 1000, seed = 6): Village {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const normal = () => (rand() + rand() + rand() + rand() - 2) * 1.7;
  const base = { villageCode: VILLAGE_CODE };
  const village: Village = { households: [], persons: [], measurements: [], visits: [], underFive: [] };
  for (let h = 0; h < households; h++) {
    const surname = pick(LAST);
    const head = `${pick(MALE)} ${surname}`;
    village.households.push({
      ...base, dusun: pick(DUSUN), rw: String(1 + Math.floor(rand() * 6)).padStart(3, '0'), rt: String(1 + Math.floor(rand() * 20)).padStart(3, '0'),
      address: `Jl. Parit ${1 + Math.floor(rand() * 40)} No. ${1 + Math.floor(rand() * 120)}`, headName: head,
      welfareDecile: 1 + Math.floor(rand() * 10), drinkingWater: pick(WATER), toilet: pick(TOILET), notes: '',
    });
    const wifeAge = 19 + Math.floor(rand() * 22);
    village.persons.push({ householdIndex: h, fields: { ...base, name: head, sex: 'M', birthDate: addDays(addMonths(today, -12 * (wifeAge + 3)), -Math.floor(rand() * 300)), relation: 'kepala-keluarga', notes: '' } });
    const motherIndex = village.persons.length;
    village.persons.push({ householdIndex: h, fields: { ...base, name: `${pick(FEMALE)} ${pick(LAST)}`, sex: 'F', birthDate: addDays(addMonths(today, -12 * wifeAge), -Math.floor(rand() * 300)), relation: 'istri', notes: '' } });
    // Children: three households in ten have one under five; older siblings (0-4, ~1.7) make ~4 members a household.
    const older = Math.floor(rand() * 4.4);
    for (let c = 0; c < older; c++) {
      const sex = rand() < 0.5 ? 'M' : 'F';
      village.persons.push({ householdIndex: h, motherIndex, fields: { ...base, name: `${pick(sex === 'M' ? MALE : FEMALE)} ${surname}`, sex, birthDate: addDays(addMonths(today, -(62 + Math.floor(rand() * 150))), -Math.floor(rand() * 28)), relation: 'anak', notes: '' } });
    }
    if (rand() < 0.3) {
      const sex = rand() < 0.5 ? 'M' : 'F';
      const ageMonths = Math.floor(rand() * 59);
      const birthDate = addDays(addMonths(today, -ageMonths), -Math.floor(rand() * 28));
      const personIndex = village.persons.length;
      village.persons.push({ householdIndex: h, motherIndex, fields: { ...base, name: `${pick(sex === 'M' ? MALE : FEMALE)} ${surname}`, sex, birthDate, relation: 'anak', notes: '' } });
      // Growth: a steady offset from the median (a share short or light), and for some a stall in weight.
      const zLength = Math.max(-3.5, Math.min(2.5, normal() - 0.8));
      const zWeight = Math.max(-3.5, Math.min(2.5, 0.6 * zLength + 0.7 * normal() - 0.3));
      const stallFrom = rand() < 0.15 ? 1 + Math.floor(rand() * 2) : 0;
      const valuesAt = (months: number, stall: number) => {
        const m = median(months);
        return { lengthCm: Math.round(m.lengthCm * (1 + 0.037 * zLength) * 10) / 10, weightKg: Math.round((m.weightKg * (1 + 0.11 * zWeight) - stall) * 10) / 10 };
      };
      for (let back = Math.min(12, ageMonths); back >= 1; back--) {
        const date = addMonths(today, -back);
        if (date <= birthDate) continue;
        const stall = stallFrom > 0 && back <= stallFrom ? 0.15 * (stallFrom - back + 1) : 0;
        const v = valuesAt(ageMonths - back, stall);
        village.measurements.push({ personIndex, fields: { ...base, date, weightKg: v.weightKg, lengthCm: v.lengthCm, measure: ageMonths - back < 24 ? 'l' : 'h', oedema: false, place: 'posyandu', measuredBy: 'Kader Posyandu', notes: '' } });
      }
      village.underFive.push({ personIndex, ...valuesAt(ageMonths, 0) });
    }
    for (let v = 0, n = 1 + Math.floor(rand() * 2); v < n; v++) {
      const date = addDays(today, -1 - Math.floor(rand() * 90));
      village.visits.push({ householdIndex: h, fields: { ...base, date, cadreName: 'Kader TPK', topics: [pick(TOPICS)], findings: '', nextVisitDate: addDays(date, 30), notes: '' } });
    }
  }
  return village;
}
