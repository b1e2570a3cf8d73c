// Keluarga berisiko stunting (KRS, BKKBN PK21, DOMAIN.md "Rules"): a target AND a risk
// factor. Each factor on its own, no target -> not at risk, unknown data -> missing.
import { describe, expect, it } from 'vitest';
import { familyRisk } from '../../../src/domain/family-risk.ts';

const today = '2025-03-01';
type Household = Parameters<typeof familyRisk>[0];
type Member = Parameters<typeof familyRisk>[1][number];

const goodHouse: Household = { drinkingWater: 'ledeng', toilet: 'sendiri-septik', houseCondition: 'layak', welfareDecile: 7 };
let next = 0;
function member(extra: Partial<Member> & Pick<Member, 'relation' | 'sex'>): Member {
  next += 1;
  return { id: `m${next}`, ...extra };
}
const husband = () => member({ relation: 'kepala-keluarga', sex: 'M', birthDate: '1990-01-01', maritalStatus: 'kawin', education: 'sma' });
const wife = (birthDate: string | null = '1995-05-12', extra: Partial<Member> = {}) =>
  member({ relation: 'istri', sex: 'F', birthDate, maritalStatus: 'kawin', education: 'sma', ...extra });
const kid = (birthDate: string, extra: Partial<Member> = {}) => member({ relation: 'anak', sex: 'M', birthDate, ...extra });

/** A family with a baduta and a 29-year-old wife in a house with proper water and toilet. */
function family(extra: Member[] = []): Member[] {
  return [husband(), wife(), kid('2024-09-01'), ...extra];
}

