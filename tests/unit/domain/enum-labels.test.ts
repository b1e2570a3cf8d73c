// Every value of every choice list in src/domain has a label in the `enums` namespace, in
// Indonesian and in English, and no label is left for a value that no longer exists.
// A new exported list of strings in src/domain fails here until it is labelled (or listed
// below as not a choice list).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enums as idEnums } from '../../../src/i18n/id/enums.ts';
import { enums as enEnums } from '../../../src/i18n/en/enums.ts';

/** Exported list name in src/domain -> its object in the enums namespace. */
const labelled: Record<string, keyof typeof idEnums> = {
  recordKinds: 'recordKind',
  targetKinds: 'targetKind',
  riskFactors: 'riskFactor',
  contextFactors: 'contextFactor',
  missingFacts: 'missingFact',
  sexes: 'sex',
  familyRelations: 'familyRelation',
  maritalStatuses: 'maritalStatus',
  educationLevels: 'education',
  drinkingWaterSources: 'drinkingWater',
  toiletKinds: 'toilet',
  houseConditions: 'houseCondition',
  measureMethods: 'measureMethod',
  measurementPlaces: 'measurementPlace',
  counsellingTopics: 'counsellingTopic',
  referralTargets: 'referralTarget',
  outreachTopics: 'outreachTopic',
  audienceGroups: 'audienceGroup',
  sponsorKinds: 'sponsorKind',
  supportTypes: 'supportType',
  pledgeSchedules: 'pledgeSchedule',
  beneficiaryKinds: 'beneficiaryKind',
  pledgeStatuses: 'pledgeStatus',
  pokjaPositions: 'pokjaPosition',
  attendanceStatuses: 'attendanceStatus',
  actionItemStatuses: 'actionItemStatus',
};

/** Exported string lists that users never pick from (subsets, codes, field names). */
// childFlags and statusIndices (child-status.ts) are labelled in the `children` and `anthro` namespaces.
const notChoiceLists = new Set(['offeredSponsorKinds', 'properDrinkingWaterSources', 'properToiletKinds', 'provinceCodes', 'systemFields', 'childFlags', 'statusIndices']);

const domainDir = fileURLToPath(new URL('../../../src/domain/', import.meta.url));

async function exportedStringLists(): Promise<Map<string, readonly string[]>> {
  const lists = new Map<string, readonly string[]>();
  for (const file of readdirSync(domainDir).filter((name) => name.endsWith('.ts'))) {
    const module = (await import(/* @vite-ignore */ domainDir + file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) lists.set(name, value);
    }
  }
  return lists;
}

describe('enum labels', () => {
  it('every exported choice list of src/domain is labelled', async () => {
    const lists = await exportedStringLists();
    expect(lists.size).toBeGreaterThanOrEqual(Object.keys(labelled).length);
    const unknown = [...lists.keys()].filter((name) => !(name in labelled) && !notChoiceLists.has(name));
    expect(unknown).toEqual([]);
    for (const name of Object.keys(labelled)) expect(lists.has(name), name).toBe(true);
  });

  it.each(Object.entries(labelled))('%s: a label per value in id and en, and no extra labels', async (listName, namespace) => {
    const list = (await exportedStringLists()).get(listName) ?? [];
    expect(list.length).toBeGreaterThan(0);
    for (const [language, dictionary] of [['id', idEnums], ['en', enEnums]] as const) {
      const labels = dictionary[namespace] as Record<string, string>;
      expect(Object.keys(labels).sort(), `${language}.enums.${namespace}`).toEqual([...list].sort());
      for (const value of list) expect(labels[value]?.trim(), `${language}.enums.${namespace}.${value}`).toBeTruthy();
    }
  });

  it('English has the same enums objects as Indonesian', () => {
    expect(Object.keys(enEnums).sort()).toEqual(Object.keys(idEnums).sort());
  });
});
