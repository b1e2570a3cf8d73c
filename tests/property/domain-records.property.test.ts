// Properties of the record schemas and domain rules over generated data (fixed seeds):
// generated valid records of every kind parse, and a parsed record survives JSON (the sync wire and
// IndexedDB) and a second parse unchanged; a NIK built from a birth date and sex never
// warns; village codes round-trip through their dotted form; pledge fulfilment figures stay
// within their bounds whatever the deliveries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromEpochDay, toEpochDay } from '../../src/domain/calendar-date.ts';
import { toFieldIssues } from '../../src/domain/field-issues.ts';
import { drinkingWaterSources, houseConditions, toiletKinds } from '../../src/domain/household.ts';
import { measureMethods, measurementPlaces } from '../../src/domain/measurement.ts';
import { checkNikConsistency, parseNik } from '../../src/domain/nik.ts';
import { educationLevels, familyRelations, maritalStatuses } from '../../src/domain/person.ts';
import { pledgeFulfilment } from '../../src/domain/pledge-fulfilment.ts';
import { pledgeSchedules, pledgeStatuses, supportTypes } from '../../src/domain/pledge.ts';
import type { RecordKind } from '../../src/domain/record-kinds.ts';
import { recordSchemas } from '../../src/domain/registry.ts';
import { formatVillageCode, parseVillageCode, provinceCodes } from '../../src/domain/village-code.ts';
import { counsellingTopics, referralTargets } from '../../src/domain/visit.ts';
import { outreachTopics } from '../../src/domain/outreach.ts';
import { sponsorKinds } from '../../src/domain/sponsor.ts';
import { pokjaPositions } from '../../src/domain/pokja-member.ts';
import { attendanceStatuses } from '../../src/domain/attendance.ts';
import { actionItemStatuses } from '../../src/domain/action-item.ts';
import { recordKinds } from '../../src/domain/record-kinds.ts';
import { fcParams } from './seed.ts';

const params = fcParams(4_242, 300);

const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));
const uuidV7 = fc
  .tuple(hex(8), hex(4), hex(3), fc.constantFrom('8', '9', 'a', 'b'), hex(3), hex(12))
  .map(([a, b, c, variant, d, e]) => `${a}-${b}-7${c}-${variant}${d}-${e}`);
const ulid = fc.stringMatching(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
const recordId = fc.oneof(uuidV7, ulid);
const timestamp = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(ms).toISOString());
const day = (from: string, to: string) => fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);
const villageCode = fc
  .tuple(
    fc.constantFrom(...provinceCodes),
    fc.oneof(fc.integer({ min: 1, max: 69 }), fc.integer({ min: 71, max: 99 })),
    fc.integer({ min: 1, max: 99 }),
    fc.constantFrom('1', '2'),
    fc.integer({ min: 1, max: 999 }),
  )
  .map(([p, k, c, kind, d]) => `${p}${String(k).padStart(2, '0')}${String(c).padStart(2, '0')}${kind}${String(d).padStart(3, '0')}`);
/** Text with something besides spaces, up to `max` UTF-16 units, any script. */
const words = (max: number) =>
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.floor(max / 8) }).filter((s) => s.trim().length > 0 && s.length <= max);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);

const base = fc.record({ id: recordId, villageCode, createdAt: timestamp, updatedAt: timestamp, deleted: fc.boolean() });
const withBase = <T extends object>(arb: fc.Arbitrary<T>) => fc.tuple(base, arb).map(([b, rest]) => ({ ...b, ...rest }));
const optionalKeys = { requiredKeys: [] as never[] };

const household = withBase(
  fc.record({
    headName: words(100),
    fields: fc.record(
      {
        dusun: opt(words(60)),
        rw: opt(fc.integer({ min: 0, max: 999 }).map(String)),
        rt: opt(fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'))),
        address: opt(words(200)),
        kkNumber: opt(digits(16)),
        phone: opt(fc.tuple(fc.constantFrom('0', '62', '+62 '), digits(10)).map(([prefix, rest]) => prefix + rest)),
        welfareDecile: opt(fc.integer({ min: 1, max: 10 })),
        drinkingWater: opt(fc.constantFrom(...drinkingWaterSources)),
        toilet: opt(fc.constantFrom(...toiletKinds)),
        houseCondition: opt(fc.constantFrom(...houseConditions)),
        // JSON writes -0 as 0: the wire has no negative zero.
        gps: opt(fc.record({ lat: fc.double({ min: -11.5, max: 6.5, noNaN: true }).map((n) => n + 0), lon: fc.double({ min: 94.5, max: 141.5, noNaN: true }) })),
        notes: opt(words(1000)),
      },
      optionalKeys,
    ),
  }).map(({ headName, fields }) => ({ headName, ...fields })),
);

const person = withBase(
  fc
    .record({
      householdId: recordId,
      name: words(100),
      female: fc.boolean(),
      birthDate: day('1950-01-01', '2024-12-31'),
      relation: fc.constantFrom(...familyRelations),
      maritalStatus: opt(fc.constantFrom(...maritalStatuses)),
      education: opt(fc.constantFrom(...educationLevels)),
      pregnant: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
      deliveredAfterDays: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null }),
      weddingAfterMonths: fc.option(fc.integer({ min: 120, max: 600 }), { nil: null }),
      serial: digits(4),
    })
    .map(({ female, birthDate, pregnant, deliveredAfterDays, weddingAfterMonths, serial, ...rest }) => {
      const [year, month, dayOfMonth] = birthDate.split('-');
      const nikDay = Number(dayOfMonth) + (female ? 40 : 0);
      return {
        ...rest,
        sex: female ? 'F' : 'M',
        birthDate,
        nik: `320101${String(nikDay).padStart(2, '0')}${month}${year?.slice(2)}${serial}`,
        isPregnant: female && pregnant !== null,
        lastMenstrualPeriod: female && pregnant !== null ? addDays(birthDate, 15 * 365 + pregnant) : null,
        deliveryDate: female && deliveredAfterDays !== null ? addDays(birthDate, deliveredAfterDays) : null,
        weddingDate: weddingAfterMonths === null ? null : addMonths(birthDate, weddingAfterMonths),
      };
    }),
);

