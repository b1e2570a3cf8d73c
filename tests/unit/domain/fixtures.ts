// Valid example records of every kind (minimal: only required fields; full: every field),
// and a helper that reads a failed parse as [field, messageKey] pairs.
import type { RecordKind } from '../../../src/domain/record-kinds.ts';
import { recordSchemas } from '../../../src/domain/registry.ts';
import { toFieldIssues } from '../../../src/domain/field-issues.ts';

/** Record ids: UUIDv7 (RFC 9562) and one ULID, all valid. */
export const ids = {
  household: '01920000-0000-7000-8000-000000000001',
  person: '01920000-0000-7000-8000-000000000002',
  mother: '01920000-0000-7000-9000-000000000003',
  child: '01920000-0000-7000-a000-000000000004',
  sponsor: '01920000-0000-7000-b000-000000000005',
  pledge: '01920000-0000-7fff-8000-000000000006',
  meeting: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  outreach: '01920000-0000-7000-8000-000000000008',
  member: '01920000-0000-7000-8000-000000000009',
  record: '01920000-0000-7abc-8def-0123456789ab',
} as const;

/** Desa 2001 in kecamatan 01 of Kabupaten Bogor (32.01), Jawa Barat. */
export const villageCode = '3201012001';

export function base(id: string = ids.record) {
  return {
    id,
    villageCode,
    createdAt: '2025-03-01T02:03:04.005Z',
    updatedAt: '2025-03-02T02:03:04.005Z',
    deleted: false,
  };
}

/** A 1x1 PNG as a data URL. */
export const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

type Example = Record<string, unknown>;

export const minimal: Record<RecordKind, () => Example> = {
  household: () => ({ ...base(ids.household), headName: 'Siti Aminah' }),
  person: () => ({ ...base(ids.person), householdId: ids.household, name: 'Rina', sex: 'F', relation: 'istri' }),
  measurement: () => ({ ...base(), personId: ids.child, date: '2025-02-10', weightKg: 8.4 }),
  visit: () => ({ ...base(), householdId: ids.household, date: '2025-02-10' }),
  outreach: () => ({ ...base(ids.outreach), date: '2025-02-10', place: 'Balai desa', topic: 'pencegahan-stunting' }),
  sponsor: () => ({ ...base(ids.sponsor), kind: 'perorangan', name: 'Bapak Hendra' }),
  pledge: () => ({
    ...base(ids.pledge),
    sponsorId: ids.sponsor,
    supportType: 'pendampingan',
    schedule: 'bulanan',
    startDate: '2025-01-15',
    status: 'aktif',
  }),
  delivery: () => ({ ...base(), pledgeId: ids.pledge, date: '2025-02-15', items: 'Telur 1 tray' }),
  pokjaMember: () => ({ ...base(ids.member), name: 'Ibu Wati', position: 'bidan-desa', active: true }),
  meeting: () => ({ ...base(ids.meeting), title: 'Rapat Pokja GENTING', date: '2025-01-20' }),
  attendance: () => ({ ...base(), meetingId: ids.meeting, memberId: ids.member, status: 'hadir' }),
  actionItem: () => ({ ...base(), meetingId: ids.meeting, what: 'Data ulang baduta', who: 'Kader TPK', status: 'rencana' }),
};

