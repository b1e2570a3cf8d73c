// GENTING matching: the at-risk targets of the village (DOMAIN.md "Rules") and whether an
// active pledge (komitmen aktif) covers each, so the Pokja sees who still needs a sponsor.
//
// Targets (one entry each):
//   keluarga   a family at risk of stunting (family-risk.ts, KRS);
//   ibu-hamil  a pregnant woman (target-status.ts) of a family at risk;
//   anak       a child under five of a family at risk, or any child under five with a growth
//              deficit (`growthOf`: child-growth.ts deficitOfStatus over the "Anak berisiko"
//              status of src/domain/child-status.ts: below -2 SD on an index, or 2T).
// Covered: an active pledge names the target, or (for a woman or a child) her household, or
// (for a family) one of its members: a food package for the family reaches its toddler.
// Urgency (tinggi > sedang > rendah), the order of the matching list:
//   anak       tinggi with a growth deficit (below -2 SD), sedang for a baduta (0-23 months), else rendah;
//   ibu-hamil  tinggi in the third trimester or when the mother is too young or too old, else sedang;
//   keluarga   tinggi with 3+ risk reasons or poor (desil 1-4) with 2+, sedang with 2+ or poor, else rendah.
import type { CalendarDate } from '../domain/calendar-date.ts';
import { familyRisk } from '../domain/family-risk.ts';
import type { RiskFactor } from '../domain/family-risk.ts';
import type { Household } from '../domain/household.ts';
import type { Person } from '../domain/person.ts';
import type { BeneficiaryKind, Pledge } from '../domain/pledge.ts';
import { targetStatus } from '../domain/target-status.ts';
import type { GrowthDeficit } from './child-growth.ts';

export type Urgency = 'tinggi' | 'sedang' | 'rendah';
export const urgencies: readonly Urgency[] = ['tinggi', 'sedang', 'rendah'];

export type AtRiskTarget = {
  kind: BeneficiaryKind;
  /** The person (anak, ibu-hamil) or household (keluarga) a pledge would name. */
  id: string;
  householdId: string;
  villageCode: string;
  /** The child's or woman's name; the head of family's name for a family. */
  name: string;
  headName: string;
  dusun: string | null;
  urgency: Urgency;
  /** The family's risk reasons (empty for a child at risk by growth alone). */
  reasons: RiskFactor[];
  isPoor: boolean;
  ageMonths: number | null;
  gestationalWeeks: number | null;
  deficit: GrowthDeficit | null;
  /** Active pledges that cover this target (directly or through the family). */
  pledgeIds: string[];
};

export type TargetData = {
  households: readonly Household[];
  persons: readonly Person[];
  pledges: readonly Pledge[];
};

export function isActivePledge(pledge: Pick<Pledge, 'status' | 'deleted'>): boolean {
  return !pledge.deleted && pledge.status === 'aktif';
}

function groupPersons(persons: readonly Person[]): Map<string, Person[]> {
  const byHousehold = new Map<string, Person[]>();
  for (const person of persons) {
    if (person.deleted) continue;
    const list = byHousehold.get(person.householdId) ?? [];
    list.push(person);
    byHousehold.set(person.householdId, list);
  }
  return byHousehold;
}

function pledgesByBeneficiary(pledges: readonly Pledge[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const pledge of pledges) {
    if (!isActivePledge(pledge) || !pledge.beneficiaryId) continue;
    map.set(pledge.beneficiaryId, [...(map.get(pledge.beneficiaryId) ?? []), pledge.id]);
  }
  return map;
}

function familyUrgency(reasons: readonly RiskFactor[], isPoor: boolean): Urgency {
  if (reasons.length >= 3 || (isPoor && reasons.length >= 2)) return 'tinggi';
  return reasons.length >= 2 || isPoor ? 'sedang' : 'rendah';
}

