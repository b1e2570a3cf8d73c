// `npm run bench:ui`: the field-work UI benchmark (issue #6, "Measure"). Builds the app (the
// repo's vite.config.ts, PWA and service worker included) into .tmp/dist-bench-ui plus the
// demo-village loader page (vite.config.ts here) into its bench-loader/, starts the real
// server on it (startTestServer of tests/e2e/support/server.ts), and drives Debian's headless
// Chromium (/usr/bin/chromium via playwright-core, the e2e phone context: 360x740) with the
// CPU throttled 4x (CDP Emulation.setCPUThrottlingRate) through:
//   setup (untimed): the loader writes the village of village.ts (1,000 households, ~4,000
//     persons, ~300 under-fives with monthly measurements, visits) into the app's IndexedDB
//     through repositories.createMany; the app is opened online once (service worker
//     installed and controlling, /keluarga, /anak and a measurement form seen: the WHO
//     tables are cached), then the browser goes offline for every timed step;
//   start_ms: reload of /keluarga offline (served from the service-worker cache) to the
//     frame after the first household row is in the DOM, measured from navigation start;
//   search_keystroke_ms: a key pressed in the household search box (keydown) to the frame
//     after the list changed (count, rows or "no match");
//   at_risk_list_ms: a tap on the "Anak" tab (click) to the frame after the first row of
//     "Anak berisiko" is in the DOM;
//   save_measurement_ms: the UI save: the measurement form submitted (submit event) to the
//     frame after it was saved (the app leaves the form for the child's page only then);
//     save_to_child_page_ms: on until the child's page is drawn (history, chart, status);
//     save_measurement_repo_ms: repositories.create('measurement') alone, in the loader page;
// each the median of several tries (all of them go to stderr), plus the build's sizes
// (gzip): the JavaScript index.html loads (entry script and modulepreloads) and the total.
// Prints ONE JSON line, last, on stdout. Options: --runs R (tries per step, default 5),
// --keep (keep the build), --chromium PATH. Progress goes to stderr.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { calendarDateIn } from '../../../src/domain/calendar-date.ts';
import { newPhoneContext } from '../../e2e/support/browser.ts';
import { startTestServer } from '../../e2e/support/server.ts';
import type { TestServer } from '../../e2e/support/server.ts';
import type { LoaderApi } from './loader.ts';

const here = import.meta.dirname;
const repoRoot = resolve(here, '../../..');
const distDir = resolve(repoRoot, process.env.BENCH_UI_DIST ?? '.tmp/dist-bench-ui');
const CPU_SLOWDOWN = 4;
const TARGETS = { start_ms: 1500, search_keystroke_ms: 100, at_risk_list_ms: 500, save_measurement_ms: 50, initial_js_gzip_kb: 150 };

type Options = { runs: number; keep: boolean; chromium: string };

