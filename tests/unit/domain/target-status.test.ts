// Target status (sasaran TPK) of a person on a day: catin, ibu hamil, pasca persalinan,
// baduta, balita, PUS; gestational age and due date.
import { describe, expect, it } from 'vitest';
import { isUnderFive, postPartumDays, pregnancyDays, pregnancyOf, targetStatus } from '../../../src/domain/target-status.ts';

const today = '2025-03-01';
type Facts = Parameters<typeof targetStatus>[0];
const targets = (person: Facts, day = today) => targetStatus(person, day).targets;
const woman = (extra: Partial<Facts> = {}): Facts => ({ sex: 'F', birthDate: '1995-05-12', ...extra });
const child = (birthDate: string): Facts => ({ sex: 'M', birthDate });

describe('catin: wedding within the next 3 months', () => {
  it('from the wedding day back to 3 months before it', () => {
    expect(targets(woman({ weddingDate: today }))).toEqual(['catin']);
    expect(targets(woman({ weddingDate: '2025-06-01' }))).toEqual(['catin']);
    expect(targets(woman({ weddingDate: '2025-06-02' }))).toEqual([]);
    expect(targets(woman({ weddingDate: '2025-02-28' }))).toEqual([]);
  });

  it('applies to men too', () => {
    expect(targets({ sex: 'M', birthDate: '1998-01-01', weddingDate: '2025-04-01' })).toEqual(['catin']);
  });
});

describe('ibu hamil: gestational age and due date from HPHT', () => {
  it('counts completed weeks and days and the due date (HPHT + 280 days)', () => {
    const status = targetStatus(woman({ isPregnant: true, lastMenstrualPeriod: '2024-12-01' }), today);
    expect(status.targets).toEqual(['ibu-hamil']);
    expect(status.pregnancy).toEqual({ gestationalWeeks: 12, gestationalDays: 6, dueDate: '2025-09-07', trimester: 1 });
    expect(pregnancyDays).toBe(280);
  });

  it('changes trimester at 14 and 28 completed weeks', () => {
    const weeks = (days: number) => pregnancyOf('2024-01-01', addToLmp(days));
    expect(weeks(14 * 7 - 1)).toMatchObject({ gestationalWeeks: 13, gestationalDays: 6, trimester: 1 });
    expect(weeks(14 * 7)).toMatchObject({ gestationalWeeks: 14, gestationalDays: 0, trimester: 2 });
    expect(weeks(28 * 7 - 1)).toMatchObject({ gestationalWeeks: 27, trimester: 2 });
    expect(weeks(28 * 7)).toMatchObject({ gestationalWeeks: 28, trimester: 3 });
    expect(weeks(40 * 7)).toMatchObject({ gestationalWeeks: 40, dueDate: '2024-10-07', trimester: 3 });
  });

  it('handles a leap day between HPHT and the due date', () => {
    expect(pregnancyOf('2023-06-01', '2023-06-01').dueDate).toBe('2024-03-07');
    expect(pregnancyOf('2024-06-01', '2024-06-01').dueDate).toBe('2025-03-08');
  });

  it('without HPHT: still pregnant, age unknown', () => {
    const status = targetStatus(woman({ isPregnant: true }), today);
    expect(status.targets).toEqual(['ibu-hamil']);
    expect(status.pregnancy).toEqual({ gestationalWeeks: null, gestationalDays: null, dueDate: null, trimester: null });
  });

  it('an HPHT after today counts as week 0', () => {
    expect(pregnancyOf('2025-03-05', today)).toMatchObject({ gestationalWeeks: 0, gestationalDays: 0, dueDate: '2025-12-10' });
  });

  it('needs isPregnant true and a woman', () => {
    expect(targetStatus(woman({ isPregnant: null, lastMenstrualPeriod: '2024-12-01' }), today).pregnancy).toBeNull();
    expect(targets({ sex: 'M', isPregnant: true })).toEqual([]);
  });
});

