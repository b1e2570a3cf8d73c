#!/usr/bin/env node
// Converts WHO's LMS tables (the .txt files of WHO's anthro R package, described in
// ../shared/who-growth-standards/README.md) into the compact JSON files the project commits
// in src/anthro/tables/. Run it only when WHO's tables change:
//
//   node scripts/convert-who-tables.mjs [SOURCE_DIR]     (default ../shared/who-growth-standards)
//
// Each output file holds, per sex (index 0 = male, 1 = female), the L, M and S columns as
// arrays over consecutive keys: ages 0..1826 days (91..1826 for ac/ts/ss), lengths 45.0..110.0
// cm or heights 65.0..120.0 cm in 0.1 cm steps. Numbers are written as the JSON number of
// the parsed decimal text, so reading them back gives exactly the double R reads from the
// .txt file. The script checks that the keys are consecutive, that both sexes cover the same
// keys and that the loh/lorh columns say what README.md says; any surprise stops it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'who-growth-standards'));
const outDir = join(root, 'src', 'anthro', 'tables');

/** name in the project -> WHO file, key column, first key, key steps per unit. */
const TABLES = [
  { name: 'lhfa', file: 'lenanthro.txt', key: 'age', first: 0, last: 1826, perUnit: 1 },
  { name: 'wfa', file: 'weianthro.txt', key: 'age', first: 0, last: 1826, perUnit: 1 },
  { name: 'bfa', file: 'bmianthro.txt', key: 'age', first: 0, last: 1826, perUnit: 1 },
  { name: 'hcfa', file: 'hcanthro.txt', key: 'age', first: 0, last: 1826, perUnit: 1 },
  { name: 'acfa', file: 'acanthro.txt', key: 'age', first: 91, last: 1826, perUnit: 1 },
  { name: 'tsfa', file: 'tsanthro.txt', key: 'age', first: 91, last: 1826, perUnit: 1 },
  { name: 'ssfa', file: 'ssanthro.txt', key: 'age', first: 91, last: 1826, perUnit: 1 },
  { name: 'wfl', file: 'wflanthro.txt', key: 'length', first: 45, last: 110, perUnit: 10, lorh: 'L' },
  { name: 'wfh', file: 'wfhanthro.txt', key: 'height', first: 65, last: 120, perUnit: 10, lorh: 'H' },
];

function fail(message) {
  process.stderr.write(`convert-who-tables: ${message}\n`);
  process.exit(1);
}

/** Parses one decimal field; the text must be a plain decimal number. */
function parseNumber(text, where) {
  if (!/^-?\d+(\.\d+)?$/.test(text)) fail(`${where}: not a number: ${JSON.stringify(text)}`);
  return Number(text);
}

function convert(spec) {
  const text = readFileSync(join(sourceDir, spec.file), 'utf8');
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines[0].split('\t');
  const expected = ['sex', spec.key, 'l', 'm', 's'];
  if (expected.some((column, i) => header[i] !== column)) fail(`${spec.file}: unexpected header ${header.join(',')}`);
  const count = Math.round((spec.last - spec.first) * spec.perUnit) + 1;
  const columns = { l: [[], []], m: [[], []], s: [[], []] };
  for (let i = 1; i < lines.length; i += 1) {
    const fields = lines[i].split('\t');
    const where = `${spec.file}:${i + 1}`;
    const sex = parseNumber(fields[0], where);
    if (sex !== 1 && sex !== 2) fail(`${where}: sex ${sex}`);
    const index = sex - 1;
    const keyText = fields[1];
    const keySteps = Math.round((parseNumber(keyText, where) - spec.first) * spec.perUnit);
    if (keySteps !== columns.l[index].length) fail(`${where}: key ${keyText} out of sequence`);
    // The key must be exactly the tenth (or day) it names, as R's merge compares it.
    if (Number(keyText) !== (spec.first * spec.perUnit + keySteps) / spec.perUnit) fail(`${where}: key ${keyText} is not on the grid`);
    if (spec.lorh && fields[5] !== spec.lorh) fail(`${where}: lorh ${fields[5]} (expected ${spec.lorh})`);
    const l = parseNumber(fields[2], where);
    if (l === 0) fail(`${where}: L is 0 (the Box-Cox formula needs L != 0)`);
    columns.l[index].push(l);
    columns.m[index].push(parseNumber(fields[3], where));
    columns.s[index].push(parseNumber(fields[4], where));
  }
  for (const index of [0, 1]) {
    if (columns.l[index].length !== count) fail(`${spec.file}: sex ${index + 1} has ${columns.l[index].length} rows, expected ${count}`);
  }
  return {
    name: spec.name,
    source: spec.file,
    key: spec.key,
    first: spec.first,
    perUnit: spec.perUnit,
    count,
    l: columns.l,
    m: columns.m,
    s: columns.s,
  };
}

mkdirSync(outDir, { recursive: true });
let rawBytes = 0;
let gzipBytes = 0;
for (const spec of TABLES) {
  const json = `${JSON.stringify(convert(spec))}\n`;
  writeFileSync(join(outDir, `${spec.name}.json`), json);
  rawBytes += json.length;
  gzipBytes += gzipSync(json, { level: 9 }).length;
}
process.stdout.write(
  `${JSON.stringify({ tables: TABLES.length, outDir: 'src/anthro/tables', rawBytes, gzipBytes })}\n`,
);
