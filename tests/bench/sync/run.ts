// `npm run bench:sync -- --n 10000`: the "village sync" benchmark (issue #4, "Measure").
// Builds the benchmark page (vite.config.ts here), starts the real sync server (buildApp of
// sync-server/app.ts, SQLite store in a temp dir, development token) on 127.0.0.1 serving
// that page, drives Debian's headless Chromium (/usr/bin/chromium via playwright-core, a
// fresh persistent profile: real on-disk IndexedDB) through the steps of page.ts, checks the
// result, stops everything it started and prints ONE JSON line, last, on stdout:
//   {"engine":"genting","n":10000,"local_write_ms":…,"push_ms":…,"initial_pull_ms":…,
//    "delta_push_ms":…,"delta_pull_ms":…, …}
// Options: --n (multiple of 100, default 10000), --runs R (fresh runs; each step's median
// is reported, every run goes to stderr), --write-batch (records per createMany round,
// default 1000), --delta-rounds R (repeat the delta steps R times, median; default 1), --with-pouchdb (also runs the PouchDB peer of ../shared/peers/pouchdb
// copied to /tmp/pouchdb-peer, once per run right after ours, and prints its median line
// before ours), --keep (keep the temp folders), --chromium PATH, --profile (CPU profile of
// the page per step, server time per route, and the --trace lines), --trace (every IndexedDB
// transaction and fetch of the page with its start and duration). Progress goes to stderr.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { buildApp } from '../../../sync-server/app.ts';
import { readConfig } from '../../../sync-server/config.ts';
import { openStore } from '../../../sync-server/store/open.ts';
import type { BenchApi } from './page.ts';

const here = import.meta.dirname;
const distDir = resolve(here, '../../../.tmp/bench-sync/dist');
const PEER_DIR = '/tmp/pouchdb-peer';
const profileDir = resolve(here, '../../../.tmp/bench-sync/profiles');
const STEP_KEYS = ['local_write_ms', 'push_ms', 'initial_pull_ms', 'delta_push_ms', 'delta_pull_ms'] as const;

type Options = { n: number; runs: number; writeBatch: number; withPouchdb: boolean; keep: boolean; chromium: string; profile: boolean; trace: boolean; deltaRounds: number };
type Figures = Record<(typeof STEP_KEYS)[number] | 'delta_update_ms', number>;

function parseArgs(argv: string[]): Options {
  const options: Options = { n: 10_000, runs: 1, writeBatch: 1000, withPouchdb: false, keep: false, chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', profile: false, trace: false, deltaRounds: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--n') options.n = Number(value());
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--delta-rounds') options.deltaRounds = Number(value());
    else if (arg === '--write-batch') options.writeBatch = Number(value());
    else if (arg === '--with-pouchdb') options.withPouchdb = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--profile') options.profile = options.trace = true;
    else if (arg === '--trace') options.trace = true;
    else if (arg === '--chromium') options.chromium = value();
    else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.n) || options.n <= 0 || options.n % 100 !== 0) throw new Error('--n must be a positive multiple of 100');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
  return options;
}