export const full: Record<RecordKind, () => Example> = {
  household: () => ({
    ...minimal.household(),
    dusun: 'Krajan',
    rw: '002',
    rt: '1',
    address: 'Jl. Melati No. 4',
    kkNumber: '3201010101250001',
    phone: '0812-3456-7890',
    welfareDecile: 2,
    drinkingWater: 'sumur-bor',
    toilet: 'sendiri-septik',
    houseCondition: 'layak',
    gps: { lat: -6.595, lon: 106.816, accuracyM: 12.5 },
    notes: 'Rumah di ujung gang',
  }),
  person: () => ({
    ...minimal.person(),
    // Woman born 12 May 1995 in kecamatan 32.01.01: DD 12 + 40 = 52.
    nik: '3201015205950001',
    birthDate: '1995-05-12',
    maritalStatus: 'kawin',
    education: 'sma',
    phone: '+62 812 3456 7890',
    motherId: ids.mother,
    childrenBornAlive: 2,
    weddingDate: '2014-06-01',
    isPregnant: true,
    lastMenstrualPeriod: '2025-01-01',
    pregnancyNumber: 3,
    deliveryDate: '2022-08-17',
    babyBirthWeightKg: 3.15,
    babyBirthLengthCm: 49.5,
    notes: 'Pemeriksaan ANC di bidan desa',
  }),
  measurement: () => ({
    ...minimal.measurement(),
    weightKg: 8.45,
    lengthCm: 71.3,
    measure: 'l',
    headCm: 44.1,
    armCm: 13.5,
    oedema: false,
    place: 'posyandu',
    measuredBy: 'Kader Ani',
    notes: 'Anak rewel',
  }),
  visit: () => ({
    ...minimal.visit(),
    targetIds: [ids.mother, ids.child],
    cadreName: 'Bidan Wati',
    topics: ['asi-eksklusif', 'mp-asi'],
    findings: 'Anak belum imunisasi campak',
    referral: 'puskesmas',
    referralNote: 'Imunisasi',
    nextVisitDate: '2025-03-10',
    notes: 'Ibu sehat',
  }),
  outreach: () => ({
    ...minimal.outreach(),
    startTime: '09:00',
    endTime: '11:30',
    title: 'Cegah stunting sejak remaja',
    presenter: 'Duta GenRe Kabupaten',
    maleAnak: 0,
    femaleAnak: 2,
    maleRemaja: 14,
    femaleRemaja: 17,
    maleDewasa: 3,
    femaleDewasa: 5,
    notes: 'PIK-R Melati',
  }),
  sponsor: () => ({
    ...minimal.sponsor(),
    kind: 'perusahaan',
    name: 'PT Maju Jaya',
    contactPerson: 'Ibu Dewi',
    phone: '6281234567890',
    address: 'Jl. Raya Bogor 10',
    notes: 'Program CSR',
  }),
  pledge: () => ({
    ...minimal.pledge(),
    supportType: 'paket-pangan',
    description: 'Telur 1 tray, susu 2 kotak',
    quantity: 1.5,
    unit: 'paket',
    amountRp: 450_000,
    schedule: 'bulanan',
    periods: 6,
    beneficiaryKind: 'anak',
    beneficiaryId: ids.child,
    notes: 'Diantar kader',
  }),
  delivery: () => ({
    ...minimal.delivery(),
    quantity: 30,
    unit: 'butir',
    valueRp: 60_000,
    deliveredBy: 'Kader Ani',
    receivedBy: 'Ibu Rina',
    note: 'Diterima baik',
  }),
  pokjaMember: () => ({ ...minimal.pokjaMember(), positionNote: 'Sekretaris Pokja', phone: '021 765 4321' }),
  meeting: () => ({
    ...minimal.meeting(),
    startTime: '09:00',
    endTime: '12:00',
    place: 'Balai desa',
    agenda: 'Pendataan keluarga berisiko stunting',
    background: 'A. Latar belakang',
    objectives: 'B. Tujuan',
    expectedResults: 'C. Hasil yang diharapkan',
    material: 'E. Materi',
    conclusions: 'G. Kesimpulan',
  }),
  attendance: () => ({ ...minimal.attendance(), name: 'Ibu Wati', position: 'Bidan Desa', signature: tinyPng }),
  actionItem: () => ({ ...minimal.actionItem(), dueDate: '2025-02-28', status: 'berjalan', progressNotes: 'Dusun 1 selesai' }),
};

/** The [field, messageKey] pairs of a failed parse, in zod's order; [] when the record is valid. */
export function issuesOf(kind: RecordKind, record: unknown): [string, string][] {
  const parsed = recordSchemas[kind].safeParse(record);
  if (parsed.success) return [];
  return toFieldIssues(parsed.error).map((issue) => [issue.field, issue.messageKey]);
}
