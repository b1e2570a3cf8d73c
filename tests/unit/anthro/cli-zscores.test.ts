// `npx genting zscores`: CSV in, anthro's columns out, bad rows warned and left empty.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { convertZscoreCsv, convertZscoreCsvFile } from '../../../sync-server/cli/zscores.ts';
import { computeZscores } from '../../../src/anthro/compute-zscores.ts';
import { outputColumns } from '../../../src/anthro/csv-zscores.ts';
import { loadGrowthTablesSync } from '../../../src/anthro/load-growth-tables-sync.ts';

async function run(csv: string | string[], ageUnit: 'days' | 'months' = 'days') {
  let output = '';
  const warnings: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { output += String(chunk); done(); } });
  const code = await convertZscoreCsv(Readable.from(Array.isArray(csv) ? csv : [csv]), sink, (line) => warnings.push(line), ageUnit);
  return { code, lines: output.split('\n').filter((line) => line !== ''), warnings };
}

const header = 'id,sex,age,weight,lenhei,measure,oedema,headc,armc,triskin,subskin';

describe('zscores CSV conversion', () => {
  it('appends anthro\'s columns in anthro\'s order and passes other columns through', async () => {
    const { code, lines, warnings } = await run(`${header},note\n1,1,400,9.5,75.3,l,n,46,15,8,6,"Budi, S"\n`);
    expect(code).toBe(0);
    expect(warnings).toEqual([]);
    expect(lines[0]).toBe(`${header},note,${outputColumns.join(',')}`);
    expect(lines[1]).toBe('1,1,400,9.5,75.3,l,n,46,15,8,6,"Budi, S",75.3,l,0,16.7545841424034,1,-0.73,0,-0.38,0,-0.08,0,0.07,0,-0.29,0,0.28,0,0.01,0,-0.34,0');
  });
  it('writes NA as empty, corrected lengths as R prints them, flags as 0/1', async () => {
    const { lines } = await run('sex,age,lenhei,measure,weight\nf,400,75.3,h,\n1,987,72.86,l,\n,,80.1,,\n');
    expect(lines[1]).toBe('f,400,75.3,h,,76,h,0,,2,' + lines[1]?.split(',').slice(10).join(','));
    expect(lines[1]?.split(',')[5]).toBe('76');
    expect(lines[2]?.split(',').slice(5, 12)).toEqual(['72.16', 'l', '0', '', '1', '-6.09', '1']);
    expect(lines[3]?.split(',').slice(5)).toEqual(['80.1', '', '0', '', '', ...Array(16).fill('')]);
  });
  it('reads ages in months when asked', async () => {
    const { lines } = await run('sex,age,lenhei\n2,24,77.5\n', 'months');
    expect(lines[1]?.split(',')[8]).toBe('-2.55');
  });
  it('warns once per bad row, naming the row and column but not the value, and goes on', async () => {
    const { code, lines, warnings } = await run('sex,age,weight,measure,oedema\n3,100,5,,\n1,-2,5,,\n1,100,abc,,\n1,100,5,x,\n1,100,5,,maybe\n1,100,5,,\n1,100\n');
    expect(code).toBe(0);
    expect(warnings).toEqual([
      'zscores: row 1: sex must be 1, 2, m, f or empty',
      'zscores: row 2: age is negative',
      'zscores: row 3: weight is not a number',
      'zscores: row 4: measure must be l, h or empty',
      'zscores: row 5: oedema must be y, n, 1, 2 or empty',
      'zscores: row 7: has 2 fields, the header has 5',
      'zscores: 7 rows, 6 with bad values (outputs left empty)',
    ]);
    expect(lines[1]).toBe(`3,100,5,,,${Array(outputColumns.length).fill('').join(',')}`);
    expect(lines[6]?.split(',')[12]).toBe(String(computeZscores(loadGrowthTablesSync(), { sex: 1, age: 100, weightKg: 5 }).zwei));
    expect(lines[7]).toBe(`1,100,,,,${Array(outputColumns.length).fill('').join(',')}`);
  });
  it('handles CRLF, quoted line breaks, a BOM, records split across chunks and semicolon files', async () => {
    const { lines } = await run(['\ufeffsex,age,note,weight\r\n1,400,"two\r\nlines",9', '.5\r\n2,100,x,6\r\n']);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('1,400,"two\r');
    expect(lines[2]?.startsWith('lines",9.5,')).toBe(true);
    expect(lines[3]?.startsWith('2,100,x,6,')).toBe(true);
    const semicolon = await run('sex;age;weight\n1;400;9,5\n');
    expect(semicolon.lines[1]?.split(';').slice(3, 13)).toEqual(['', '', '0', '', '1', '', '', '-0.38', '0', '']);
  });
  it('reuses an output buffer only after the write callback, and only when asked (a sink may keep its chunks)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${1 + (i % 2)},${i % 1800},${(3 + (i % 120) / 10).toFixed(1)},${(50 + (i % 500) / 10).toFixed(1)}`);
    const chunks = Array.from({ length: 30 }, (_, k) => `${k === 0 ? 'sex,age,weight,lenhei\n' : ''}${rows.slice(k * 100, k * 100 + 100).join('\n')}\n`);
    const expected = (await run(chunks)).lines;
    const lines = (parts: Uint8Array[]) => Buffer.concat(parts).toString().split('\n').filter((line) => line !== '');
    // reuse: a slow sink that reads each chunk only when it finishes writing it
    const copied: Uint8Array[] = [];
    const slow = new Writable({ highWaterMark: 1, write(chunk: Uint8Array, _encoding, done) { setTimeout(() => { copied.push(Buffer.from(chunk)); done(); }, 1); } });
    expect(await convertZscoreCsv(Readable.from(chunks), slow, () => undefined, 'days', true)).toBe(0);
    expect(lines(copied)).toEqual(expected);
    // no reuse (the default): a sink that keeps the chunks themselves
    const kept: Uint8Array[] = [];
    const keeping = new Writable({ write(chunk: Uint8Array, _encoding, done) { kept.push(chunk); done(); } });
    expect(await convertZscoreCsv(Readable.from(chunks), keeping, () => undefined, 'days')).toBe(0);
    expect(lines(kept)).toEqual(expected);
  });
  it('refuses an input without sex/age or that is not CSV', async () => {
    expect(await run('id,weight\n1,5\n')).toMatchObject({ code: 1, lines: [], warnings: ['zscores: the header lacks the columns sex, age'] });
    expect(await run('sex,weight\n1,5\n')).toMatchObject({ code: 1, warnings: ['zscores: the header lacks the column age'] });
    expect(await run('\u0000\u0001binary')).toMatchObject({ code: 1, warnings: ['zscores: the input is not a CSV text file'] });
    expect(await run('')).toMatchObject({ code: 1, warnings: ['zscores: the input is empty (expected a CSV header line)'] });
  });
});

