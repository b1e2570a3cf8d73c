// Every record kind: valid examples (minimal, full, cleared optional fields, tombstone) and
// invalid ones, each asserting the exact [field, messageKey] list that toFieldIssues gives,
// including the record-local (cross-field) rules inside each schema.
import { describe, expect, it } from 'vitest';
import { recordKinds, type RecordKind } from '../../../src/domain/record-kinds.ts';
import { recordSchemas } from '../../../src/domain/registry.ts';
import { outreachAudienceTotal } from '../../../src/domain/outreach.ts';
import { maxSignatureChars } from '../../../src/domain/attendance.ts';
import { toFieldIssues } from '../../../src/domain/field-issues.ts';
import { full, ids, issuesOf, minimal, tinyPng } from './fixtures.ts';

type Case = [name: string, record: () => Record<string, unknown>, expected: [string, string][]];

const v = (key: string) => `validation.${key}`;
const long = (n: number) => 'x'.repeat(n);

function optionalFields(kind: RecordKind): string[] {
  const shape = recordSchemas[kind].shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  return Object.keys(shape).filter((field) => shape[field]?.safeParse(undefined).success);
}

describe.each(recordKinds)('%s: valid records', (kind) => {
  it('accepts the minimal record (required fields only) and the full record', () => {
    expect(issuesOf(kind, minimal[kind]())).toEqual([]);
    expect(issuesOf(kind, full[kind]())).toEqual([]);
  });

  it('accepts null (a cleared field) for every optional field', () => {
    const cleared: Record<string, unknown> = { ...minimal[kind]() };
    const optional = optionalFields(kind);
    expect(optional.length).toBeGreaterThan(0);
    for (const field of optional) cleared[field] = null;
    // An attendance needs a member or a name and one event: keep those of the minimal record.
    if (kind === 'attendance') Object.assign(cleared, { meetingId: ids.meeting, memberId: ids.member });
    // A measurement needs at least one value.
    if (kind === 'measurement') cleared.weightKg = 8.4;
    expect(issuesOf(kind, cleared)).toEqual([]);
  });

  it('accepts a tombstone (deleted: true) that keeps its fields', () => {
    const parsed = recordSchemas[kind].safeParse({ ...full[kind](), deleted: true });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.deleted).toBe(true);
  });

  it('drops unknown fields and keeps known ones unchanged', () => {
    const record = full[kind]();
    const parsed = recordSchemas[kind].parse({ ...record, notAField: 'x' });
    expect(parsed).not.toHaveProperty('notAField');
    expect(parsed).toEqual(record);
  });
});

describe.each(recordKinds)('%s: per-field validation (what the server checks on each pushed field)', (kind) => {
  const shape = recordSchemas[kind].shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;

  it('has the system fields and a field schema for every field of the full record', () => {
    for (const field of ['id', 'villageCode', 'createdAt', 'updatedAt', 'deleted']) expect(shape, field).toHaveProperty(field);
    for (const [field, value] of Object.entries(full[kind]())) {
      expect(shape[field]?.safeParse(value).success, field).toBe(true);
    }
  });

  it('refuses a wrong value field by field', () => {
    expect(shape.villageCode?.safeParse('32.01.01.2001').success).toBe(false);
    expect(shape.deleted?.safeParse(null).success).toBe(false);
    for (const field of optionalFields(kind)) expect(shape[field]?.safeParse(null).success, field).toBe(true);
  });
});