function parseArgs(argv: string[]): Options {
  const options: Options = { runs: 5, keep: false, chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--chromium') options.chromium = String(argv[++i]);
    else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
  return options;
}

const log = (...parts: unknown[]) => process.stderr.write(`[bench:ui ${new Date().toISOString().slice(11, 19)}] ${parts.join(' ')}\n`);
const load1 = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return Math.round(m * 10) / 10;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Sizes of the app build: what index.html loads up front, and everything else. */
function buildSizes() {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const appFiles = filesUnder(distDir).filter((file) => !relative(distDir, file).startsWith('bench-loader'));
  const js = appFiles.filter((file) => file.endsWith('.js') && relative(distDir, file).startsWith('assets'));
  const whoTables = js.filter((file) => file.includes('/who-tables/'));
  const sum = (files: string[]) => files.reduce((total, file) => total + gzipBytes(file), 0);
  const css = appFiles.filter((file) => file.endsWith('.css'));
  return {
    initial_js_files: initial,
    initial_js_gzip_kb: kb(sum(initial.map((file) => join(distDir, file)))),
    total_js_gzip_kb: kb(sum(js)),
    who_tables_js_gzip_kb: kb(sum(whoTables)),
    js_chunks: js.length,
    css_gzip_kb: kb(sum(css)),
    sw_js_gzip_kb: kb(gzipBytes(join(distDir, 'sw.js'))),
  };
}

/**
 * In every document: input timestamps (keydown, click, submit, capture phase) and a one-shot
 * watcher run.ts arms before an action; it stamps the frame after its condition holds.
 */
function instrument(): void {
  type Watch = { test: () => boolean; done: number | null; then?: () => boolean; thenDone: number | null };
  const bench = { key: 0, click: 0, submit: 0, firstRow: null as number | null, watch: null as Watch | null };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  document.addEventListener('keydown', () => (bench.key = performance.now()), true);
  document.addEventListener('click', () => (bench.click = performance.now()), true);
  document.addEventListener('submit', () => (bench.submit = performance.now()), true);
  let rowSeen = false;
  const check = () => {
    if (!rowSeen && document.querySelector('[data-testid="household-item"]')) {
      rowSeen = true;
      requestAnimationFrame(() => (bench.firstRow = performance.now()));
    }
    const watch = bench.watch;
    if (watch && watch.done === null && watch.test()) {
      watch.done = -1;
      requestAnimationFrame(() => (watch.done = performance.now()));
    }
    if (watch?.then && watch.thenDone === null && watch.done !== null && watch.then()) {
      watch.thenDone = -1;
      requestAnimationFrame(() => (watch.thenDone = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

type Condition = 'list-changed' | 'at-risk-rows' | 'saved';

/** Arms the watcher: done once the condition holds (checked on every DOM change). */
async function arm(page: Page, condition: Condition): Promise<void> {
  await page.evaluate((which) => {
    const signature = () => {
      const rows = [...document.querySelectorAll('[data-testid="household-item"]')].slice(0, 3).map((a) => a.getAttribute('href'));
      return `${document.querySelector('[data-testid="list-count"]')?.textContent ?? ''}|${rows.join(',')}|${document.querySelector('.no-match')?.textContent ?? ''}`;
    };
    const before = signature();
    const test =
      which === 'list-changed'
        ? () => signature() !== before
        : which === 'at-risk-rows'
          ? () => document.querySelector('[data-testid="at-risk-item"]') !== null
          : () => !location.pathname.endsWith('/ukur/baru');
    // After a save: the child's page with its history, chart and status.
    const then = which === 'saved' ? () => document.querySelector('[data-testid="child-page"]') !== null && document.querySelector('[data-testid="measurement-form"]') === null : undefined;
    (window as unknown as { __bench: { watch: unknown } }).__bench.watch = { test, done: null, then, thenDone: null };
  }, condition);
}

/** Milliseconds from the input of `kind` to the watched frame, or null when nothing changed in `timeout` ms. */
async function settle(page: Page, kind: 'key' | 'click' | 'submit', timeout = 5000): Promise<number | null> {
  const ok = await page
    .waitForFunction(() => ((window as unknown as { __bench: { watch: { done: number | null } } }).__bench.watch.done ?? -1) > 0, null, { timeout, polling: 20 })
    .then(() => true, () => false);
  if (!ok) return null;
  return page.evaluate((k) => {
    const bench = (window as unknown as { __bench: Record<string, number> & { watch: { done: number } } }).__bench;
    return bench.watch.done - (bench[k] as number);
  }, kind);
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

async function run(options: Options, server: TestServer, browser: Browser) {
  const context = await newPhoneContext(browser, server.origin);
  // tsx names functions through a __name helper that the page lacks: give it one.
  await context.addInitScript({ content: `globalThis.__name = globalThis.__name || ((f) => f); (${instrument.toString()})();` });
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log(`page console error: ${message.text().slice(0, 200)}`);
  });
  const cdp = await context.newCDPSession(page);
  const today = calendarDateIn(new Date(), 'Asia/Jakarta');

  // Setup: the village, through the repositories, before the app (and its service worker) runs.
  await page.goto('/bench-loader/index.html');
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, null, { timeout: 30_000 });
  type Call = <K extends keyof LoaderApi>(name: K, arg: Parameters<LoaderApi[K]>[0]) => Promise<Awaited<ReturnType<LoaderApi[K]>>>;
  const call: Call = (name, arg) => page.evaluate(([n, a]) => (window as unknown as { bench: Record<string, (x: unknown) => unknown> }).bench[n as string]?.(a), [name, arg] as const) as never;
  const village = await call('load', { today });
  log(`village: ${village.households} households, ${village.persons} persons, ${village.under_five} under five, ${village.measurements} measurements, ${village.visits} visits (${village.load_ms} ms)`);
  if (village.children.length < 2 * options.runs + 2) throw new Error('too few children under five');

  // save_measurement_repo_ms: repositories.create alone, throttled like the rest.
  await throttle(cdp);
  const repoMs: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const child = village.children[i] as (typeof village.children)[number];
    repoMs.push(await call('saveMeasurement', { personId: child.id, date: today, weightKg: child.weightKg, lengthCm: child.lengthCm, measure: 'h' }));
  }
  log(`save_measurement_repo_ms: ${repoMs.map((ms) => ms.toFixed(1)).join(' ')}`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  // Warm-up online: the service worker installs and controls; each screen seen once.
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
  await page.goto('/keluarga');
  await page.getByTestId('household-item').first().waitFor({ timeout: 60_000 });
  await page.goto('/anak');
  await page.getByTestId('at-risk-item').first().waitFor({ timeout: 60_000 });
  await page.goto(`/anak/${village.children[0]?.id ?? ''}/ukur/baru`);
  await page.getByTestId('measurement-form').waitFor({ timeout: 60_000 });

  // Offline from here on.
  await context.setOffline(true);
  await throttle(cdp);
  const startMs: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    await page.goto('/keluarga');
    await page.waitForFunction(() => (window as unknown as { __bench: { firstRow: number | null } }).__bench.firstRow !== null, null, { timeout: 30_000, polling: 50 });
    startMs.push(await page.evaluate(() => (window as unknown as { __bench: { firstRow: number } }).__bench.firstRow));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('the page is not controlled by the service worker');
  }
  log(`start_ms (offline, from the service-worker cache): ${startMs.map((ms) => ms.toFixed(0)).join(' ')}`);

  // Search, key by key: narrowing then widening again.
  const search = page.getByRole('searchbox');
  await search.click();
  const keyMs: number[] = [];
  let unchanged = 0;
  const press = async (key: string) => {
    await arm(page, 'list-changed');
    await page.keyboard.press(key);
    const ms = await settle(page, 'key', 3000);
    if (ms === null) unchanged += 1;
    else keyMs.push(ms);
  };
  for (let round = 0; keyMs.length < 2 * options.runs && round < 4; round++) {
    const word = ['harahap', 'nugroho', 'siregar', 'wijaya'][round] as string;
    for (const char of word) await press(char);
    for (let i = 0; i < word.length; i++) await press('Backspace');
  }
  log(`search_keystroke_ms: ${keyMs.map((ms) => ms.toFixed(0)).join(' ')} (${unchanged} keys left the list as it was)`);

  // Anak berisiko: tap the tab, from the household list.
  const nav = page.getByRole('navigation', { name: 'Menu utama' });
  const atRiskMs: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    await nav.getByRole('link', { name: 'Keluarga', exact: true }).click();
    await page.getByTestId('household-item').first().waitFor();
    await arm(page, 'at-risk-rows');
    await nav.getByRole('link', { name: 'Anak', exact: true }).click();
    const ms = await settle(page, 'click', 30_000);
    if (ms === null) throw new Error('Anak berisiko showed no row');
    atRiskMs.push(ms);
  }
  const atRiskCount = await page.getByTestId('at-risk-item').count();
  log(`at_risk_list_ms: ${atRiskMs.map((ms) => ms.toFixed(0)).join(' ')} (${atRiskCount} rows)`);

  // Saving a measurement through the form, offline.
  const saveMs: number[] = [];
  const childPageMs: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const child = village.children[options.runs + 1 + i] as (typeof village.children)[number];
    await page.goto(`/anak/${child.id}/ukur/baru`);
    const form = page.getByTestId('measurement-form');
    await form.locator('#weightKg').fill(String(child.weightKg));
    await form.locator('#lengthCm').fill(String(child.lengthCm));
    await page.getByTestId('assessment').waitFor();
    await arm(page, 'saved');
    await form.locator('button[type="submit"]').click();
    const ms = await settle(page, 'submit', 10_000);
    if (ms === null) throw new Error(`the measurement was not saved${(await page.getByTestId('confirm-implausible').count()) > 0 ? ' (implausible)' : ''}`);
    saveMs.push(ms);
    await page.waitForFunction(() => ((window as unknown as { __bench: { watch: { thenDone: number | null } } }).__bench.watch.thenDone ?? -1) > 0, null, { timeout: 30_000, polling: 20 });
    childPageMs.push(await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { submit: number; watch: { thenDone: number } } }).__bench;
      return bench.watch.thenDone - bench.submit;
    }));
  }
  log(`save_measurement_ms (UI: submit to saved, the form left): ${saveMs.map((ms) => ms.toFixed(0)).join(' ')}; to the child's page drawn: ${childPageMs.map((ms) => ms.toFixed(0)).join(' ')}`);
  await context.close();
  return {
    start_ms: median(startMs),
    search_keystroke_ms: median(keyMs),
    at_risk_list_ms: median(atRiskMs),
    save_measurement_ms: median(saveMs),
    save_measurement_repo_ms: median(repoMs),
    save_to_child_page_ms: median(childPageMs),
    samples: { start_ms: startMs.map(Math.round), search_keystroke_ms: keyMs.map(Math.round), at_risk_list_ms: atRiskMs.map(Math.round), save_measurement_ms: saveMs.map(Math.round), save_to_child_page_ms: childPageMs.map(Math.round), save_measurement_repo_ms: repoMs.map((ms) => Math.round(ms * 10) / 10) },
    village: { households: village.households, persons: village.persons, under_five: village.under_five, measurements: village.measurements, visits: village.visits, at_risk_rows: atRiskCount },
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  log(`building the app into ${distDir}`);
  await build({ configFile: join(repoRoot, 'vite.config.ts'), root: repoRoot, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  await build({ configFile: join(here, 'vite.config.ts'), build: { outDir: join(distDir, 'bench-loader'), emptyOutDir: true } });
  const sizes = buildSizes();
  log(`sizes: ${JSON.stringify(sizes)}`);
  const server = await startTestServer({ staticDir: distDir });
  const browser = await chromium.launch({
    executablePath: options.chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const loadAtStart = load1();
  try {
    const figures = await run(options, server, browser);
    const result = {
      cpu_slowdown: CPU_SLOWDOWN,
      ...figures,
      save_measurement_measures: 'UI: form submit to saved (the form left for the child page; save_to_child_page_ms: until that page is drawn; save_measurement_repo_ms: repositories.create alone)',
      ...sizes,
      targets: TARGETS,
      met: Object.fromEntries(Object.entries(TARGETS).map(([key, target]) => [key, Number((figures as Record<string, unknown>)[key] ?? (sizes as Record<string, unknown>)[key]) <= target])),
      runs: options.runs,
      loadavg_1m: [loadAtStart, load1()],
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    await server.close();
    if (!options.keep) rmSync(distDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
