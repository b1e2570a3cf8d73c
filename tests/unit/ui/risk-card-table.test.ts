// Every value of every factor on the household's risk card, with the words and the badge a
// cadre reads (issue #14: "Kurang layak" was shown with a green "Baik", and a family with one
// child read "Jarak kelahiran terdekat: Kurang dari 2 anak"). Table-driven: one row per value.
import { describe, expect, it } from 'vitest';
import { familyRisk } from '../../../src/domain/family-risk.ts';
import type { Household } from '../../../src/domain/household.ts';
import { drinkingWaterSources, houseConditions, properDrinkingWaterSources, properToiletKinds, toiletKinds } from '../../../src/domain/household.ts';
import type { Person } from '../../../src/domain/person.ts';
import { translate } from '../../../src/i18n/index.ts';
import type { MessageKey } from '../../../src/i18n/index.ts';
import { factorValueText, riskFactorRows } from '../../../src/ui/households/risk-factors.ts';
import type { FactorName, FactorStatus } from '../../../src/ui/households/risk-factors.ts';
import { makeHousehold, makePerson } from './fixtures.ts';

const today = '2025-06-15';
const t = (key: MessageKey, params?: Record<string, string | number>) => translate('id', key, params);
const badge: Record<FactorStatus, string | null> = { risk: 'Berisiko', ok: 'Baik', note: 'Perhatian', unknown: null, none: null };

/** What the card shows for one factor: the value's words and the badge (null: no badge). */
function shown(household: Household, members: Person[], factor: FactorName): { text: string; badge: string | null } {
  const row = riskFactorRows(household, members, familyRisk(household, members, today), today).find((r) => r.factor === factor);
  if (!row) throw new Error(`no row ${factor}`);
  const badgeKey = row.status === 'risk' || row.status === 'ok' || row.status === 'note' ? (`households.risk.status.${row.status}` as const) : null;
  const text = factorValueText(t, row.value);
  expect(text).not.toMatch(/^households\./);
  expect(badgeKey ? t(badgeKey) : null).toBe(badge[row.status]);
  return { text, badge: badge[row.status] };
}

const household = (fields: Partial<Household> = {}) => makeHousehold({ headName: 'Sutrisno', ...fields });

describe('risk card: drinking water', () => {
  it.each(drinkingWaterSources.map((source) => [source]))('%s', (source) => {
    const proper = properDrinkingWaterSources.includes(source);
    expect(shown(household({ drinkingWater: source }), [], 'water')).toEqual({ text: t(`households.drinkingWater.${source}`), badge: proper ? 'Baik' : 'Berisiko' });
  });
  it('unknown', () => expect(shown(household(), [], 'water')).toEqual({ text: 'Belum diketahui', badge: null }));
});

describe('risk card: toilet', () => {
  it.each(toiletKinds.map((kind) => [kind]))('%s', (kind) => {
    const proper = properToiletKinds.includes(kind);
    expect(shown(household({ toilet: kind }), [], 'toilet')).toEqual({ text: t(`households.toilet.${kind}`), badge: proper ? 'Baik' : 'Berisiko' });
  });
});

describe('risk card: house condition', () => {
  const expected = { layak: ['Layak huni', 'Baik'], 'kurang-layak': ['Kurang layak', 'Perhatian'], 'tidak-layak': ['Tidak layak huni', 'Perhatian'] } as const;
  it.each(houseConditions.map((condition) => [condition]))('%s', (condition) => {
    const [text, mark] = expected[condition];
    expect(shown(household({ houseCondition: condition }), [], 'housing')).toEqual({ text, badge: mark });
  });
});

describe('risk card: welfare decile', () => {
  it.each(Array.from({ length: 10 }, (_, i) => [i + 1]))('desil %i', (decile) => {
    expect(shown(household({ welfareDecile: decile }), [], 'decile')).toEqual({ text: `Desil ${decile}`, badge: decile <= 4 ? 'Perhatian' : 'Baik' });
  });
});

describe("risk card: the wife's age", () => {
  it.each([15, 19, 20, 27, 34, 35, 42, 49, 50, 60].map((age) => [age]))('%i tahun', (age) => {
    const h = household();
    const wife = makePerson(h, { name: 'Ani', relation: 'istri', birthDate: `${2025 - age}-01-01`, maritalStatus: 'kawin' });
    const risky = age < 20 || (age >= 35 && age < 50);
    expect(shown(h, [wife], 'wifeAge')).toEqual({ text: `${age} tahun`, badge: risky ? 'Berisiko' : 'Baik' });
  });
  it('no wife', () => expect(shown(household(), [], 'wifeAge')).toEqual({ text: 'Belum ada istri tercatat', badge: null }));
});

describe('risk card: birth spacing', () => {
  const withChildren = (...births: (string | undefined)[]) => {
    const h = household();
    const wife = makePerson(h, { name: 'Ani', relation: 'istri', birthDate: '1995-01-01', maritalStatus: 'kawin' });
    return { h, members: [wife, ...births.map((birthDate, i) => makePerson(h, { name: `Anak ${i}`, birthDate, motherId: wife.id }))] };
  };
  const cases: [string, (string | undefined)[], { text: string; badge: string | null }][] = [
    ['no children', [], { text: 'Belum ada anak tercatat', badge: null }],
    ['one child', ['2024-01-01'], { text: 'Baru satu kelahiran, belum ada jarak', badge: null }],
    ['twins are one birth', ['2024-01-01', '2024-01-01'], { text: 'Baru satu kelahiran, belum ada jarak', badge: null }],
    ['12 months apart', ['2023-01-01', '2024-01-01'], { text: '12 bulan', badge: 'Berisiko' }],
    ['30 months apart', ['2021-07-01', '2024-01-01'], { text: '30 bulan', badge: 'Baik' }],
    ['a birth date missing', ['2024-01-01', undefined], { text: 'Belum diketahui', badge: null }],
  ];
  it.each(cases)('%s', (_name, births, expected) => {
    const { h, members } = withChildren(...births);
    expect(shown(h, members, 'spacing')).toEqual(expected);
  });
});

describe('risk card: number of children', () => {
  it.each([0, 1, 3, 4, 6].map((n) => [n]))('%i anak', (count) => {
    const h = household();
    const wife = makePerson(h, { name: 'Ani', relation: 'istri', birthDate: '1995-01-01', maritalStatus: 'kawin', childrenBornAlive: count });
    expect(shown(h, [wife], 'children')).toEqual({ text: `${count} anak`, badge: count > 3 ? 'Berisiko' : 'Baik' });
  });
});
