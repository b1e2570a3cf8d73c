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
// Urgency: one explicit order (`urgencyLevels`, docs/genting.md "Urgency"), the order of the
// matching list, each level named in the words of its category:
//   1. berat       oedema, severe wasting (gizi buruk) or severe stunting (sangat pendek);
//   2. kurus       wasting (gizi kurang);
//   3. pendek      stunting;
//   4. bb-kurang   underweight (berat badan kurang or sangat kurang);
//   5. tidak-naik  weight not gained (T or 2T) at the latest weighing;
//   6. ibu-hamil   a pregnant woman of a family at risk;
//   7. keluarga    the family's risk factors only (the family itself, its children without a
//                  growth problem).
// The first three are "tinggi", the next three "sedang", the last "rendah" (the badge's colour).
// Within a level: the worse flag first (sangat kurang before kurang, 2T before T), a third
// trimester or a mother too young or too old first, a baduta before older children, more family reasons (poverty counts as one)
// first, then dusun, children before mothers before families, name.
import type { CalendarDate } from '../domain/calendar-date.ts';
import { familyRisk } from '../domain/family-risk.ts';
import type { RiskFactor } from '../domain/family-risk.ts';
import type { Household } from '../domain/household.ts';
import type { Person } from '../domain/person.ts';
import type { BeneficiaryKind, Pledge } from '../domain/pledge.ts';
import { targetStatus } from '../domain/target-status.ts';
import { childFlags } from '../domain/child-status.ts';
import type { ChildFlag } from '../domain/child-status.ts';
import type { ChildGrowth } from './child-growth.ts';

export type Urgency = 'tinggi' | 'sedang' | 'rendah';
export const urgencies: readonly Urgency[] = ['tinggi', 'sedang', 'rendah'];

/** Most urgent first. */
export const urgencyLevels = ['berat', 'kurus', 'pendek', 'bb-kurang', 'tidak-naik', 'ibu-hamil', 'keluarga'] as const;
export type UrgencyLevel = (typeof urgencyLevels)[number];

const tierOfLevel: Record<UrgencyLevel, Urgency> = {
  berat: 'tinggi', kurus: 'tinggi', pendek: 'tinggi', 'bb-kurang': 'sedang', 'tidak-naik': 'sedang', 'ibu-hamil': 'sedang', keluarga: 'rendah',
};

/** The growth flags a sponsor is sought for, with their level (the child's most urgent one wins). */
const levelOfFlag: Partial<Record<ChildFlag, UrgencyLevel>> = {
  oedema: 'berat',
  'severely-wasted': 'berat',
  'severely-stunted': 'berat',
  wasted: 'kurus',
  stunted: 'pendek',
  'severely-underweight': 'bb-kurang',
  underweight: 'bb-kurang',
  'faltering-2t': 'tidak-naik',
  'faltering-t': 'tidak-naik',
};

/** The child's most urgent growth flag that sets a level, and that level. */
function childLevel(flags: readonly ChildFlag[]): { flag: ChildFlag; level: UrgencyLevel } | null {
  let best: { flag: ChildFlag; level: UrgencyLevel } | null = null;
  for (const flag of flags) {
    const level = levelOfFlag[flag];
    if (level && (!best || urgencyLevels.indexOf(level) < urgencyLevels.indexOf(best.level))) best = { flag, level };
  }
  return best;
}

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
  /** The badge's colour, from the level. */
  urgency: Urgency;
  level: UrgencyLevel;
  /** The child's growth flag that set the level (its words are the reason shown first). */
  growthFlag: ChildFlag | null;
  /** The family's risk reasons (empty for a child at risk by growth alone). */
  reasons: RiskFactor[];
  isPoor: boolean;
  ageMonths: number | null;
  gestationalWeeks: number | null;
  deficit: ChildGrowth['deficit'] | null;
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

type Target = Omit<AtRiskTarget, 'pledgeIds'>;

