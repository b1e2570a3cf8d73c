// The household page's risk table: each factor of DOMAIN.md's rule (drinking water, toilet,
// the wife's age, birth spacing, number of children) and the context factors (welfare
// decile, housing) with its value and a status. The status of a rule factor is read from
// familyRisk()'s reasons, so the table and the label never disagree; the values (age,
// closest spacing, count) are only shown. Also: what to ask the family next visit.
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { completedMonthsBetween, completedYearsBetween } from '../../domain/calendar-date.ts';
import { findWife, wifeChildren } from '../../domain/family-risk.ts';
import type { FamilyRisk } from '../../domain/family-risk.ts';
import type { Household } from '../../domain/household.ts';
import type { Person } from '../../domain/person.ts';
import { targetStatus } from '../../domain/target-status.ts';
import type { Translate } from '../i18n/language.tsx';

export type FactorStatus = 'risk' | 'ok' | 'unknown' | 'note' | 'none';
export type FactorName = 'water' | 'toilet' | 'wifeAge' | 'spacing' | 'children' | 'decile' | 'housing';

/** A value to show: an enum value, a number with its unit, or a fixed phrase. */
export type FactorValue =
  | { kind: 'water'; value: NonNullable<Household['drinkingWater']> }
  | { kind: 'toilet'; value: NonNullable<Household['toilet']> }
  | { kind: 'housing'; value: NonNullable<Household['houseCondition']> }
  | { kind: 'decile' | 'years' | 'months' | 'children'; value: number }
  | { kind: 'noWife' | 'noChildren' | 'oneBirth' | 'unknown' };

export type FactorRow = { factor: FactorName; value: FactorValue; status: FactorStatus };

/** Something to ask: a household fact, or a member's birth date or HPHT. */
export type MissingItem =
  | { kind: 'fact'; fact: FamilyRisk['missing'][number] }
  | { kind: 'decile' | 'house' }
  | { kind: 'memberBirthDate' | 'memberLmp'; name: string };

/** The distinct birth dates, in order: twins are one birth (as familyRisk counts them). */
function birthDates(children: readonly Person[]): string[] {
  return [...new Set(children.map((child) => child.birthDate).filter((date): date is string => !!date))].sort();
}

function closestSpacingMonths(births: readonly string[]): number | null {
  let closest: number | null = null;
  for (let index = 1; index < births.length; index += 1) {
    const gap = completedMonthsBetween(births[index - 1] as string, births[index] as string);
    closest = closest === null ? gap : Math.min(closest, gap);
  }
  return closest;
}

/** No spacing to judge: no children, one birth, or children whose birth dates are missing. */
function spacingUnknown(children: readonly Person[]): FactorRow {
  if (children.length === 0) return { factor: 'spacing', value: { kind: 'noChildren' }, status: 'none' };
  if (children.length > 1 && children.some((child) => !child.birthDate)) return { factor: 'spacing', value: { kind: 'unknown' }, status: 'unknown' };
  return { factor: 'spacing', value: { kind: 'oneBirth' }, status: 'none' };
}

function wifeRows(members: readonly Person[], risk: FamilyRisk, today: CalendarDate): FactorRow[] {
  const wife = findWife(members);
  const has = (reason: FamilyRisk['reasons'][number]) => risk.reasons.includes(reason);
  const ageYears = wife?.birthDate && wife.birthDate <= today ? completedYearsBetween(wife.birthDate, today) : null;
  const age: FactorRow = !wife
    ? { factor: 'wifeAge', value: { kind: 'noWife' }, status: 'none' }
    : ageYears === null
      ? { factor: 'wifeAge', value: { kind: 'unknown' }, status: 'unknown' }
      : { factor: 'wifeAge', value: { kind: 'years', value: ageYears }, status: has('terlalu-muda') || has('terlalu-tua') ? 'risk' : 'ok' };
  const children = wifeChildren(members, wife);
  const births = birthDates(children);
  const spacing = closestSpacingMonths(births);
  const count = Math.max(children.length, wife?.childrenBornAlive ?? 0);
  return [
    age,
    spacing === null
      ? spacingUnknown(children)
      : { factor: 'spacing', value: { kind: 'months', value: spacing }, status: has('terlalu-dekat') ? 'risk' : 'ok' },
    { factor: 'children', value: { kind: 'children', value: count }, status: has('terlalu-banyak') ? 'risk' : 'ok' },
  ];
}

export function riskFactorRows(household: Household, members: readonly Person[], risk: FamilyRisk, today: CalendarDate): FactorRow[] {
  const live = members.filter((member) => !member.deleted);
  const rows: FactorRow[] = [
    household.drinkingWater
      ? { factor: 'water', value: { kind: 'water', value: household.drinkingWater }, status: risk.reasons.includes('air-minum') ? 'risk' : 'ok' }
      : { factor: 'water', value: { kind: 'unknown' }, status: 'unknown' },
    household.toilet
      ? { factor: 'toilet', value: { kind: 'toilet', value: household.toilet }, status: risk.reasons.includes('jamban') ? 'risk' : 'ok' }
      : { factor: 'toilet', value: { kind: 'unknown' }, status: 'unknown' },
    ...wifeRows(live, risk, today),
    household.welfareDecile != null
      ? { factor: 'decile', value: { kind: 'decile', value: household.welfareDecile }, status: risk.context.includes('miskin') ? 'note' : 'ok' }
      : { factor: 'decile', value: { kind: 'unknown' }, status: 'unknown' },
    household.houseCondition
      ? { factor: 'housing', value: { kind: 'housing', value: household.houseCondition }, status: household.houseCondition === 'layak' ? 'ok' : 'note' }
      : { factor: 'housing', value: { kind: 'unknown' }, status: 'unknown' },
  ];
  return rows;
}

/** What the cadre should ask: the rule's missing facts, then members' missing dates, then context. */
export function missingData(household: Household, members: readonly Person[], risk: FamilyRisk, today: CalendarDate): MissingItem[] {
  const items: MissingItem[] = risk.missing.map((fact) => ({ kind: 'fact', fact }));
  const wife = findWife(members);
  for (const member of members) {
    if (member.deleted) continue;
    if (!member.birthDate && member !== wife && (member.relation === 'anak' || member.relation === 'cucu')) items.push({ kind: 'memberBirthDate', name: member.name });
    if (targetStatus(member, today).pregnancy && !member.lastMenstrualPeriod) items.push({ kind: 'memberLmp', name: member.name });
  }
  if (household.welfareDecile == null) items.push({ kind: 'decile' });
  if (!household.houseCondition) items.push({ kind: 'house' });
  return items;
}

/** The words of a factor's value, as the card shows them. */
export function factorValueText(t: Translate, value: FactorValue): string {
  switch (value.kind) {
    case 'water':
      return t(`households.drinkingWater.${value.value}`);
    case 'toilet':
      return t(`households.toilet.${value.value}`);
    case 'housing':
      return t(`households.houseCondition.${value.value}`);
    case 'decile':
      return t('households.decile', { decile: value.value });
    case 'years':
      return t('households.risk.years', { years: value.value });
    case 'months':
      return t('households.risk.months', { months: value.value });
    case 'children':
      return t('households.risk.children', { count: value.value });
    case 'noWife':
      return t('households.risk.noWife');
    case 'noChildren':
      return t('households.risk.noChildren');
    case 'oneBirth':
      return t('households.risk.oneBirth');
    case 'unknown':
      return t('households.risk.status.unknown');
  }
}