const measurement = withBase(
  fc.record({
    personId: recordId,
    date: day('2000-01-01', '2030-12-31'),
    weightKg: fc.integer({ min: 50, max: 6000 }).map((n) => n / 100),
    lengthCm: opt(tenths(35, 130)),
    measure: fc.constantFrom(...measureMethods),
    headCm: opt(tenths(20, 60)),
    armCm: opt(tenths(5, 30)),
    oedema: opt(fc.boolean()),
    place: opt(fc.constantFrom(...measurementPlaces)),
    measuredBy: opt(words(100)),
  }),
);

const visit = withBase(
  fc
    .record({
      householdId: recordId,
      date: day('2020-01-01', '2030-12-31'),
      targetIds: opt(fc.array(recordId, { maxLength: 30 })),
      topics: opt(fc.uniqueArray(fc.constantFrom(...counsellingTopics))),
      referral: opt(fc.constantFrom(...referralTargets)),
      nextInDays: opt(fc.integer({ min: 0, max: 90 })),
    })
    .map(({ nextInDays, ...rest }) => ({ ...rest, nextVisitDate: nextInDays === null ? null : addDays(rest.date, nextInDays) })),
);

const pledge = withBase(
  fc
    .record({
      sponsorId: recordId,
      supportType: fc.constantFrom(...supportTypes),
      quantity: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
      unit: words(30),
      amountRp: opt(fc.integer({ min: 0, max: 10_000_000 })),
      schedule: fc.constantFrom(...pledgeSchedules),
      startDate: day('2024-01-01', '2030-12-31'),
      periods: opt(fc.integer({ min: 1, max: 520 })),
      beneficiaryId: opt(recordId),
      status: fc.constantFrom(...pledgeStatuses),
    })
    .map((p) => ({
      ...p,
      periods: p.schedule === 'sekali' ? 1 : p.periods,
      beneficiaryKind: p.beneficiaryId ? ('anak' as const) : null,
    })),
);

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** Two valid times in order, or neither. */
const timeSpan = opt(fc.tuple(time, time).map(([a, b]) => (a <= b ? [a, b] : [b, a])));
const count = opt(fc.integer({ min: 0, max: 10_000 }));

const outreach = withBase(
  fc
    .record({
      date: day('2020-01-01', '2030-12-31'),
      span: timeSpan,
      place: words(120),
      topic: fc.constantFrom(...outreachTopics),
      title: opt(words(150)),
      presenter: opt(words(100)),
      maleAnak: count,
      femaleAnak: count,
      maleRemaja: count,
      femaleRemaja: count,
      maleDewasa: count,
      femaleDewasa: count,
    })
    .map(({ span, ...rest }) => ({ ...rest, startTime: span?.[0] ?? null, endTime: span?.[1] ?? null })),
);

const sponsor = withBase(
  fc.record({ kind: fc.constantFrom(...sponsorKinds), name: words(150), contactPerson: opt(words(100)), address: opt(words(200)), notes: opt(words(1000)) }),
);

const delivery = withBase(
  fc
    .record({
      pledgeId: recordId,
      date: day('2020-01-01', '2030-12-31'),
      items: words(300),
      quantity: opt(fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100)),
      valueRp: opt(fc.integer({ min: 0, max: 100_000_000 })),
      receivedBy: opt(words(100)),
    })
    .map((d) => ({ ...d, unit: d.quantity === null ? null : 'kg' })),
);

const pokjaMember = withBase(
  fc.record({ name: words(100), position: fc.constantFrom(...pokjaPositions), positionNote: opt(words(100)), active: fc.boolean() }),
);