describe.each(recordKinds)('%s: system fields', (kind) => {
  const cases: Case[] = [
    ['id missing', () => ({ ...minimal[kind](), id: undefined }), [['id', v('required')]]],
    ['id not a UUIDv7 or ULID', () => ({ ...minimal[kind](), id: 'abc' }), [['id', v('recordId')]]],
    ['id a UUIDv4', () => ({ ...minimal[kind](), id: '01920000-0000-4000-8000-000000000001' }), [['id', v('recordId')]]],
    ['village code missing', () => ({ ...minimal[kind](), villageCode: undefined }), [['villageCode', v('required')]]],
    ['village code with dots (stored without)', () => ({ ...minimal[kind](), villageCode: '32.01.01.2001' }), [['villageCode', v('villageCodeFormat')]]],
    ['unknown province', () => ({ ...minimal[kind](), villageCode: '9901012001' }), [['villageCode', v('villageCodeProvince')]]],
    ['createdAt a date only', () => ({ ...minimal[kind](), createdAt: '2025-03-01' }), [['createdAt', v('timestamp')]]],
    ['updatedAt with an offset', () => ({ ...minimal[kind](), updatedAt: '2025-03-01T10:00:00+07:00' }), [['updatedAt', v('timestamp')]]],
    ['updatedAt missing', () => ({ ...minimal[kind](), updatedAt: undefined }), [['updatedAt', v('required')]]],
    ['deleted as text', () => ({ ...minimal[kind](), deleted: 'false' }), [['deleted', v('boolean')]]],
  ];
  it.each(cases)('%s', (_name, record, expected) => {
    expect(issuesOf(kind, record())).toEqual(expected);
  });

  it('accepts a ULID id', () => {
    expect(issuesOf(kind, { ...minimal[kind](), id: ids.meeting })).toEqual([]);
  });
});