describe('zscores with worker threads (large files)', () => {
  it('gives the same bytes and row numbers as one thread, across batch boundaries and quoted line breaks', async () => {
    const rows = [`${header},note`];
    for (let i = 1; i <= 60_000; i += 1) {
      const sex = i % 997 === 0 ? '3' : String(1 + (i % 2));
      const note = i % 1000 === 0 ? '"two\nlines, quoted"' : 'x';
      rows.push(`${i},${sex},${i % 1900},${(3 + (i % 150) / 10).toFixed(1)},${(50 + (i % 600) / 10).toFixed(1)},${i % 3 ? 'l' : 'h'},n,40.1,14.2,8,6,${note}`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'genting-zscores-'));
    try {
      const file = join(dir, 'in.csv');
      writeFileSync(file, `${rows.join('\n')}\n`);
      const single = await run(`${rows.join('\n')}\n`);
      let output = '';
      const warnings: string[] = [];
      const sink = new Writable({ write(chunk, _encoding, done) { output += String(chunk); done(); } });
      const code = await convertZscoreCsvFile(file, sink, (line) => warnings.push(line), 'days', 2);
      expect(code).toBe(0);
      expect(output.split('\n').filter((line) => line !== '')).toEqual(single.lines);
      expect(warnings).toEqual(single.warnings);
      expect(warnings).toContain('zscores: row 997: sex must be 1, 2, m, f or empty');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('zscores with worker threads, records longer than a read', () => {
  it('carries a record of more than 1 MB across reads and converts a last record without a line break', async () => {
    const long = `"${'x'.repeat(1_500_000)}\nstill the same field"`;
    const csv = `${header},note\n1,1,400,9.5,75.3,l,n,46,15,8,6,a\n2,2,500,9.1,74.1,h,,,,,,${long}\n3,3,1,1,,,,,,,,b\n4,2,30,4.1,53,l,n,,,,,c`;
    const dir = mkdtempSync(join(tmpdir(), 'genting-zscores-'));
    try {
      const file = join(dir, 'in.csv');
      writeFileSync(file, csv);
      const single = await run(csv);
      let output = '';
      const warnings: string[] = [];
      const sink = new Writable({ write(chunk, _encoding, done) { output += String(chunk); done(); } });
      expect(await convertZscoreCsvFile(file, sink, (line) => warnings.push(line), 'days', 2)).toBe(0);
      expect(output.split('\n').filter((line) => line !== '')).toEqual(single.lines);
      expect(single.lines).toHaveLength(6);
      expect(warnings).toEqual(['zscores: row 3: sex must be 1, 2, m, f or empty', 'zscores: 4 rows, 1 with bad values (outputs left empty)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('npx genting zscores', () => {
  const cli = resolve(import.meta.dirname, '../../../bin/genting.mjs');
  it('reads stdin, writes stdout and exits 0; usage errors exit non-zero', () => {
    const ok = spawnSync(process.execPath, [cli, 'zscores', '--age-unit', 'months'], { input: 'sex,age,weight\n1,12,9.6\n', encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n')[1]?.startsWith('1,12,9.6,')).toBe(true);
    const bad = spawnSync(process.execPath, [cli, 'zscores', '--age-unit', 'years'], { input: '', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--age-unit must be days or months');
    const missing = spawnSync(process.execPath, [cli, 'zscores', '/nonexistent/file.csv'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  }, 30_000);
});