describe('a family with targets', () => {
  it('is not at risk without a risk factor, and says who the targets are', () => {
    expect(familyRisk(goodHouse, family(), today)).toEqual({ atRisk: false, targets: ['pus', 'baduta'], reasons: [], context: [], missing: [] });
  });

  it.each([
    ['sumur-tak-terlindung'],
    ['mata-air-tak-terlindung'],
    ['air-hujan'],
    ['air-permukaan'],
    ['lainnya'],
  ] as const)('is at risk with improper drinking water (%s)', (drinkingWater) => {
    expect(familyRisk({ ...goodHouse, drinkingWater }, family(), today)).toMatchObject({ atRisk: true, reasons: ['air-minum'] });
  });

  it.each([['kemasan-isi-ulang'], ['ledeng'], ['sumur-bor'], ['sumur-terlindung'], ['mata-air-terlindung']] as const)(
    'proper drinking water (%s) is no risk',
    (drinkingWater) => {
      expect(familyRisk({ ...goodHouse, drinkingWater }, family(), today).reasons).toEqual([]);
    },
  );

  it.each([['sendiri-tanpa-septik'], ['umum'], ['tidak-ada']] as const)('is at risk with an improper toilet (%s)', (toilet) => {
    expect(familyRisk({ ...goodHouse, toilet }, family(), today)).toMatchObject({ atRisk: true, reasons: ['jamban'] });
  });

  it('a shared toilet with a septic tank is proper', () => {
    expect(familyRisk({ ...goodHouse, toilet: 'bersama-septik' }, family(), today).reasons).toEqual([]);
  });

  it('terlalu muda: wife under 20', () => {
    const young = [husband(), wife('2005-03-02'), kid('2024-09-01')];
    expect(familyRisk(goodHouse, young, today)).toMatchObject({ atRisk: true, reasons: ['terlalu-muda'] });
    const twenty = [husband(), wife('2005-03-01'), kid('2024-09-01')];
    expect(familyRisk(goodHouse, twenty, today).reasons).toEqual([]);
  });

  it('terlalu tua: wife 35 or over (while of reproductive age)', () => {
    const at35 = [husband(), wife('1990-03-01'), kid('2024-09-01')];
    expect(familyRisk(goodHouse, at35, today)).toMatchObject({ atRisk: true, reasons: ['terlalu-tua'] });
    const under35 = [husband(), wife('1990-03-02'), kid('2024-09-01')];
    expect(familyRisk(goodHouse, under35, today).reasons).toEqual([]);
  });

  it('terlalu dekat: two children born less than 2 years apart', () => {
    expect(familyRisk(goodHouse, family([kid('2022-09-02')]), today)).toMatchObject({ atRisk: true, reasons: ['terlalu-dekat'] });
    expect(familyRisk(goodHouse, family([kid('2022-09-01')]), today).reasons).toEqual([]);
  });

  it('twins are one birth, not births too close together', () => {
    expect(familyRisk(goodHouse, family([kid('2024-09-01')]), today).reasons).toEqual([]);
    expect(familyRisk(goodHouse, family([kid('2024-09-01'), kid('2023-10-01')]), today).reasons).toEqual(['terlalu-dekat']);
  });

  it('terlalu banyak: more than 3 children in the family or ever born alive', () => {
    const four = family([kid('2020-01-01'), kid('2016-01-01'), kid('2012-01-01')]);
    expect(familyRisk(goodHouse, four, today)).toMatchObject({ atRisk: true, reasons: ['terlalu-banyak'] });
    const three = family([kid('2020-01-01'), kid('2016-01-01')]);
    expect(familyRisk(goodHouse, three, today).reasons).toEqual([]);
    const bornAlive = [husband(), wife('1995-05-12', { childrenBornAlive: 4 }), kid('2024-09-01')];
    expect(familyRisk(goodHouse, bornAlive, today).reasons).toEqual(['terlalu-banyak']);
  });

  it('a wife of 50 or over has no "4 Terlalu": her grown children are no risk to a grandchild', () => {
    const grandmother = wife('1970-01-01', { childrenBornAlive: 6 });
    const members = [
      husband(),
      grandmother,
      kid('1990-01-01'),
      kid('1991-01-01'),
      kid('1992-01-01'),
      kid('1993-01-01'),
      member({ relation: 'cucu', sex: 'F', birthDate: '2024-09-01' }),
    ];
    expect(familyRisk(goodHouse, members, today)).toMatchObject({ atRisk: false, targets: ['baduta'], reasons: [] });
    // At 49 the same births still count.
    const younger = members.map((m) => (m === grandmother ? { ...m, birthDate: '1975-03-02' } : m));
    expect(familyRisk(goodHouse, younger, today).reasons).toEqual(['terlalu-tua', 'terlalu-dekat', 'terlalu-banyak']);
  });

  it('counts the wife\'s own children (motherId) when they are linked', () => {
    const mother = wife();
    const members = [
      husband(),
      mother,
      kid('2024-09-01', { motherId: mother.id }),
      // The husband's children of an earlier marriage, close together: not the wife's births.
      kid('2010-01-01'),
      kid('2010-12-01'),
    ];
    expect(familyRisk(goodHouse, members, today).reasons).toEqual([]);
  });

  it('lists every reason, in a fixed order', () => {
    const members = [husband(), wife('2006-01-01'), kid('2024-09-01'), kid('2023-12-01'), kid('2022-12-01'), kid('2022-01-01')];
    expect(familyRisk({ ...goodHouse, drinkingWater: 'air-hujan', toilet: 'tidak-ada' }, members, today).reasons).toEqual([
      'air-minum',
      'jamban',
      'terlalu-muda',
      'terlalu-dekat',
      'terlalu-banyak',
    ]);
  });

  it('a wife on the KK is a PUS target even when her marital status was not filled in', () => {
    const members = [husband(), wife('1995-05-12', { maritalStatus: null })];
    expect(familyRisk({ ...goodHouse, drinkingWater: 'air-hujan' }, members, today)).toMatchObject({ atRisk: true, targets: ['pus'], reasons: ['air-minum'] });
  });

  it('a pregnant woman alone is a target', () => {
    const members = [member({ relation: 'kepala-keluarga', sex: 'F', birthDate: '1980-01-01', isPregnant: true, maritalStatus: 'cerai-mati' })];
    expect(familyRisk({ ...goodHouse, toilet: 'umum' }, members, today)).toMatchObject({ atRisk: true, targets: ['ibu-hamil'], reasons: ['jamban', 'terlalu-tua'] });
  });

  it('a balita (24-59 months) is a target', () => {
    const members = [member({ relation: 'cucu', sex: 'F', birthDate: '2021-01-01' })];
    expect(familyRisk({ ...goodHouse, drinkingWater: 'air-permukaan' }, members, today)).toMatchObject({ atRisk: true, targets: ['balita'] });
  });
});

