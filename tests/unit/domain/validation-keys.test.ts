// Every validation message key that src/domain can produce exists in the Indonesian and
// English `validation` namespaces, with the same {placeholders}, and the params that the
// domain sends fill them.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validation as id } from '../../../src/i18n/id/validation.ts';
import { validation as en } from '../../../src/i18n/en/validation.ts';
import { recordKinds } from '../../../src/domain/record-kinds.ts';
import { recordSchemas } from '../../../src/domain/registry.ts';
import { toFieldIssues, type FieldIssue } from '../../../src/domain/field-issues.ts';
import { checkPerson } from '../../../src/domain/rules.ts';
import { full } from './fixtures.ts';

const domainDir = fileURLToPath(new URL('../../../src/domain/', import.meta.url));
const sources = readdirSync(domainDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(domainDir + name, 'utf8') }));

/** Keys written in src/domain: 'validation.x' literals, messageKey('x'), requiredOr('x'), fieldIssue(path, 'x'), problemKeys, fallback keys. */
function keysUsedInDomain(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /'validation\.(\w+)'/g,
    /\bmessageKey\('(\w+)'\)/g,
    /\brequiredOr\('(\w+)'\)/g,
    /\bfieldIssue\(\s*'[\w.]+',\s*'(\w+)'/g,
    /'village-code-[a-z]+': '(\w+)'/g,
    // fallbackKey() in field-issues.ts
    /\breturn '(\w+)';/g,
  ];
  for (const { name, text } of sources) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) found.set(match[1] as string, name);
    }
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('validation namespace', () => {
  it('has the same keys in Indonesian and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it('has every key that src/domain uses', () => {
    const used = keysUsedInDomain();
    // The scan must see the domain's keys at all (a broken pattern would pass vacuously).
    expect(used.size).toBeGreaterThan(50);
    for (const [key, file] of used) {
      expect(Object.hasOwn(id, key), `${file}: validation.${key} (id)`).toBe(true);
      expect(Object.hasOwn(en, key), `${file}: validation.${key} (en)`).toBe(true);
    }
  });
});

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Issues of a variety of invalid records of every kind, plus the NIK warnings. */
function sampleIssues(): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const broken: Record<string, unknown> = {
    headName: 'x'.repeat(200),
    name: 'x'.repeat(200),
    welfareDecile: 99,
    weightKg: 0.123,
    lengthCm: 10,
    topics: ['mp-asi', 'mp-asi', 'x'],
    targetIds: Array.from({ length: 40 }, () => full.visit().householdId),
    periods: 0,
    quantity: 1.234,
    amountRp: -1,
    childrenBornAlive: 30,
    maleAnak: 1e6,
  };
  for (const kind of recordKinds) {
    const parsed = recordSchemas[kind].safeParse({ ...full[kind](), ...broken });
    if (!parsed.success) issues.push(...toFieldIssues(parsed.error));
  }
  issues.push(...checkPerson({ sex: 'M', birthDate: '1990-01-01', nik: '3201015205950001' }, { today: '2025-01-01', villageCode: '3171011001' }).warnings);
  return issues;
}

describe('messages as shown', () => {
  it('every issue the domain reports fills all placeholders of its message', () => {
    const issues = sampleIssues();
    expect(new Set(issues.map((issue) => issue.messageKey)).size).toBeGreaterThan(8);
    for (const issue of issues) {
      const key = issue.messageKey.slice('validation.'.length) as keyof typeof id;
      for (const text of [id[key], en[key]]) {
        expect(text, issue.messageKey).toBeDefined();
        expect(fill(text, issue.params), `${issue.path}: ${issue.messageKey}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
