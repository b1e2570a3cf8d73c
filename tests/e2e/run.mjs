// `npm run test:e2e`: makes sure Debian's Chromium is there (installing it when running
// as root, otherwise explaining how), builds the app unless dist/ is newer than every
// source file, then runs the e2e vitest project. Never downloads a browser of its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_DIST=.tmp/dist-mine builds and serves a private copy (helpers working side by side).
const DIST = process.env.E2E_DIST ?? 'dist';
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `e2e: Chromium not found at ${CHROMIUM}.\n` +
        'Install Debian\'s package and run again:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(or set CHROMIUM_PATH to an existing Chromium binary).',
    );
    process.exit(1);
  }
  console.log('e2e: Chromium missing; installing Debian\'s chromium package (running as root)…');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  if (!existsSync(CHROMIUM)) {
    console.error(`e2e: apt-get finished but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}

/** Newest modification time under a file or folder (0 when it does not exist). */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isDistFresh() {
  const builtAt = existsSync(join(DIST, 'sw.js')) && existsSync(join(DIST, 'index.html')) ? statSync(join(DIST, 'sw.js')).mtimeMs : 0;
  return builtAt > Math.max(...BUILD_INPUTS.map(newestMtime));
}

ensureChromium();
if (isDistFresh()) console.log(`e2e: ${DIST} is up to date, not rebuilding.`);
else run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir']);
run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]);
