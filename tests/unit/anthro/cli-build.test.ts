// bin/genting.mjs runs the CLI precompiled (bin/cli-build.mjs): the same bytes as the
// TypeScript path, worker threads included, and a rebuild when a source file changes.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { convertZscoreCsv } from '../../../sync-server/cli/zscores.ts';

const root = resolve(import.meta.dirname, '../../..');
const cli = join(root, 'bin/genting.mjs');
const current = join(root, 'node_modules/.cache/genting-cli/current.json');
type Current = { dir: string; inputs: [string, number, number][] };

async function convertInProcess(csv: string) {
  let output = '';
  const warnings: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { output += String(chunk); done(); } });
  await convertZscoreCsv(Readable.from([csv]), sink, (line) => warnings.push(line), 'days');
  return { output, warnings };
}

describe('bin/genting.mjs precompiled', () => {
  it('converts a large file (named or on stdin) with compiled worker threads to the same bytes and warnings as in process', async () => {
    const rows = ['id,sex,age,weight,lenhei,measure,oedema,headc,armc,triskin,subskin,note'];
    for (let i = 1; rows.length < 200_000; i += 1) {
      const sex = i % 997 === 0 ? '3' : String(1 + (i % 2));
      const note = i % 1000 === 0 ? '"two\nlines, quoted"' : 'x';
      rows.push(`${i},${sex},${i % 1900},${(3 + (i % 150) / 10).toFixed(1)},${(50 + (i % 600) / 10).toFixed(1)},${i % 3 ? 'l' : 'h'},n,40.1,14.2,8.1,6,${note}`);
    }
    const csv = `${rows.join('\n')}\n`;
    const dir = mkdtempSync(join(tmpdir(), 'genting-cli-build-'));
    try {
      const file = join(dir, 'in.csv');
      writeFileSync(file, csv);
      expect(statSync(file).size).toBeGreaterThan(8 << 20); // the worker-thread path (zscores.ts)
      const run = spawnSync(process.execPath, [cli, 'zscores', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const expected = await convertInProcess(csv);
      expect(run.status).toBe(0);
      expect(run.stdout === expected.output).toBe(true);
      expect(run.stderr).toBe(expected.warnings.map((line) => `${line}\n`).join(''));
      expect(run.stderr).toContain('zscores: row 997: sex must be 1, 2, m, f or empty');
      // stdin redirected from the file (`< in.csv`) is read like the named file
      const fd = openSync(file, 'r');
      const redirected = spawnSync(process.execPath, [cli, 'zscores'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
      closeSync(fd);
      expect(redirected.status).toBe(0);
      expect(redirected.stdout === expected.output).toBe(true);
      expect(redirected.stderr).toBe(run.stderr);
      const build = JSON.parse(readFileSync(current, 'utf8')) as Current;
      expect(build.inputs.map(([path]) => path)).toContain('sync-server/cli/zscores-worker.ts');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('rebuilds when a source file of the build changes', () => {
    expect(spawnSync(process.execPath, [cli, 'version'], { encoding: 'utf8' }).status).toBe(0);
    const before = JSON.parse(readFileSync(current, 'utf8')) as Current;
    const source = join(root, 'src/anthro/csv-format.ts');
    const time = new Date(Math.floor(statSync(source).mtimeMs) - 60_000);
    utimesSync(source, time, time); // same content, new mtime: counts as an edit
    const version = spawnSync(process.execPath, [cli, 'version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    const after = JSON.parse(readFileSync(current, 'utf8')) as Current;
    expect(after.dir).not.toBe(before.dir);
    // mtimeMs comes from nanoseconds as a float (…296.999 for …297): compare to the millisecond
    expect(Math.round(after.inputs.find(([path]) => path === 'src/anthro/csv-format.ts')?.[2] ?? Number.NaN)).toBe(time.getTime());
  }, 60_000);
});