describe('pasca persalinan: 42 days after delivery', () => {
  it('from the delivery day (day 0) to day 42', () => {
    expect(postPartumDays).toBe(42);
    expect(targetStatus(woman({ deliveryDate: today }), today)).toMatchObject({ targets: ['pasca-persalinan'], postPartumDay: 0 });
    expect(targetStatus(woman({ deliveryDate: '2025-01-18' }), today)).toMatchObject({ targets: ['pasca-persalinan'], postPartumDay: 42 });
    expect(targetStatus(woman({ deliveryDate: '2025-01-17' }), today)).toMatchObject({ targets: [], postPartumDay: null });
    expect(targetStatus(woman({ deliveryDate: '2025-03-02' }), today)).toMatchObject({ targets: [], postPartumDay: null });
  });

  it('is not post-partum while pregnant again, nor a man', () => {
    expect(targets(woman({ deliveryDate: '2025-02-20', isPregnant: true }))).toEqual(['ibu-hamil']);
    expect(targets({ sex: 'M', deliveryDate: '2025-02-20' })).toEqual([]);
  });
});

describe('baduta and balita: completed months', () => {
  it.each([
    ['born today', '2025-03-01', 0, ['baduta']],
    ['23 months and 30 days', '2023-03-02', 23, ['baduta']],
    ['24 months', '2023-03-01', 24, ['balita']],
    ['59 months', '2020-03-02', 59, ['balita']],
    ['60 months', '2020-03-01', 60, []],
  ])('%s', (_name, birthDate, months, expected) => {
    const status = targetStatus(child(birthDate), today);
    expect(status.ageMonths).toBe(months);
    expect(status.targets).toEqual(expected);
    expect(isUnderFive(birthDate, today)).toBe(months < 60);
  });

  it('no age and no target without a birth date or with one after today', () => {
    expect(targetStatus({ sex: 'F' }, today)).toMatchObject({ ageMonths: null, targets: [] });
    expect(targetStatus(child('2025-03-02'), today)).toMatchObject({ ageMonths: null, targets: [] });
    expect(isUnderFive(null, today)).toBe(false);
    expect(isUnderFive('2025-03-02', today)).toBe(false);
  });

  it('a child born on 29 February turns 24 months on 28 February of a common year', () => {
    expect(targets(child('2024-02-29'), '2026-02-27')).toEqual(['baduta']);
    expect(targets(child('2024-02-29'), '2026-02-28')).toEqual(['balita']);
  });
});

describe('PUS: married woman aged 15-49', () => {
  it.each([
    ['15 today', '2010-03-01', 'kawin', true],
    ['a day short of 15', '2010-03-02', 'kawin', false],
    ['49 and 364 days', '1975-03-02', 'kawin', true],
    ['50 today', '1975-03-01', 'kawin', false],
    ['not married', '1995-05-12', 'belum-kawin', false],
    ['divorced', '1995-05-12', 'cerai-hidup', false],
    ['marital status unknown', '1995-05-12', null, false],
  ] as const)('%s', (_name, birthDate, maritalStatus, pus) => {
    expect(targets(woman({ birthDate, maritalStatus })).includes('pus')).toBe(pus);
  });

  it('the head\'s wife (relation istri) is married unless her marital status says otherwise', () => {
    expect(targets(woman({ relation: 'istri', maritalStatus: null }))).toEqual(['pus']);
    expect(targets(woman({ relation: 'istri' }))).toEqual(['pus']);
    expect(targets(woman({ relation: 'istri', maritalStatus: 'cerai-mati' }))).toEqual([]);
    expect(targets(woman({ relation: 'anak', maritalStatus: null }))).toEqual([]);
  });

  it('never a man; unknown age is not PUS', () => {
    expect(targets({ sex: 'M', birthDate: '1990-01-01', maritalStatus: 'kawin' })).toEqual([]);
    expect(targets(woman({ birthDate: null, maritalStatus: 'kawin' }))).toEqual([]);
  });

  it('combines with the other targets in a fixed order', () => {
    expect(targets(woman({ maritalStatus: 'kawin', isPregnant: true, lastMenstrualPeriod: '2025-01-01', weddingDate: '2025-04-01' }))).toEqual([
      'catin',
      'ibu-hamil',
      'pus',
    ]);
    expect(targets(woman({ birthDate: '2009-06-01', maritalStatus: 'kawin', deliveryDate: '2025-02-01' }))).toEqual(['pasca-persalinan', 'pus']);
  });
});

function addToLmp(days: number): string {
  const date = new Date(Date.UTC(2024, 0, 1 + days));
  return date.toISOString().slice(0, 10);
}
