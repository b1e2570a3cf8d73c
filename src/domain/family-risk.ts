// Keluarga berisiko stunting (KRS), BKKBN's PK21 rule (DOMAIN.md "Rules"): a family with a
// target (PUS with wife 15-49, pregnant woman, child 0-59 months) AND at least one risk
// factor: improper drinking water, improper toilet, or one of the wife's "4 Terlalu".
// The reasons are returned, not only the label; poverty, unfit housing and low education
// are shown as "also worth knowing" and do not make the label on their own.
// Unknown data (a null field) is never a risk: the `missing` list says what to ask.
import type { CalendarDate } from './calendar-date.ts';
import { completedMonthsBetween } from './calendar-date.ts';
import type { HouseholdInput } from './household.ts';
import { properDrinkingWaterSources, properToiletKinds } from './household.ts';
import type { PersonInput } from './person.ts';
import { targetStatus } from './target-status.ts';
import type { TargetKind } from './target-status.ts';

export const riskFactors = ['air-minum', 'jamban', 'terlalu-muda', 'terlalu-tua', 'terlalu-dekat', 'terlalu-banyak'] as const;
export type RiskFactor = (typeof riskFactors)[number];
export const contextFactors = ['miskin', 'rumah-tidak-layak', 'pendidikan-rendah'] as const;
export type ContextFactor = (typeof contextFactors)[number];
export const missingFacts = ['air-minum', 'jamban', 'umur-istri'] as const;
export type MissingFact = (typeof missingFacts)[number];

/** Welfare deciles 1-4 (P3KE: very poor, poor, near poor, vulnerable). */
export const poorDecileMax = 4;
export const tooYoungYears = 20;
export const tooOldYears = 35;
export const tooCloseMonths = 24;
export const tooManyChildren = 3;

type Member = Pick<PersonInput, 'sex' | 'birthDate' | 'relation' | 'maritalStatus' | 'education' | 'isPregnant' | 'lastMenstrualPeriod' | 'deliveryDate' | 'weddingDate' | 'childrenBornAlive' | 'motherId'> & {
  id: string;
  deleted?: boolean;
};
type HouseholdFacts = Pick<HouseholdInput, 'drinkingWater' | 'toilet' | 'houseCondition' | 'welfareDecile'>;

export type FamilyRisk = {
  atRisk: boolean;
  /** The family's targets (deduplicated): what makes the rule apply at all. */
  targets: TargetKind[];
  reasons: RiskFactor[];
  context: ContextFactor[];
  missing: MissingFact[];
};

/** The wife: relation 'istri', else a female head of family. */
export function findWife<M extends Member>(members: readonly M[]): M | undefined {
  return members.find((m) => m.relation === 'istri') ?? members.find((m) => m.relation === 'kepala-keluarga' && m.sex === 'F');
}

export function wifeChildren<M extends Member>(members: readonly M[], wife: M | undefined): M[] {
  const linked = wife ? members.filter((m) => m.motherId === wife.id) : [];
  return linked.length > 0 ? linked : members.filter((m) => m.relation === 'anak');
}

function hasCloseBirths(children: readonly Member[]): boolean {
  // Twins (one birth date) are one birth, not two births too close together.
  const births = [...new Set(children.map((c) => c.birthDate).filter((d): d is string => !!d))].sort();
  return births.some((birth, i) => i > 0 && completedMonthsBetween(births[i - 1] ?? birth, birth) < tooCloseMonths);
}

export function familyRisk(household: HouseholdFacts, allMembers: readonly Member[], today: CalendarDate): FamilyRisk {
  const members = allMembers.filter((m) => !m.deleted);
  const targets = new Set<TargetKind>();
  for (const member of members) {
    for (const target of targetStatus(member, today).targets) {
      if (target === 'ibu-hamil' || target === 'baduta' || target === 'balita' || target === 'pus') targets.add(target);
    }
  }
  const reasons: RiskFactor[] = [];
  const missing: MissingFact[] = [];
  if (!household.drinkingWater) missing.push('air-minum');
  else if (!properDrinkingWaterSources.includes(household.drinkingWater)) reasons.push('air-minum');
  if (!household.toilet) missing.push('jamban');
  else if (!properToiletKinds.includes(household.toilet)) reasons.push('jamban');

  const wife = findWife(members);
  const wifeAgeMonths = wife?.birthDate && wife.birthDate <= today ? completedMonthsBetween(wife.birthDate, today) : null;
  if (wife && wifeAgeMonths === null) missing.push('umur-istri');
  if (wifeAgeMonths !== null && wifeAgeMonths < tooYoungYears * 12) reasons.push('terlalu-muda');
  // The "4 Terlalu" are about a wife of reproductive age (PUS, 15-49): a wife known to be 50 or
  // over is past them, and her grown children's spacing and number are no risk to the family.
  const pastReproductiveAge = wifeAgeMonths !== null && wifeAgeMonths >= 50 * 12;
  if (wifeAgeMonths !== null && wifeAgeMonths >= tooOldYears * 12 && !pastReproductiveAge) reasons.push('terlalu-tua');
  const children = wifeChildren(members, wife);
  if (!pastReproductiveAge && hasCloseBirths(children)) reasons.push('terlalu-dekat');
  if (!pastReproductiveAge && Math.max(children.length, wife?.childrenBornAlive ?? 0) > tooManyChildren) reasons.push('terlalu-banyak');

  const context: ContextFactor[] = [];
  if (household.welfareDecile != null && household.welfareDecile <= poorDecileMax) context.push('miskin');
  if (household.houseCondition === 'tidak-layak') context.push('rumah-tidak-layak');
  const lowEducation = ['tidak-sekolah', 'belum-tamat-sd', 'sd'];
  const adults = members.filter((m) => m.relation === 'kepala-keluarga' || m.relation === 'istri' || m.relation === 'suami');
  if (adults.some((m) => m.education && lowEducation.includes(m.education))) context.push('pendidikan-rendah');

  const targetList = [...targets];
  return { atRisk: targetList.length > 0 && reasons.length > 0, targets: targetList, reasons, context, missing };
}