const invalid: Record<RecordKind, Case[]> = {
  household: [
    ['head name missing', () => ({ ...full.household(), headName: undefined }), [['headName', v('required')]]],
    ['head name only spaces', () => ({ ...full.household(), headName: '   ' }), [['headName', v('required')]]],
    ['head name a number', () => ({ ...full.household(), headName: 42 }), [['headName', v('text')]]],
    ['head name too long', () => ({ ...full.household(), headName: long(101) }), [['headName', v('tooLong')]]],
    ['KK number 15 digits', () => ({ ...full.household(), kkNumber: '320101010125000' }), [['kkNumber', v('kkDigits')]]],
    ['KK number with spaces', () => ({ ...full.household(), kkNumber: '3201 0101 0125 0001' }), [['kkNumber', v('kkDigits')]]],
    ['phone too short', () => ({ ...full.household(), phone: '0812345' }), [['phone', v('phone')]]],
    ['phone not Indonesian', () => ({ ...full.household(), phone: '+1 555 123 4567' }), [['phone', v('phone')]]],
    ['decile 0', () => ({ ...full.household(), welfareDecile: 0 }), [['welfareDecile', v('min')]]],
    ['decile 11', () => ({ ...full.household(), welfareDecile: 11 }), [['welfareDecile', v('max')]]],
    ['decile 2.5', () => ({ ...full.household(), welfareDecile: 2.5 }), [['welfareDecile', v('integer')]]],
    ['unknown water source', () => ({ ...full.household(), drinkingWater: 'sungai' }), [['drinkingWater', v('choice')]]],
    ['unknown toilet', () => ({ ...full.household(), toilet: 'cubluk' }), [['toilet', v('choice')]]],
    ['unknown house condition', () => ({ ...full.household(), houseCondition: 'baik' }), [['houseCondition', v('choice')]]],
    ['RT of 4 digits', () => ({ ...full.household(), rt: '0001' }), [['rt', v('integer')]]],
    ['RW not a number', () => ({ ...full.household(), rw: 'II' }), [['rw', v('integer')]]],
    ['GPS north of Indonesia', () => ({ ...full.household(), gps: { lat: 10, lon: 106.8 } }), [['gps', v('latitude')]]],
    ['GPS east of Indonesia', () => ({ ...full.household(), gps: { lat: -6.6, lon: 150 } }), [['gps', v('longitude')]]],
    ['GPS accuracy negative', () => ({ ...full.household(), gps: { lat: -6.6, lon: 106.8, accuracyM: -1 } }), [['gps', v('min')]]],
    ['GPS with a key it does not name (issue #12)', () => ({ ...full.household(), gps: { lat: -6.6, lon: 106.8, junk: { x: 'y'.repeat(1000) } } }), [['gps', v('invalid')]]],
    ['notes too long', () => ({ ...full.household(), notes: long(1001) }), [['notes', v('tooLong')]]],
  ],
  person: [
    ['household missing', () => ({ ...full.person(), householdId: undefined }), [['householdId', v('required')]]],
    ['name empty', () => ({ ...full.person(), name: '' }), [['name', v('required')]]],
    ['NIK too short', () => ({ ...full.person(), nik: '320101520595' }), [['nik', v('nikDigits')]]],
    ['NIK with a letter', () => ({ ...full.person(), nik: '320101520595000A' }), [['nik', v('nikDigits')]]],
    ['sex missing', () => ({ ...minimal.person(), sex: undefined }), [['sex', v('required')]]],
    ['sex unknown', () => ({ ...minimal.person(), sex: 'L' }), [['sex', v('choice')]]],
    ['relation unknown', () => ({ ...full.person(), relation: 'ipar' }), [['relation', v('choice')]]],
    ['birth date 29 Feb of a common year', () => ({ ...full.person(), birthDate: '1995-02-29' }), [['birthDate', v('date')]]],
    ['birth date written DD-MM-YYYY', () => ({ ...full.person(), birthDate: '12-05-1995' }), [['birthDate', v('date')]]],
    ['birth date before 1900', () => ({ ...minimal.person(), birthDate: '1899-12-31' }), [['birthDate', v('dateOutOfRange')]]],
    ['marital status unknown', () => ({ ...full.person(), maritalStatus: 'nikah' }), [['maritalStatus', v('choice')]]],
    ['education unknown', () => ({ ...full.person(), education: 's1' }), [['education', v('choice')]]],
    ['mother id invalid', () => ({ ...full.person(), motherId: 'ibu' }), [['motherId', v('recordId')]]],
    ['children born alive 26', () => ({ ...full.person(), childrenBornAlive: 26 }), [['childrenBornAlive', v('max')]]],
    ['pregnancy number 0', () => ({ ...full.person(), pregnancyNumber: 0 }), [['pregnancyNumber', v('min')]]],
    ['birth weight with 4 decimals', () => ({ ...full.person(), babyBirthWeightKg: 3.1234 }), [['babyBirthWeightKg', v('decimals')]]],
    ['birth weight 0.2 kg', () => ({ ...full.person(), babyBirthWeightKg: 0.2 }), [['babyBirthWeightKg', v('min')]]],
    ['birth length with 2 decimals', () => ({ ...full.person(), babyBirthLengthCm: 49.55 }), [['babyBirthLengthCm', v('decimals')]]],
    ['isPregnant as text', () => ({ ...full.person(), isPregnant: 'ya' }), [['isPregnant', v('boolean')]]],
    // Record-local rules
    ['a man marked pregnant', () => ({ ...minimal.person(), sex: 'M', relation: 'suami', isPregnant: true }), [['isPregnant', v('pregnantMustBeFemale')]]],
    ['HPHT without pregnancy', () => ({ ...full.person(), isPregnant: false }), [['lastMenstrualPeriod', v('lmpWithoutPregnancy')]]],
    ['HPHT with pregnancy unknown', () => ({ ...full.person(), isPregnant: null }), [['lastMenstrualPeriod', v('lmpWithoutPregnancy')]]],
    ['HPHT on the birth date', () => ({ ...full.person(), lastMenstrualPeriod: '1995-05-12' }), [['lastMenstrualPeriod', v('lmpBeforeBirth')]]],
    ['delivery before birth', () => ({ ...full.person(), deliveryDate: '1990-01-01' }), [['deliveryDate', v('deliveryDateBeforeBirth')]]],
    ['wedding under 10 years after birth', () => ({ ...full.person(), weddingDate: '2005-05-11' }), [['weddingDate', v('weddingBeforeBirth')]]],
    [
      'several rules at once, in order',
      () => ({ ...minimal.person(), sex: 'M', birthDate: '2000-01-01', isPregnant: true, lastMenstrualPeriod: '1999-01-01' }),
      [
        ['isPregnant', v('pregnantMustBeFemale')],
        ['lastMenstrualPeriod', v('lmpBeforeBirth')],
      ],
    ],
  ],
  measurement: [
    ['child missing', () => ({ ...full.measurement(), personId: undefined }), [['personId', v('required')]]],
    ['date missing', () => ({ ...full.measurement(), date: undefined }), [['date', v('required')]]],
    ['date 31 April', () => ({ ...full.measurement(), date: '2025-04-31' }), [['date', v('date')]]],
    ['date after 2100', () => ({ ...full.measurement(), date: '2101-01-01' }), [['date', v('dateOutOfRange')]]],
    ['weight 0.4 kg', () => ({ ...full.measurement(), weightKg: 0.4 }), [['weightKg', v('min')]]],
    ['weight 60.01 kg', () => ({ ...full.measurement(), weightKg: 60.01 }), [['weightKg', v('max')]]],
    ['weight to 3 decimals', () => ({ ...full.measurement(), weightKg: 8.456 }), [['weightKg', v('decimals')]]],
    ['weight as text', () => ({ ...full.measurement(), weightKg: '8,4' }), [['weightKg', v('number')]]],
    ['length to 2 decimals', () => ({ ...full.measurement(), lengthCm: 71.25 }), [['lengthCm', v('decimals')]]],
    ['length 34.9 cm', () => ({ ...full.measurement(), lengthCm: 34.9 }), [['lengthCm', v('min')]]],
    ['head 61 cm', () => ({ ...full.measurement(), headCm: 61 }), [['headCm', v('max')]]],
    ['arm 4.9 cm', () => ({ ...full.measurement(), armCm: 4.9 }), [['armCm', v('min')]]],
    ['unknown method', () => ({ ...full.measurement(), measure: 'x' }), [['measure', v('choice')]]],
    ['unknown place', () => ({ ...full.measurement(), place: 'sekolah' }), [['place', v('choice')]]],
    ['oedema as text', () => ({ ...full.measurement(), oedema: 'tidak' }), [['oedema', v('boolean')]]],
    // Record-local rules
    ['no value at all', () => ({ ...minimal.measurement(), weightKg: null }), [['weightKg', v('measurementNeedsValue')]]],
    ['length without lying/standing', () => ({ ...full.measurement(), measure: null }), [['measure', v('measureRequired')]]],
  ],
  visit: [
    ['household missing', () => ({ ...full.visit(), householdId: undefined }), [['householdId', v('required')]]],
    ['date 2025-13-01', () => ({ ...full.visit(), date: '2025-13-01' }), [['date', v('date')]]],
    ['a target id invalid', () => ({ ...full.visit(), targetIds: [ids.child, 'x'] }), [['targetIds', v('recordId')]]],
    ['31 targets', () => ({ ...full.visit(), targetIds: Array.from({ length: 31 }, () => ids.child) }), [['targetIds', v('listTooLong')]]],
    ['targets not a list', () => ({ ...full.visit(), targetIds: ids.child }), [['targetIds', v('list')]]],
    ['an unknown topic', () => ({ ...full.visit(), topics: ['mp-asi', 'gizi'] }), [['topics', v('choice')]]],
    ['a topic twice', () => ({ ...full.visit(), topics: ['mp-asi', 'mp-asi'] }), [['topics', v('list')]]],
    ['topics not a list', () => ({ ...full.visit(), topics: 'mp-asi' }), [['topics', v('list')]]],
    ['unknown referral', () => ({ ...full.visit(), referral: 'dukun' }), [['referral', v('choice')]]],
    ['findings too long', () => ({ ...full.visit(), findings: long(1001) }), [['findings', v('tooLong')]]],
    // Record-local rules
    ['next visit before this visit', () => ({ ...full.visit(), nextVisitDate: '2025-02-09' }), [['nextVisitDate', v('nextVisitBeforeVisit')]]],
    ['referral note without a referral', () => ({ ...full.visit(), referral: null }), [['referral', v('referralNoteWithoutReferral')]]],
  ],
  outreach: [
    ['place missing', () => ({ ...full.outreach(), place: undefined }), [['place', v('required')]]],
    ['topic missing', () => ({ ...full.outreach(), topic: undefined }), [['topic', v('required')]]],
    ['topic unknown', () => ({ ...full.outreach(), topic: 'narkoba' }), [['topic', v('choice')]]],
    ['start time 9:00', () => ({ ...full.outreach(), startTime: '9:00' }), [['startTime', v('time')]]],
    ['end time 24:00', () => ({ ...full.outreach(), endTime: '24:00' }), [['endTime', v('time')]]],
    ['negative count', () => ({ ...full.outreach(), maleRemaja: -1 }), [['maleRemaja', v('min')]]],
    ['fractional count', () => ({ ...full.outreach(), femaleDewasa: 1.5 }), [['femaleDewasa', v('integer')]]],
    ['count over 10000', () => ({ ...full.outreach(), femaleAnak: 10_001 }), [['femaleAnak', v('max')]]],
    // Record-local rule
    ['ends before it starts', () => ({ ...full.outreach(), startTime: '11:00', endTime: '10:59' }), [['endTime', v('endBeforeStart')]]],
  ],
  sponsor: [
    ['kind missing', () => ({ ...full.sponsor(), kind: undefined }), [['kind', v('required')]]],
    ['kind unknown', () => ({ ...full.sponsor(), kind: 'yayasan' }), [['kind', v('choice')]]],
    ['name empty', () => ({ ...full.sponsor(), name: ' ' }), [['name', v('required')]]],
    ['name too long', () => ({ ...full.sponsor(), name: long(151) }), [['name', v('tooLong')]]],
    ['phone with letters', () => ({ ...full.sponsor(), phone: '0812-ABCD-7890' }), [['phone', v('phone')]]],
  ],
  pledge: [
    ['sponsor missing', () => ({ ...full.pledge(), sponsorId: undefined }), [['sponsorId', v('required')]]],
    ['support type unknown', () => ({ ...full.pledge(), supportType: 'beras' }), [['supportType', v('choice')]]],
    ['schedule missing', () => ({ ...full.pledge(), schedule: undefined }), [['schedule', v('required')]]],
    ['status unknown', () => ({ ...full.pledge(), status: 'lunas' }), [['status', v('choice')]]],
    ['start date missing', () => ({ ...full.pledge(), startDate: undefined }), [['startDate', v('required')]]],
    ['0 periods', () => ({ ...full.pledge(), periods: 0 }), [['periods', v('min')]]],
    ['521 periods', () => ({ ...full.pledge(), periods: 521 }), [['periods', v('max')]]],
    ['Rupiah with cents', () => ({ ...full.pledge(), amountRp: 1500.5 }), [['amountRp', v('integer')]]],
    ['negative Rupiah', () => ({ ...full.pledge(), amountRp: -1 }), [['amountRp', v('min')]]],
    ['quantity 0', () => ({ ...full.pledge(), quantity: 0 }), [['quantity', v('min')]]],
    // Record-local rules
    ['food without quantity or Rupiah', () => ({ ...full.pledge(), quantity: null, unit: null, amountRp: null }), [['quantity', v('pledgeNeedsAmount')]]],
    ['quantity without unit', () => ({ ...full.pledge(), unit: '  ' }), [['unit', v('unitRequired')]]],
    ['beneficiary kind without beneficiary', () => ({ ...full.pledge(), beneficiaryId: null }), [['beneficiaryId', v('beneficiaryIdRequired')]]],
    ['beneficiary without kind', () => ({ ...full.pledge(), beneficiaryKind: null }), [['beneficiaryKind', v('beneficiaryKindRequired')]]],
    ['once with 2 periods', () => ({ ...full.pledge(), schedule: 'sekali', periods: 2 }), [['periods', v('oncePledgeOnePeriod')]]],
  ],
  delivery: [
    ['pledge missing', () => ({ ...full.delivery(), pledgeId: undefined }), [['pledgeId', v('required')]]],
    ['pledge id invalid', () => ({ ...full.delivery(), pledgeId: '123' }), [['pledgeId', v('recordId')]]],
    ['items empty', () => ({ ...full.delivery(), items: '' }), [['items', v('required')]]],
    ['date invalid', () => ({ ...full.delivery(), date: '2025-02-30' }), [['date', v('date')]]],
    ['negative value', () => ({ ...full.delivery(), valueRp: -5 }), [['valueRp', v('min')]]],
    // Record-local rule
    ['quantity without unit', () => ({ ...full.delivery(), unit: null }), [['unit', v('unitRequired')]]],
  ],
  pokjaMember: [
    ['name missing', () => ({ ...full.pokjaMember(), name: undefined }), [['name', v('required')]]],
    ['position unknown', () => ({ ...full.pokjaMember(), position: 'ketua-rt' }), [['position', v('choice')]]],
    ['active missing', () => ({ ...full.pokjaMember(), active: undefined }), [['active', v('required')]]],
    ['active as number', () => ({ ...full.pokjaMember(), active: 1 }), [['active', v('boolean')]]],
  ],
  meeting: [
    ['title missing', () => ({ ...full.meeting(), title: undefined }), [['title', v('required')]]],
    ['date missing', () => ({ ...full.meeting(), date: undefined }), [['date', v('required')]]],
    ['start time 12:60', () => ({ ...full.meeting(), startTime: '12:60' }), [['startTime', v('time')]]],
    ['conclusions too long', () => ({ ...full.meeting(), conclusions: long(4001) }), [['conclusions', v('tooLong')]]],
    // Record-local rule
    ['ends before it starts', () => ({ ...full.meeting(), endTime: '08:00' }), [['endTime', v('endBeforeStart')]]],
  ],
  attendance: [
    ['status missing', () => ({ ...full.attendance(), status: undefined }), [['status', v('required')]]],
    ['status unknown', () => ({ ...full.attendance(), status: 'sakit' }), [['status', v('choice')]]],
    ['signature a JPEG', () => ({ ...full.attendance(), signature: 'data:image/jpeg;base64,AAAA' }), [['signature', v('signature')]]],
    ['signature too large', () => ({ ...full.attendance(), signature: `data:image/png;base64,${'A'.repeat(maxSignatureChars)}` }), [['signature', v('signatureTooLarge')]]],
    // Record-local rules
    ['no meeting and no outreach', () => ({ ...full.attendance(), meetingId: null }), [['meetingId', v('attendanceNeedsEvent')]]],
    ['both a meeting and an outreach', () => ({ ...full.attendance(), outreachId: ids.outreach }), [['meetingId', v('attendanceNeedsEvent')]]],
    ['neither a member nor a name', () => ({ ...minimal.attendance(), memberId: null, name: '' }), [['name', v('attendanceNeedsPerson')]]],
  ],
  actionItem: [
    ['meeting missing', () => ({ ...full.actionItem(), meetingId: undefined }), [['meetingId', v('required')]]],
    ['what empty', () => ({ ...full.actionItem(), what: '' }), [['what', v('required')]]],
    ['who missing', () => ({ ...full.actionItem(), who: undefined }), [['who', v('required')]]],
    ['due date invalid', () => ({ ...full.actionItem(), dueDate: '2025-02-29' }), [['dueDate', v('date')]]],
    ['status unknown', () => ({ ...full.actionItem(), status: 'tertunda' }), [['status', v('choice')]]],
    ['status missing', () => ({ ...full.actionItem(), status: undefined }), [['status', v('required')]]],
  ],
};

