// The household list's view model: one entry per live household with its search text and
// the facts the filters need (risk, targets, last and next visit), built ONCE per data
// change (useMemo over the live data) so a keystroke only runs `includes` over prepared
// strings: a few thousand households filter in a few milliseconds on a cheap phone.
import type { CalendarDate } from '../../domain/calendar-date.ts';
import { addDays, addMonths, daysBetween } from '../../domain/calendar-date.ts';
import { familyRisk } from '../../domain/family-risk.ts';
import type { FamilyRisk } from '../../domain/family-risk.ts';
import type { Household } from '../../domain/household.ts';
import type { Person } from '../../domain/person.ts';
import { postPartumDays } from '../../domain/target-status.ts';
import type { TargetKind } from '../../domain/target-status.ts';
import type { Visit } from '../../domain/visit.ts';

/** A household is "not visited" when its last visit is more than this many days old (or none). */
export const visitIntervalDays = 30;

export type HouseholdEntry = {
  household: Household;
  /** Lower-case words of head, members, KK, address, dusun, RT/RW (no accents). */
  searchText: string;
  /** List order: dusun, RW, RT, head's name. */
  sortKey: string;
  memberCount: number;
  risk: FamilyRisk;
  hasPregnant: boolean;
  hasUnder2: boolean;
  hasUnder5: boolean;
  /** Someone a TPK accompanies: catin, pregnant, post-partum, baduta or balita (not PUS alone). */
  hasTargets: boolean;
  lastVisitDate: CalendarDate | null;
  /** The next visit date written at the latest visit, if any. */
  nextVisitDate: CalendarDate | null;
};

export type HouseholdFilters = {
  dusun: string;
  /** 'rw/rt' as in placeKey(), or '' for all. */
  place: string;
  atRisk: boolean;
  pregnant: boolean;
  under2: boolean;
  under5: boolean;
  notVisited: boolean;
};

export const noFilters: HouseholdFilters = { dusun: '', place: '', atRisk: false, pregnant: false, under2: false, under5: false, notVisited: false };

/** Lower case without accents, so "Siti" finds "SITI" and "Sité". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('id');
}

export function placeKey(household: Pick<Household, 'rw' | 'rt'>): string {
  const pad = (value: string | null | undefined) => (value ? value.padStart(3, '0') : '');
  return household.rw || household.rt ? `${pad(household.rw)}/${pad(household.rt)}` : '';
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function latestVisit(visits: readonly Visit[] | undefined): Visit | null {
  let latest: Visit | null = null;
  for (const visit of visits ?? []) {
    if (!latest || visit.date > latest.date || (visit.date === latest.date && visit.createdAt > latest.createdAt)) latest = visit;
  }
  return latest;
}

function searchTextOf(household: Household, members: readonly Person[]): string {
  const parts = [
    household.headName,
    ...members.map((member) => member.name),
    household.kkNumber,
    household.address,
    household.dusun,
    household.rt ? `rt ${household.rt} rt${household.rt}` : '',
    household.rw ? `rw ${household.rw} rw${household.rw}` : '',
  ];
  return normalizeText(parts.filter(Boolean).join(' '));
}

/** Day bounds of the TPK targets familyRisk() leaves out (catin, pasca persalinan), once per build. */
type TargetWindow = { today: CalendarDate; weddingBy: CalendarDate; deliveredFrom: CalendarDate };

function windowOf(today: CalendarDate): TargetWindow {
  return { today, weddingBy: addMonths(today, 3), deliveredFrom: addDays(today, -postPartumDays) };
}

/** Catin or post-partum on `today`, by the same bounds as targetStatus(), as string comparisons. */
function isCatinOrPostPartum(member: Person, window: TargetWindow): boolean {
  const { weddingDate, deliveryDate } = member;
  if (weddingDate && weddingDate >= window.today && weddingDate <= window.weddingBy) return true;
  return member.sex === 'F' && member.isPregnant !== true && !!deliveryDate && deliveryDate >= window.deliveredFrom && deliveryDate <= window.today;
}

function entryOf(household: Household, members: readonly Person[], visits: readonly Visit[] | undefined, window: TargetWindow): HouseholdEntry {
  const risk = familyRisk(household, members, window.today);
  const has = (target: TargetKind) => risk.targets.includes(target);
  const latest = latestVisit(visits);
  return {
    household,
    searchText: searchTextOf(household, members),
    sortKey: sortKeyOf(household),
    memberCount: members.length,
    risk,
    hasPregnant: has('ibu-hamil'),
    hasUnder2: has('baduta'),
    hasUnder5: has('baduta') || has('balita'),
    hasTargets: has('ibu-hamil') || has('baduta') || has('balita') || members.some((member) => isCatinOrPostPartum(member, window)),
    lastVisitDate: latest?.date ?? null,
    nextVisitDate: latest?.nextVisitDate ?? null,
  };
}

