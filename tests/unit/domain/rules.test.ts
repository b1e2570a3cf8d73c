// Context rules (src/domain/rules.ts): checks that need today's date or a related record.
// Errors block a save; NIK disagreements are warnings only.
import { describe, expect, it } from 'vitest';
import { checkActionItem, checkDelivery, checkEventDate, checkMeasurement, checkPerson, maxGestationDays } from '../../../src/domain/rules.ts';
import { addDays } from '../../../src/domain/calendar-date.ts';
import { full, issuesOf } from './fixtures.ts';

const today = '2025-03-01';
const keys = (issues: { field: string; messageKey: string }[]) => issues.map((issue) => [issue.field, issue.messageKey]);

describe('checkPerson', () => {
  const woman = { sex: 'F' as const, birthDate: '1995-05-12', nik: '3201015205950001' };

  it('passes a plausible person with a consistent NIK', () => {
    expect(checkPerson({ ...woman, isPregnant: true, lastMenstrualPeriod: '2025-01-01', deliveryDate: '2022-08-17', weddingDate: '2014-06-01' }, { today, villageCode: '3201012001' })).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('refuses a birth date after today, allows today', () => {
    expect(keys(checkPerson({ ...woman, nik: null, birthDate: '2025-03-02' }, { today }).errors)).toEqual([['birthDate', 'validation.birthDateInFuture']]);
    expect(checkPerson({ ...woman, nik: null, birthDate: today }, { today }).errors).toEqual([]);
  });

  it('refuses an HPHT after today', () => {
    expect(keys(checkPerson({ ...woman, isPregnant: true, lastMenstrualPeriod: '2025-03-02' }, { today }).errors)).toEqual([
      ['lastMenstrualPeriod', 'validation.lmpInFuture'],
    ]);
  });

  it('refuses an HPHT more than 44 weeks ago for a pregnant woman only', () => {
    const limit = addDays(today, -maxGestationDays);
    expect(limit).toBe('2024-04-27');
    expect(keys(checkPerson({ ...woman, isPregnant: true, lastMenstrualPeriod: '2024-04-26' }, { today }).errors)).toEqual([
      ['lastMenstrualPeriod', 'validation.lmpTooOld'],
    ]);
    expect(checkPerson({ ...woman, isPregnant: true, lastMenstrualPeriod: limit }, { today }).errors).toEqual([]);
    expect(checkPerson({ ...woman, isPregnant: false, lastMenstrualPeriod: '2024-04-26' }, { today }).errors).toEqual([]);
  });

  it('refuses a delivery date after today', () => {
    expect(keys(checkPerson({ ...woman, deliveryDate: '2025-03-02' }, { today }).errors)).toEqual([['deliveryDate', 'validation.deliveryDateInFuture']]);
    expect(checkPerson({ ...woman, deliveryDate: today }, { today }).errors).toEqual([]);
  });

  it('refuses a wedding more than 24 months ahead, allows exactly 24', () => {
    expect(keys(checkPerson({ ...woman, weddingDate: '2027-03-02' }, { today }).errors)).toEqual([['weddingDate', 'validation.weddingTooFarAhead']]);
    expect(checkPerson({ ...woman, weddingDate: '2027-03-01' }, { today }).errors).toEqual([]);
  });

  it('reports NIK disagreements as warnings, never as errors', () => {
    const result = checkPerson({ ...woman, sex: 'M', birthDate: '1995-05-13' }, { today, villageCode: '3202012001' });
    expect(result.errors).toEqual([]);
    expect(keys(result.warnings)).toEqual([
      ['nik', 'validation.nikBirthDateMismatch'],
      ['nik', 'validation.nikSexMismatch'],
      ['nik', 'validation.nikDistrictMismatch'],
    ]);
    expect(keys(checkPerson({ ...woman, nik: '3201013205950001' }, { today }).warnings)).toEqual([['nik', 'validation.nikDateUnreadable']]);
  });

  it('a NIK that disagrees does not stop the record schema either', () => {
    expect(issuesOf('person', { ...full.person(), nik: '3201011205950001', birthDate: '1990-01-01' })).toEqual([]);
  });

  it('reports several errors in field order', () => {
    const result = checkPerson({ sex: 'F', birthDate: '2025-04-01', isPregnant: true, lastMenstrualPeriod: '2025-04-02', deliveryDate: '2025-05-01', weddingDate: '2030-01-01' }, { today });
    expect(keys(result.errors)).toEqual([
      ['birthDate', 'validation.birthDateInFuture'],
      ['lastMenstrualPeriod', 'validation.lmpInFuture'],
      ['deliveryDate', 'validation.deliveryDateInFuture'],
      ['weddingDate', 'validation.weddingTooFarAhead'],
    ]);
  });
});

describe('checkMeasurement', () => {
  it('refuses a measurement in the future', () => {
    expect(keys(checkMeasurement({ date: '2025-03-02' }, { today }).errors)).toEqual([['date', 'validation.dateInFuture']]);
    expect(checkMeasurement({ date: today }, { today }).errors).toEqual([]);
  });

  it('refuses a measurement before the child was born, allows the birth day', () => {
    expect(keys(checkMeasurement({ date: '2024-06-09' }, { today, childBirthDate: '2024-06-10' }).errors)).toEqual([
      ['date', 'validation.measurementBeforeBirth'],
    ]);
    expect(checkMeasurement({ date: '2024-06-10' }, { today, childBirthDate: '2024-06-10' }).errors).toEqual([]);
    expect(checkMeasurement({ date: '2024-06-09' }, { today, childBirthDate: null }).errors).toEqual([]);
  });

  it('reports both', () => {
    expect(keys(checkMeasurement({ date: '2025-03-05' }, { today, childBirthDate: '2025-03-10' }).errors)).toEqual([
      ['date', 'validation.dateInFuture'],
      ['date', 'validation.measurementBeforeBirth'],
    ]);
  });
});

describe('checkEventDate (visits, outreach)', () => {
  it('refuses a date after today', () => {
    expect(keys(checkEventDate({ date: '2025-03-02' }, { today }).errors)).toEqual([['date', 'validation.dateInFuture']]);
    expect(checkEventDate({ date: today }, { today })).toEqual({ errors: [], warnings: [] });
  });
});

describe('checkDelivery', () => {
  it('refuses a delivery in the future or before the pledge started', () => {
    expect(keys(checkDelivery({ date: '2025-03-02' }, { today, pledgeStartDate: '2025-01-15' }).errors)).toEqual([['date', 'validation.dateInFuture']]);
    expect(keys(checkDelivery({ date: '2025-01-14' }, { today, pledgeStartDate: '2025-01-15' }).errors)).toEqual([
      ['date', 'validation.deliveryBeforePledge'],
    ]);
    expect(checkDelivery({ date: '2025-01-15' }, { today, pledgeStartDate: '2025-01-15' }).errors).toEqual([]);
    expect(checkDelivery({ date: '2020-01-01' }, { today }).errors).toEqual([]);
  });
});

describe('checkActionItem', () => {
  it('refuses a due date before the meeting, allows the meeting day', () => {
    expect(keys(checkActionItem({ dueDate: '2025-01-19' }, { meetingDate: '2025-01-20' }).errors)).toEqual([['dueDate', 'validation.dueBeforeMeeting']]);
    expect(checkActionItem({ dueDate: '2025-01-20' }, { meetingDate: '2025-01-20' }).errors).toEqual([]);
  });

  it('has nothing to compare without a due date or a meeting date', () => {
    expect(checkActionItem({ dueDate: null }, { meetingDate: '2025-01-20' }).errors).toEqual([]);
    expect(checkActionItem({ dueDate: '2020-01-01' }, {}).errors).toEqual([]);
  });
});