describe.each(recordKinds)('%s: invalid records', (kind) => {
  it.each(invalid[kind])('%s', (_name, record, expected) => {
    expect(issuesOf(kind, record())).toEqual(expected);
  });
});

describe('boundaries that are still valid', () => {
  it('person: wedding exactly 10 years after birth, HPHT and delivery the day after birth', () => {
    expect(issuesOf('person', { ...full.person(), weddingDate: '2005-05-12' })).toEqual([]);
    expect(issuesOf('person', { ...full.person(), lastMenstrualPeriod: '1995-05-13', deliveryDate: '1995-05-13' })).toEqual([]);
  });

  it('person: the pregnancy rules need no birth date', () => {
    expect(issuesOf('person', { ...full.person(), birthDate: null, nik: null })).toEqual([]);
  });

  it('person: a woman with pregnancy unknown and no HPHT', () => {
    expect(issuesOf('person', { ...minimal.person(), isPregnant: null, lastMenstrualPeriod: null })).toEqual([]);
  });

  it('measurement: any one value is enough; weight alone needs no method', () => {
    const none = { ...minimal.measurement(), weightKg: null };
    expect(issuesOf('measurement', { ...none, headCm: 44 })).toEqual([]);
    expect(issuesOf('measurement', { ...none, armCm: 12.5 })).toEqual([]);
    expect(issuesOf('measurement', { ...none, lengthCm: 70, measure: 'h' })).toEqual([]);
    expect(issuesOf('measurement', { ...minimal.measurement(), weightKg: 0.5 })).toEqual([]);
    expect(issuesOf('measurement', { ...minimal.measurement(), weightKg: 60 })).toEqual([]);
  });

  it('visit: next visit on the same day; empty topic list', () => {
    expect(issuesOf('visit', { ...full.visit(), nextVisitDate: '2025-02-10', topics: [] })).toEqual([]);
  });

  it('outreach and meeting: end time equal to start time', () => {
    expect(issuesOf('outreach', { ...full.outreach(), startTime: '10:00', endTime: '10:00' })).toEqual([]);
    expect(issuesOf('meeting', { ...full.meeting(), startTime: '00:00', endTime: '23:59' })).toEqual([]);
  });

  it('pledge: mentoring and education need no amount; Rupiah alone is enough; once with 1 period', () => {
    expect(issuesOf('pledge', { ...minimal.pledge(), supportType: 'edukasi' })).toEqual([]);
    expect(issuesOf('pledge', { ...minimal.pledge(), supportType: 'uang-tunai', amountRp: 100_000 })).toEqual([]);
    expect(issuesOf('pledge', { ...minimal.pledge(), schedule: 'sekali', periods: 1 })).toEqual([]);
    expect(issuesOf('pledge', { ...minimal.pledge(), schedule: 'sekali' })).toEqual([]);
  });

  it('attendance: a guest by name at an outreach session', () => {
    expect(issuesOf('attendance', { ...minimal.attendance(), meetingId: null, outreachId: ids.outreach, memberId: null, name: 'Tamu' })).toEqual([]);
    expect(issuesOf('attendance', { ...minimal.attendance(), signature: tinyPng })).toEqual([]);
  });
});

