import { describe, expect, it } from 'vitest';
import { familyRisk } from '../../../src/domain/family-risk.ts';
import { missingData, riskFactorRows } from '../../../src/ui/households/risk-factors.ts';
import { makeHousehold, makePerson } from './fixtures.ts';

const today = '2025-06-15';

describe('risk factor table', () => {
  it('shows each factor with its value and a status that agrees with the rule', () => {
    const household = makeHousehold({ headName: 'Sutrisno', drinkingWater: 'air-permukaan', toilet: 'sendiri-septik', welfareDecile: 2, houseCondition: 'layak' });
    const wife = makePerson(household, { name: 'Ani', relation: 'istri', birthDate: '2006-01-01', maritalStatus: 'kawin' });
    const members = [
      wife,
      makePerson(household, { name: 'A', birthDate: '2023-01-01', motherId: wife.id }),
      makePerson(household, { name: 'B', birthDate: '2024-06-01', motherId: wife.id }),
    ];
    const risk = familyRisk(household, members, today);
    const rows = riskFactorRows(household, members, risk, today);
    expect(rows.map((row) => [row.factor, row.value, row.status])).toEqual([
      ['water', { kind: 'water', value: 'air-permukaan' }, 'risk'],
      ['toilet', { kind: 'toilet', value: 'sendiri-septik' }, 'ok'],
      ['wifeAge', { kind: 'years', value: 19 }, 'risk'],
      ['spacing', { kind: 'months', value: 17 }, 'risk'],
      ['children', { kind: 'children', value: 2 }, 'ok'],
      ['decile', { kind: 'decile', value: 2 }, 'note'],
      ['housing', { kind: 'housing', value: 'layak' }, 'ok'],
    ]);
    expect(risk.reasons).toEqual(['air-minum', 'terlalu-muda', 'terlalu-dekat']);
  });

  it('says what is unknown and what to ask', () => {
    const household = makeHousehold({ headName: 'Budi' });
    const members = [
      makePerson(household, { name: 'Sari', relation: 'istri', isPregnant: true }),
      makePerson(household, { name: 'Tono', sex: 'M' }),
    ];
    const risk = familyRisk(household, members, today);
    const rows = riskFactorRows(household, members, risk, today);
    expect(rows.filter((row) => row.status === 'unknown').map((row) => row.factor)).toEqual(['water', 'toilet', 'wifeAge', 'decile', 'housing']);
    expect(rows.find((row) => row.factor === 'spacing')?.value).toEqual({ kind: 'oneBirth' });
    expect(missingData(household, members, risk, today)).toEqual([
      { kind: 'fact', fact: 'air-minum' },
      { kind: 'fact', fact: 'jamban' },
      { kind: 'fact', fact: 'umur-istri' },
      { kind: 'memberLmp', name: 'Sari' },
      { kind: 'memberBirthDate', name: 'Tono' },
      { kind: 'decile' },
      { kind: 'house' },
    ]);
    const single = riskFactorRows(household, [], familyRisk(household, [], today), today);
    expect(single.find((row) => row.factor === 'wifeAge')?.value).toEqual({ kind: 'noWife' });
  });
});