function targetsOfHousehold(household: Household, members: readonly Person[], today: CalendarDate, growthOf: (personId: string) => ChildGrowth | null): Target[] {
  const risk = familyRisk(household, members, today);
  const isPoor = risk.context.includes('miskin');
  const base = { householdId: household.id, villageCode: household.villageCode, headName: household.headName, dusun: household.dusun?.trim() || null, isPoor };
  const reasons = risk.atRisk ? risk.reasons : [];
  const at = (level: UrgencyLevel) => ({ level, urgency: tierOfLevel[level] });
  const targets: Target[] = [];
  if (risk.atRisk) {
    targets.push({ ...base, ...at('keluarga'), kind: 'keluarga', id: household.id, name: household.headName, growthFlag: null, reasons, ageMonths: null, gestationalWeeks: null, deficit: null });
  }
  for (const person of members) {
    const status = targetStatus(person, today);
    if (risk.atRisk && status.targets.includes('ibu-hamil')) {
      const weeks = status.pregnancy?.gestationalWeeks ?? null;
      targets.push({ ...base, ...at('ibu-hamil'), kind: 'ibu-hamil', id: person.id, name: person.name, growthFlag: null, reasons, ageMonths: status.ageMonths, gestationalWeeks: weeks, deficit: null });
    }
    const isChild = status.targets.includes('baduta') || status.targets.includes('balita');
    if (!isChild) continue;
    const growth = growthOf(person.id);
    const deficit = growth?.deficit ?? null;
    const hasDeficit = deficit === 'moderate' || deficit === 'severe';
    if (!risk.atRisk && !hasDeficit) continue;
    const byGrowth = childLevel(growth?.flags ?? []);
    targets.push({ ...base, ...at(byGrowth?.level ?? 'keluarga'), kind: 'anak', id: person.id, name: person.name, growthFlag: byGrowth?.flag ?? null, reasons, ageMonths: status.ageMonths, gestationalWeeks: null, deficit });
  }
  return targets;
}

const kindRank: Record<BeneficiaryKind, number> = { anak: 0, 'ibu-hamil': 1, keluarga: 2 };

/** Family reasons, poverty counting as one more. */
const weight = (target: AtRiskTarget) => target.reasons.length + (target.isPoor ? 1 : 0);
const isBaduta = (target: AtRiskTarget) => target.kind === 'anak' && target.ageMonths !== null && target.ageMonths < 24;
/** A pregnancy in its third trimester (28 weeks on), or a mother too young or too old. */
const isPregnancyAlarm = (target: AtRiskTarget) =>
  target.kind === 'ibu-hamil' && ((target.gestationalWeeks ?? 0) >= 28 || target.reasons.includes('terlalu-muda') || target.reasons.includes('terlalu-tua'));
/** Within a level the worse of two flags in one level first (sangat kurang before kurang, 2T before T). */
const flagRank = (target: AtRiskTarget) => (target.growthFlag ? childFlags.indexOf(target.growthFlag) : childFlags.length);

/** Most urgent first (the order of urgencyLevels); then within a level as the header says. */
export function compareTargets(a: AtRiskTarget, b: AtRiskTarget): number {
  return (
    urgencyLevels.indexOf(a.level) - urgencyLevels.indexOf(b.level) ||
    flagRank(a) - flagRank(b) ||
    Number(isPregnancyAlarm(b)) - Number(isPregnancyAlarm(a)) ||
    Number(isBaduta(b)) - Number(isBaduta(a)) ||
    weight(b) - weight(a) ||
    (a.dusun ?? '\uffff').localeCompare(b.dusun ?? '\uffff', 'id') ||
    kindRank[a.kind] - kindRank[b.kind] ||
    a.name.localeCompare(b.name, 'id') ||
    a.id.localeCompare(b.id)
  );
}

/** Every at-risk target of the living households, with the active pledges that cover it, in list order. */
export function listAtRiskTargets(data: TargetData, today: CalendarDate, growthOf: (personId: string) => ChildGrowth | null = () => null): AtRiskTarget[] {
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