const log = (...parts: unknown[]) => process.stderr.write(`[bench:sync ${new Date().toISOString().slice(11, 19)}] ${parts.join(' ')}\n`);
const load1 = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/** Things to stop on exit, newest first. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanup(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()?.().catch(() => undefined);
}

async function runGenting(options: Options): Promise<Figures & Record<string, unknown>> {
  const runDir = mkdtempSync(join(tmpdir(), 'genting-bench-sync-'));
  const token = randomBytes(24).toString('hex');
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(runDir, 'server'), STATIC_DIR: distDir, LOG_LEVEL: 'silent', GENTING_DEV_TOKEN: token, GENTING_DEV_SCOPE: 'all' });
  if (!config.ok) throw new Error(`server config: ${config.errors.join('; ')}`);
  const store = await openStore(config.value);
  const app = await buildApp({ config: config.value, store, logger: false });
  cleanups.push(async () => {
    await app.close();
    await store.close();
    if (!options.keep) rmSync(runDir, { recursive: true, force: true });
  });
  // --profile, --trace: server time per route, printed after each step.
  const serverMs = new Map<string, { count: number; ms: number }>();
  if (options.trace) {
    const started = new WeakMap<object, number>();
    app.addHook('onRequest', async (request) => void started.set(request, performance.now()));
    app.addHook('onResponse', async (request) => {
      const route = `${request.method} ${request.url.split('?')[0]}`;
      const entry = serverMs.get(route) ?? { count: 0, ms: 0 };
      entry.count += 1;
      entry.ms += performance.now() - (started.get(request) ?? performance.now());
      serverMs.set(route, entry);
    });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server: no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;

  const context: BrowserContext = await chromium.launchPersistentContext(join(runDir, 'chromium-profile'), {
    executablePath: options.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let contextOpen = true;
  cleanups.push(async () => {
    if (contextOpen) await context.close();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log(`page ${message.type()}: ${message.text().slice(0, 300)}`);
  });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, null, { timeout: 30_000 });
  type Call = <K extends keyof BenchApi>(name: K, arg?: Parameters<BenchApi[K]>[0]) => Promise<Awaited<ReturnType<BenchApi[K]>>>;
  const call: Call = (name, arg) =>
    page.evaluate(([n, a]) => (window as unknown as { bench: Record<string, (x: unknown) => unknown> }).bench[n as string]?.(a), [name, arg] as const) as never;

  const setup = await call('setup', { n: options.n, token, writeBatch: options.writeBatch, trace: options.trace });
  log(`setup: ${options.n} records, avg ${setup.avg_bytes.toFixed(1)} B, kinds ${JSON.stringify(setup.kinds)}`);
  const loadAtStart = load1();
  const profiler = options.profile ? await context.newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  const steps: Record<string, Record<string, unknown> & { ms: number }> = {};
  const deltaMs: Record<string, number[]> = { delta_update: [], delta_push: [], delta_pull: [] };
  const plan: [string, keyof BenchApi, number?][] = [['local_write', 'localWrite'], ['push', 'push'], ['initial_pull', 'initialPull']];
  for (let round = 0; round < options.deltaRounds; round++) plan.push(['delta_update', 'deltaUpdate', round], ['delta_push', 'deltaPush'], ['delta_pull', 'deltaPull']);
  for (const [key, name, arg] of plan) {
    if (profiler) await profiler.send('Profiler.start');
    const step = (await call(name, arg as never)) as Record<string, unknown> & { ms: number };
    deltaMs[key]?.push(step.ms);
    const traced = options.trace ? await call('takeTrace') : [];
    if (key.startsWith('delta') || traced.length <= 40) for (const line of traced) process.stderr.write(`    ${line}\n`);
    else process.stderr.write(`    ${traced.length} traced: ${[...traced.slice(0, 12), '...', ...traced.slice(-6)].join('\n    ')}\n`);
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      printProfile(key, profile);
      // The whole profile too, for DevTools (Performance panel: load profile) or a script.
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(join(profileDir, `${key}.cpuprofile`), JSON.stringify(profile));
    }
    for (const [route, entry] of serverMs) log(`  server ${route}: ${entry.count} requests, ${entry.ms.toFixed(0)} ms`);
    serverMs.clear();
    steps[key] = step;
    const { ms, ...extra } = step;
    log(`${key}: ${ms.toFixed(0)} ms ${Object.keys(extra).length > 0 ? JSON.stringify(extra) : ''}`);
  }
  const verify = await call('verify');
  const storage = await call('storage');
  log(`verify: ${JSON.stringify(verify)}`);
  contextOpen = false;
  await context.close();
  await cleanup();
  if (!verify.ok) throw new Error(`verification failed: ${verify.problems.join('; ')}`);
  // With --delta-rounds R, each delta step is the median of its R rounds.
  const ms = (key: string) => Math.round(deltaMs[key] ? median(deltaMs[key]) : (steps[key]?.ms ?? Number.NaN));
  return {
    local_write_ms: ms('local_write'),
    push_ms: ms('push'),
    initial_pull_ms: ms('initial_pull'),
    delta_push_ms: ms('delta_push'),
    delta_pull_ms: ms('delta_pull'),
    delta_update_ms: ms('delta_update'),
    idb_estimate_bytes: storage?.usage ?? null,
    loadavg_1m_at_start: loadAtStart,
    loadavg_1m_at_end: load1(),
  };
}

type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] };

/** --profile: the page's JS self time per function during one step (the rest is waiting on IndexedDB or the network). */
function printProfile(step: string, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((id, index) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas?.[index] ?? 0) / 1000;
    total += dt;
    const frame = node?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}` : '?';
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  const top = [...self].sort((x, y) => y[1] - x[1]).slice(0, 25);
  log(`profile ${step}: ${total.toFixed(0)} ms sampled`);
  for (const [name, ms] of top) process.stderr.write(`    ${ms.toFixed(1).padStart(8)} ms  ${name}\n`);
}

/** One run of the PouchDB peer (its own process tree); its JSON line. */
function runPouchdb(n: number): Promise<Record<string, unknown>> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['run.mjs', '--n', String(n)], { cwd: PEER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    };
    cleanups.push(stop);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(`  [pouchdb] ${chunk.toString()}`));
    child.on('error', reject);
    child.on('exit', (code) => {
      cleanups.splice(cleanups.indexOf(stop), 1);
      const last = out.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit code ${code}`);
        resolvePromise(JSON.parse(last) as Record<string, unknown>);
      } catch (error) {
        reject(new Error(`PouchDB peer failed: ${(error as Error).message}`));
      }
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