const meeting = withBase(
  fc
    .record({
      title: words(200),
      date: day('2020-01-01', '2030-12-31'),
      span: timeSpan,
      place: opt(words(150)),
      agenda: opt(words(2000)),
      background: opt(words(4000)),
      conclusions: opt(words(4000)),
    })
    .map(({ span, ...rest }) => ({ ...rest, startTime: span?.[0] ?? null, endTime: span?.[1] ?? null })),
);

const attendance = withBase(
  fc
    .record({
      event: recordId,
      atOutreach: fc.boolean(),
      memberId: opt(recordId),
      guest: words(100),
      status: fc.constantFrom(...attendanceStatuses),
      signature: opt(fc.base64String({ minLength: 4, maxLength: 400 }).filter((b) => b.length > 0).map((b) => `data:image/png;base64,${b}`)),
    })
    .map(({ event, atOutreach, memberId, guest, ...rest }) => ({
      ...rest,
      meetingId: atOutreach ? null : event,
      outreachId: atOutreach ? event : null,
      memberId,
      name: memberId ? null : guest,
    })),
);

const actionItem = withBase(
  fc.record({
    meetingId: recordId,
    what: words(500),
    who: words(150),
    dueDate: opt(day('2020-01-01', '2030-12-31')),
    status: fc.constantFrom(...actionItemStatuses),
    progressNotes: opt(words(2000)),
  }),
);

const arbitraries: [RecordKind, fc.Arbitrary<Record<string, unknown>>][] = [
  ['outreach', outreach],
  ['sponsor', sponsor],
  ['delivery', delivery],
  ['pokjaMember', pokjaMember],
  ['meeting', meeting],
  ['attendance', attendance],
  ['actionItem', actionItem],
  ['household', household],
  ['person', person],
  ['measurement', measurement],
  ['visit', visit],
  ['pledge', pledge],
];

describe('record schema properties', () => {
  it('has a generator for every kind', () => {
    expect(arbitraries.map(([kind]) => kind).sort()).toEqual([...recordKinds].sort());
  });

  it.each(arbitraries)('%s: generated valid records parse, survive JSON and parse again unchanged', (kind, arbitrary) => {
    const schema = recordSchemas[kind];
    fc.assert(
      fc.property(arbitrary, (record) => {
        const first = schema.safeParse(record);
        if (!first.success) throw new Error(JSON.stringify(toFieldIssues(first.error)));
        const wire = JSON.parse(JSON.stringify(first.data)) as unknown;
        expect(wire).toEqual(first.data);
        expect(schema.parse(wire)).toEqual(first.data);
      }),
      params,
    );
  });

  it('person: a NIK built from the birth date and sex never warns, and reads back', () => {
    fc.assert(
      fc.property(person, (p) => {
        expect(checkNikConsistency(p.nik as string, { birthDate: p.birthDate as string, sex: p.sex as 'M' | 'F', villageCode: '3201012001' })).toEqual([]);
        expect(parseNik(p.nik as string)?.sex).toBe(p.sex);
      }),
      params,
    );
  });
});

describe('village code properties', () => {
  it('a valid code round-trips through its dotted form', () => {
    fc.assert(
      fc.property(villageCode, (code) => {
        expect(parseVillageCode(formatVillageCode(code))).toEqual({ ok: true, value: code });
      }),
      params,
    );
  });
});

describe('pledge fulfilment properties', () => {
  const delivery = fc.record({ date: day('2023-06-01', '2032-12-31'), valueRp: opt(fc.integer({ min: 0, max: 1_000_000 })), deleted: fc.boolean() });

  it('behind <= dueWithGrace <= due <= periods; overdue iff behind; only active pledges are behind', () => {
    fc.assert(
      fc.property(pledge, fc.array(delivery, { maxLength: 30 }), day('2023-06-01', '2033-12-31'), (p, deliveries, today) => {
        const f = pledgeFulfilment(p as never, deliveries, today);
        const cap = p.schedule === 'sekali' ? 1 : ((p.periods as number | null) ?? Number.POSITIVE_INFINITY);
        expect(f.behind).toBeGreaterThanOrEqual(0);
        expect(f.behind).toBeLessThanOrEqual(f.dueWithGrace);
        expect(f.dueWithGrace).toBeLessThanOrEqual(f.due);
        expect(f.due).toBeLessThanOrEqual(cap);
        expect(f.overdue).toBe(f.behind > 0);
        if (p.status !== 'aktif') expect(f.behind).toBe(0);
        expect(f.delivered).toBe(deliveries.filter((d) => !d.deleted && d.date <= today).length);
      }),
      params,
    );
  });

  it('what is due never decreases as days pass', () => {
    fc.assert(
      fc.property(pledge, day('2023-06-01', '2033-12-31'), fc.integer({ min: 1, max: 400 }), (p, today, later) => {
        const now = pledgeFulfilment(p as never, [], today);
        const after = pledgeFulfilment(p as never, [], addDays(today, later));
        expect(after.due).toBeGreaterThanOrEqual(now.due);
        expect(after.dueWithGrace).toBeGreaterThanOrEqual(now.dueWithGrace);
      }),
      params,
    );
  });
});