/** Changes whenever the household, one of its members or visits is written (updatedAt), or the day changes. */
function fingerprintOf(household: Household, members: readonly Person[], visits: readonly Visit[] | undefined, today: CalendarDate): string {
  let text = `${today}|${household.updatedAt}`;
  for (const member of members) text += `|${member.id}@${member.updatedAt}`;
  for (const visit of visits ?? []) text += `|${visit.id}@${visit.updatedAt}`;
  return text;
}

/** "dusun\0rw\0rt\0name", lower case, RW/RT zero-padded: list order by plain string comparison. */
function sortKeyOf(household: Household): string {
  const pad = (value: string | null | undefined) => (value ?? '').padStart(3, '0');
  return normalizeText(`${household.dusun ?? ''}\u0000${pad(household.rw)}\u0000${pad(household.rt)}\u0000${household.headName}`);
}

/**
 * An index builder that keeps each household's entry while its fingerprint is unchanged, so
 * after the first build a data change recomputes only the households it touched.
 */
export function createHouseholdIndexer() {
  let cache = new Map<string, { fingerprint: string; entry: HouseholdEntry }>();
  return function build(households: readonly Household[], persons: readonly Person[], visits: readonly Visit[], today: CalendarDate): HouseholdEntry[] {
    const membersOf = groupBy(persons.filter((person) => !person.deleted), (person) => person.householdId);
    const visitsOf = groupBy(visits.filter((visit) => !visit.deleted), (visit) => visit.householdId);
    const window = windowOf(today);
    const next = new Map<string, { fingerprint: string; entry: HouseholdEntry }>();
    const entries: HouseholdEntry[] = [];
    for (const household of households) {
      if (household.deleted) continue;
      const members = membersOf.get(household.id) ?? [];
      const ownVisits = visitsOf.get(household.id);
      const fingerprint = fingerprintOf(household, members, ownVisits, today);
      const cached = cache.get(household.id);
      const entry = cached && cached.fingerprint === fingerprint ? cached.entry : entryOf(household, members, ownVisits, window);
      next.set(household.id, { fingerprint, entry });
      entries.push(entry);
    }
    cache = next;
    return entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  };
}

/** The live households in the index's list order, from the households table alone (the list's first screenful at start). */
export function householdsInListOrder(households: readonly Household[]): Household[] {
  const keyed = households.filter((household) => !household.deleted).map((household) => ({ household, key: sortKeyOf(household) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ household }) => household);
}

/** Entries of the live households, in list order (dusun, RW, RT, head's name). */
export function buildHouseholdIndex(
  households: readonly Household[],
  persons: readonly Person[],
  visits: readonly Visit[],
  today: CalendarDate,
): HouseholdEntry[] {
  return createHouseholdIndexer()(households, persons, visits, today);
}

export function isNotVisited(entry: HouseholdEntry, today: CalendarDate): boolean {
  return entry.lastVisitDate === null || daysBetween(entry.lastVisitDate, today) > visitIntervalDays;
}

function passesFilters(entry: HouseholdEntry, filters: HouseholdFilters, today: CalendarDate): boolean {
  const { household } = entry;
  if (filters.dusun && normalizeText(household.dusun ?? '') !== normalizeText(filters.dusun)) return false;
  if (filters.place && placeKey(household) !== filters.place) return false;
  if (filters.atRisk && !entry.risk.atRisk) return false;
  if (filters.pregnant && !entry.hasPregnant) return false;
  if (filters.under2 && !entry.hasUnder2) return false;
  if (filters.under5 && !entry.hasUnder5) return false;
  return !filters.notVisited || isNotVisited(entry, today);
}

/** Entries matching every word of the query and every filter, in index order. */
export function filterHouseholds(entries: readonly HouseholdEntry[], query: string, filters: HouseholdFilters, today: CalendarDate): HouseholdEntry[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => words.every((word) => entry.searchText.includes(word)) && passesFilters(entry, filters, today));
}

/** Distinct dusun names (as first written) and RW/RT places, for the filter pickers. */
export function filterChoices(entries: readonly { household: Household }[], dusun: string): { dusuns: string[]; places: string[] } {
  const dusuns = new Map<string, string>();
  const places = new Set<string>();
  for (const { household } of entries) {
    if (household.dusun) dusuns.set(normalizeText(household.dusun), dusuns.get(normalizeText(household.dusun)) ?? household.dusun);
    const inDusun = !dusun || normalizeText(household.dusun ?? '') === normalizeText(dusun);
    if (inDusun && placeKey(household)) places.add(placeKey(household));
  }
  const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });
  return { dusuns: [...dusuns.values()].sort(collator.compare), places: [...places].sort() };
}

export function activeFilterCount(filters: HouseholdFilters): number {
  return Object.values(filters).filter((value) => value !== '' && value !== false).length;
}