function medians(runs: Record<string, unknown>[], keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => Number(run[key])))]));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.withPouchdb && !existsSync(join(PEER_DIR, 'run.mjs'))) {
    log(`--with-pouchdb: ${PEER_DIR} not found, PouchDB is skipped (cp -r ../shared/peers/pouchdb ${PEER_DIR} && cd ${PEER_DIR} && npm ci)`);
    options.withPouchdb = false;
  }
  log(`building the page (vite) into ${distDir}`);
  await build({ configFile: join(here, 'vite.config.ts'), ...(options.profile ? { build: { minify: false } } : {}) });
  const ours: Record<string, unknown>[] = [];
  const theirs: Record<string, unknown>[] = [];
  for (let run = 1; run <= options.runs; run++) {
    log(`run ${run}/${options.runs}: genting, N = ${options.n}, load ${load1()}`);
    const figures = await runGenting(options);
    ours.push(figures);
    log(`run ${run} genting: ${JSON.stringify(figures)}`);
    if (options.withPouchdb) {
      log(`run ${run}/${options.runs}: pouchdb, load ${load1()}`);
      const peer = await runPouchdb(options.n);
      theirs.push(peer);
      log(`run ${run} pouchdb: ${JSON.stringify(Object.fromEntries([...STEP_KEYS, 'delta_update_ms'].map((k) => [k, peer[k]])))}`);
    }
  }
  const figureKeys = [...STEP_KEYS, 'delta_update_ms'];
  const result: Record<string, unknown> = {
    engine: 'genting',
    n: options.n,
    ...medians(ours, figureKeys),
    runs: ours.length,
    per_run: ours.map((run) => figureKeys.map((key) => run[key])),
    loadavg_1m: ours.map((run) => run.loadavg_1m_at_start),
    idb_estimate_bytes: median(ours.map((run) => Number(run.idb_estimate_bytes))),
  };
  if (theirs.length > 0) {
    const peerFigures = medians(theirs, figureKeys);
    const peer = { engine: 'pouchdb', n: options.n, ...peerFigures, runs: theirs.length, per_run: theirs.map((run) => figureKeys.map((key) => run[key])) };
    result.pouchdb = Object.fromEntries(STEP_KEYS.map((key) => [key, peerFigures[key]]));
    result.speedup_vs_pouchdb = Object.fromEntries(STEP_KEYS.map((key) => [key, Math.round((Number(peerFigures[key]) / Number(result[key])) * 10) / 10]));
    process.stdout.write(`${JSON.stringify(peer)}\n`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`got ${signal}, stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  async (error: unknown) => {
    log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanup();
    process.exit(1);
  },
);
