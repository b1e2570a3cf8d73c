// "Village sync" benchmark data: Genting's own deterministic generator for the scenario that
// ../shared/peers/pouchdb/scenario.js defines for PouchDB, so both engines move the same mix
// and size of records: 20 % households, 30 % children (persons), 50 % house visits, each
// serialising to ~400 bytes (400 ± 20), one mulberry32 stream (seed 42), records 0-9,999 in
// village 6101122005 and each further 10,000 in the next village. Unlike the peer's flat
// records, these are real Genting records that pass the zod schemas of src/domain, so the
// benchmark exercises validation, the outbox and the merge as the app does.
// Pure: runs in the browser page and in Node.

export const DEFAULT_SEED = 42;
export const RECORDS_PER_VILLAGE = 10_000;
export const TARGET_BYTES = 400;

export type BenchKind = 'household' | 'person' | 'visit';
export type BenchRecord = { kind: BenchKind; fields: Record<string, unknown> };

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Siti', 'Nur', 'Dewi', 'Sri', 'Ahmad', 'Muhammad', 'Budi', 'Agus', 'Rina', 'Putri', 'Wahyu', 'Dwi',
  'Eka', 'Fitri', 'Indah', 'Rizky', 'Andi', 'Yusuf', 'Hendra', 'Ratna', 'Aisyah', 'Bayu', 'Citra', 'Dian', 'Fajar'];
const LAST = ['Santoso', 'Wijaya', 'Saputra', 'Rahmawati', 'Hidayat', 'Pratama', 'Kusuma', 'Nugroho', 'Susanti',
  'Setiawan', 'Purnomo', 'Hasanah', 'Siregar', 'Nasution', 'Harahap', 'Sembiring', 'Maulana', 'Ramadhan'];
const WORDS = ['balita', 'sehat', 'posyandu', 'imunisasi', 'gizi', 'kunjungan', 'rumah', 'ibu', 'anak', 'timbang',
  'vitamin', 'lengkap', 'demam', 'batuk', 'rujukan', 'puskesmas', 'bidan', 'kader', 'air', 'bersih', 'jamban',
  'asi', 'eksklusif', 'stunting', 'pmt', 'kms', 'naik', 'tetap', 'dusun', 'kontrol', 'ulang', 'bulan', 'pantau'];
const DUSUN = ['Dusun Sungai Itik', 'Dusun Perapakan', 'Dusun Teluk Keramat', 'Dusun Sebubus'];
const TOPICS = ['asi-eksklusif', 'mp-asi', 'imunisasi', 'sanitasi-air-bersih', 'gizi-ibu-hamil'];

const DAY_MS = 86_400_000;
const BIRTH_EPOCH = Date.UTC(2019, 6, 1);
const VISIT_EPOCH = Date.UTC(2023, 0, 1);
const CREATED_AT = '2024-07-01T00:00:00.000Z';

export function villageCodeOf(index: number): string {
  return `610112${2005 + Math.floor(index / RECORDS_PER_VILLAGE)}`;
}

/** A deterministic UUIDv7 for record `index` of `kind` (the time part is a fixed epoch). */
export function benchId(index: number, salt = 0): string {
  const hex = (index * 4 + salt).toString(16).padStart(12, '0');
  return `01900000-0000-7000-8000-${hex}`;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}
const personName = (rand: () => number) => `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function base(index: number, salt: number) {
  return { id: benchId(index, salt), villageCode: villageCodeOf(index), createdAt: CREATED_AT, updatedAt: CREATED_AT, deleted: false };
}

function makeRecord(rand: () => number, index: number): BenchRecord {
  const local = index % RECORDS_PER_VILLAGE;
  const r = rand();
  const householdIndex = index - (local % 4);
  const birthMs = BIRTH_EPOCH + Math.floor(rand() * 1826) * DAY_MS;
  const visitMs = VISIT_EPOCH + Math.floor(rand() * 730) * DAY_MS;
  const householdId = benchId(householdIndex, 0);
  let record: BenchRecord;
  if (r < 0.2) {
    record = { kind: 'household', fields: { ...base(index, 0), dusun: pick(rand, DUSUN), rw: String(1 + Math.floor(rand() * 6)),
      rt: String(1 + Math.floor(rand() * 20)), headName: personName(rand), welfareDecile: 1 + Math.floor(rand() * 10),
      drinkingWater: rand() < 0.7 ? 'sumur-bor' : 'air-hujan', toilet: rand() < 0.6 ? 'sendiri-septik' : 'tidak-ada', notes: '' } };
  } else if (r < 0.5) {
    record = { kind: 'person', fields: { ...base(index, 1), householdId, name: personName(rand), sex: rand() < 0.5 ? 'M' : 'F',
      birthDate: isoDay(birthMs), relation: 'anak', notes: '' } };
  } else {
    record = { kind: 'visit', fields: { ...base(index, 2), householdId, date: isoDay(visitMs), cadreName: personName(rand),
      topics: [pick(rand, TOPICS)], nextVisitDate: isoDay(visitMs + 30 * DAY_MS), findings: '' } };
  }
  padToTarget(rand, record);
  return record;
}

/** Fill the free-text field so the record serialises to TARGET_BYTES ± 20 bytes. */
function padToTarget(rand: () => number, record: BenchRecord): void {
  const key = record.kind === 'visit' ? 'findings' : 'notes';
  const want = Math.max(8, TARGET_BYTES - JSON.stringify(record.fields).length + Math.floor(rand() * 41) - 20);
  let words = '';
  while (words.length < want) words += (words ? ' ' : '') + pick(rand, WORDS);
  record.fields[key] = words.slice(0, want).trim();
}

export function generateRecords(n: number, seed = DEFAULT_SEED): BenchRecord[] {
  const rand = mulberry32(seed);
  const out: BenchRecord[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = makeRecord(rand, i);
  return out;
}

/** The 1 % touched by the delta step: every index that is a multiple of 100. */
export function deltaIndices(n: number): number[] {
  const indices: number[] = [];
  for (let i = 0; i < n; i += 100) indices.push(i);
  return indices;
}

/**
 * The delta edit of a record (one field, as the peer's weight_kg + 0.5): a household's welfare
 * decile moves by one, a person's notes gain a word, a visit's next date moves a week. Round r
 * (bench:sync --delta-rounds) makes the (r + 1)-th such edit, so each round changes the value.
 */
export function deltaPatch(record: BenchRecord, round = 0): Record<string, unknown> {
  const f = record.fields;
  if (record.kind === 'household') return { welfareDecile: ((Number(f.welfareDecile) + round) % 10) + 1 };
  if (record.kind === 'person') return { notes: `${String(f.notes)}${' kontrol'.repeat(round + 1)}`.slice(0, 1000) };
  const next = Date.parse(`${String(f.nextVisitDate)}T00:00:00Z`) + 7 * (round + 1) * DAY_MS;
  return { nextVisitDate: isoDay(next) };
}