describe('no target: never at risk', () => {
  it('shows the reasons but not the label when no one is a target', () => {
    const elderly = [member({ relation: 'kepala-keluarga', sex: 'M', birthDate: '1950-01-01' }), wife('1955-01-01')];
    expect(familyRisk({ ...goodHouse, drinkingWater: 'air-hujan', toilet: 'tidak-ada' }, elderly, today)).toEqual({
      atRisk: false,
      targets: [],
      reasons: ['air-minum', 'jamban'],
      context: [],
      missing: [],
    });
  });

  it('an empty household is not at risk', () => {
    expect(familyRisk({ drinkingWater: 'air-hujan', toilet: 'tidak-ada' }, [], today)).toMatchObject({ atRisk: false, targets: [] });
  });

  it('a post-partum mother or a catin is not a KRS target on their own', () => {
    const members = [member({ relation: 'kepala-keluarga', sex: 'F', birthDate: '1990-01-01', deliveryDate: '2025-02-20', weddingDate: '2025-04-01' })];
    expect(familyRisk({ ...goodHouse, toilet: 'umum' }, members, today)).toMatchObject({ atRisk: false, targets: [] });
  });

  it('ignores deleted members', () => {
    const baby = kid('2024-09-01');
    const members = [member({ relation: 'kepala-keluarga', sex: 'M', birthDate: '1950-01-01' }), { ...baby, deleted: true }];
    expect(familyRisk({ ...goodHouse, toilet: 'umum' }, members, today)).toMatchObject({ atRisk: false, targets: [] });
  });
});

describe('unknown data is missing, never a risk', () => {
  it('no water source or toilet recorded', () => {
    expect(familyRisk({}, family(), today)).toEqual({ atRisk: false, targets: ['pus', 'baduta'], reasons: [], context: [], missing: ['air-minum', 'jamban'] });
    expect(familyRisk({ drinkingWater: null, toilet: null }, family(), today).missing).toEqual(['air-minum', 'jamban']);
  });

  it('the wife\'s birth date unknown', () => {
    const members = [husband(), wife(null), kid('2024-09-01')];
    expect(familyRisk(goodHouse, members, today)).toMatchObject({ atRisk: false, reasons: [], missing: ['umur-istri'] });
  });

  it('a female head of family stands for the wife when there is no istri', () => {
    const members = [member({ relation: 'kepala-keluarga', sex: 'F', birthDate: null }), kid('2024-09-01')];
    expect(familyRisk(goodHouse, members, today).missing).toEqual(['umur-istri']);
    const young = [member({ relation: 'kepala-keluarga', sex: 'F', birthDate: '2007-01-01' }), kid('2024-09-01')];
    expect(familyRisk(goodHouse, young, today)).toMatchObject({ atRisk: true, reasons: ['terlalu-muda'] });
  });

  it('children without birth dates are not births too close together', () => {
    expect(familyRisk(goodHouse, family([member({ relation: 'anak', sex: 'F' })]), today).reasons).toEqual([]);
  });
});

describe('context factors (shown, never the label on their own)', () => {
  it('poverty: deciles 1-4', () => {
    expect(familyRisk({ ...goodHouse, welfareDecile: 4 }, family(), today)).toMatchObject({ atRisk: false, context: ['miskin'] });
    expect(familyRisk({ ...goodHouse, welfareDecile: 1 }, family(), today).context).toEqual(['miskin']);
    expect(familyRisk({ ...goodHouse, welfareDecile: 5 }, family(), today).context).toEqual([]);
    expect(familyRisk({ ...goodHouse, welfareDecile: null }, family(), today).context).toEqual([]);
  });

  it('unfit housing', () => {
    expect(familyRisk({ ...goodHouse, houseCondition: 'tidak-layak' }, family(), today).context).toEqual(['rumah-tidak-layak']);
    expect(familyRisk({ ...goodHouse, houseCondition: 'kurang-layak' }, family(), today).context).toEqual([]);
  });

  it('low education of a parent (SD or less), not of a child', () => {
    const parents = [husband(), wife('1995-05-12', { education: 'sd' }), kid('2024-09-01')];
    expect(familyRisk(goodHouse, parents, today).context).toEqual(['pendidikan-rendah']);
    const childOnly = family([kid('2015-01-01', { education: 'belum-tamat-sd' })]);
    expect(familyRisk(goodHouse, childOnly, today).context).toEqual([]);
  });

  it('all three together', () => {
    const members = [husband(), wife('1995-05-12', { education: 'tidak-sekolah' }), kid('2024-09-01')];
    expect(familyRisk({ ...goodHouse, welfareDecile: 2, houseCondition: 'tidak-layak' }, members, today).context).toEqual([
      'miskin',
      'rumah-tidak-layak',
      'pendidikan-rendah',
    ]);
  });
});