describe('what a parse returns', () => {
  it('trims text fields', () => {
    const parsed = recordSchemas.household.parse({ ...minimal.household(), headName: '  Siti  ', dusun: ' Krajan ' });
    expect(parsed.headName).toBe('Siti');
    expect(parsed.dusun).toBe('Krajan');
  });

  it('reports every failing field of a record, each once, with the limits as params', () => {
    const parsed = recordSchemas.household.safeParse({ ...full.household(), headName: long(101), welfareDecile: 12 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(toFieldIssues(parsed.error)).toEqual([
      { field: 'headName', path: 'headName', messageKey: 'validation.tooLong', params: { max: 100 } },
      { field: 'welfareDecile', path: 'welfareDecile', messageKey: 'validation.max', params: { max: 10 } },
    ]);
  });

  it('gives nested paths for list items and GPS parts', () => {
    const visit = recordSchemas.visit.safeParse({ ...full.visit(), topics: ['mp-asi', 'gizi'] });
    const household = recordSchemas.household.safeParse({ ...full.household(), gps: { lat: 10, lon: 106.8 } });
    expect(visit.success || toFieldIssues(visit.error)[0]?.path).toBe('topics.1');
    expect(household.success || toFieldIssues(household.error)[0]?.path).toBe('gps.lat');
  });

  it('outreachAudienceTotal adds the six counts, absent ones as 0', () => {
    expect(outreachAudienceTotal(recordSchemas.outreach.parse(full.outreach()))).toBe(41);
    expect(outreachAudienceTotal({ maleRemaja: 3, femaleRemaja: null })).toBe(3);
  });
});
