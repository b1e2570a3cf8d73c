import { describe, expect, it } from 'vitest';
import { emptyVisitDraft, parseVisitDraft, toggled } from '../../../src/ui/visits/visit-draft.ts';
import { makeHousehold } from './fixtures.ts';

const household = makeHousehold({ headName: 'Sutrisno' });
const context = { householdId: household.id, villageCode: '3374122003', today: '2025-06-15' };

describe('visit draft', () => {
  it('starts today and saves lists and texts, empty as null', () => {
    const draft = emptyVisitDraft('2025-06-15');
    expect(draft.date).toBe('2025-06-15');
    const parsed = parseVisitDraft({ ...draft, topics: ['mp-asi', 'imunisasi'], findings: ' Anak batuk ', referral: 'bidan', nextVisitDate: '2025-07-15' }, context);
    expect(parsed).toEqual({
      ok: true,
      value: { date: '2025-06-15', targetIds: null, topics: ['mp-asi', 'imunisasi'], findings: 'Anak batuk', referral: 'bidan', referralNote: null, nextVisitDate: '2025-07-15', cadreName: null },
    });
  });

  it('refuses a future date, a next visit before the visit and a referral note without referral', () => {
    const future = parseVisitDraft({ ...emptyVisitDraft('2025-06-16') }, context);
    expect(!future.ok && future.issues.map((i) => [i.field, i.messageKey])).toEqual([['date', 'validation.dateInFuture']]);
    const parsed = parseVisitDraft({ ...emptyVisitDraft('2025-06-15'), nextVisitDate: '2025-06-01', referralNote: 'segera' }, context);
    expect(!parsed.ok && parsed.issues.map((i) => i.field).sort()).toEqual(['nextVisitDate', 'referral']);
    const empty = parseVisitDraft({ ...emptyVisitDraft(''), date: '' }, context);
    expect(!empty.ok && empty.issues[0]?.messageKey).toBe('validation.required');
  });

  it('toggles checklist values', () => {
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['b'], 'a')).toEqual(['b', 'a']);
  });
});