function targetsOfHousehold(household: Household, members: readonly Person[], today: CalendarDate, growthOf: (personId: string) => GrowthDeficit | null): Omit<AtRiskTarget, 'pledgeIds'>[] {
  const risk = familyRisk(household, members, today);
  const isPoor = risk.context.includes('miskin');
  const base = { householdId: household.id, villageCode: household.villageCode, headName: household.headName, dusun: household.dusun?.trim() || null, isPoor };
  const reasons = risk.atRisk ? risk.reasons : [];
  const targets: Omit<AtRiskTarget, 'pledgeIds'>[] = [];
  if (risk.atRisk) {
    targets.push({ ...base, kind: 'keluarga', id: household.id, name: household.headName, urgency: familyUrgency(reasons, isPoor), reasons, ageMonths: null, gestationalWeeks: null, deficit: null });
  }
  for (const person of members) {
    const status = targetStatus(person, today);
    if (risk.atRisk && status.targets.includes('ibu-hamil')) {
      const weeks = status.pregnancy?.gestationalWeeks ?? null;
      const mother = reasons.includes('terlalu-muda') || reasons.includes('terlalu-tua');
      const urgency: Urgency = status.pregnancy?.trimester === 3 || mother ? 'tinggi' : 'sedang';
      targets.push({ ...base, kind: 'ibu-hamil', id: person.id, name: person.name, urgency, reasons, ageMonths: status.ageMonths, gestationalWeeks: weeks, deficit: null });
    }
    const isChild = status.targets.includes('baduta') || status.targets.includes('balita');
    if (!isChild) continue;
    const deficit = growthOf(person.id);
    const hasDeficit = deficit === 'moderate' || deficit === 'severe';
    if (!risk.atRisk && !hasDeficit) continue;
    const urgency: Urgency = hasDeficit ? 'tinggi' : status.targets.includes('baduta') ? 'sedang' : 'rendah';
    targets.push({ ...base, kind: 'anak', id: person.id, name: person.name, urgency, reasons, ageMonths: status.ageMonths, gestationalWeeks: null, deficit });
  }
  return targets;
}

const urgencyRank: Record<Urgency, number> = { tinggi: 0, sedang: 1, rendah: 2 };
const kindRank: Record<BeneficiaryKind, number> = { anak: 0, 'ibu-hamil': 1, keluarga: 2 };

/** Most urgent first; then dusun, then children before mothers before families, then name. */
export function compareTargets(a: AtRiskTarget, b: AtRiskTarget): number {
  return (
    urgencyRank[a.urgency] - urgencyRank[b.urgency] ||
    (a.dusun ?? '\uffff').localeCompare(b.dusun ?? '\uffff', 'id') ||
    kindRank[a.kind] - kindRank[b.kind] ||
    a.name.localeCompare(b.name, 'id') ||
    a.id.localeCompare(b.id)
  );
}

/** Every at-risk target of the living households, with the active pledges that cover it, in list order. */
export function listAtRiskTargets(data: TargetData, today: CalendarDate, growthOf: (personId: string) => GrowthDeficit | null = () => null): AtRiskTarget[] {
  const byHousehold = groupPersons(data.persons);
  const byBeneficiary = pledgesByBeneficiary(data.pledges);
  const targets: AtRiskTarget[] = [];
  for (const household of data.households) {
    if (household.deleted) continue;
    const members = byHousehold.get(household.id) ?? [];
    const familyPledges = byBeneficiary.get(household.id) ?? [];
    const memberPledges = members.flatMap((m) => byBeneficiary.get(m.id) ?? []);
    for (const target of targetsOfHousehold(household, members, today, growthOf)) {
      const pledgeIds = target.kind === 'keluarga' ? [...familyPledges, ...memberPledges] : [...(byBeneficiary.get(target.id) ?? []), ...familyPledges];
      targets.push({ ...target, pledgeIds: [...new Set(pledgeIds)] });
    }
  }
  return targets.sort(compareTargets);
}

/** The matching list: targets no active pledge covers yet. */
export function unmatchedTargets(targets: readonly AtRiskTarget[]): AtRiskTarget[] {
  return targets.filter((target) => target.pledgeIds.length === 0);
}

export type Coverage = { covered: number; total: number; /** 0-1, or null without targets. */ share: number | null };

/** Share of at-risk targets with an active sponsor. */
export function targetCoverage(targets: readonly AtRiskTarget[]): Coverage {
  const covered = targets.filter((target) => target.pledgeIds.length > 0).length;
  return { covered, total: targets.length, share: targets.length === 0 ? null : covered / targets.length };
}

/** Pledges that can be assigned from the matching list: living, active or on hold, no beneficiary yet. */
export function assignablePledges(pledges: readonly Pledge[]): Pledge[] {
  return pledges
    .filter((pledge) => !pledge.deleted && (pledge.status === 'aktif' || pledge.status === 'ditunda') && !pledge.beneficiaryId)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
}
