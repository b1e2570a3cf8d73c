// The command line as plain JavaScript: bin/genting.mjs runs sync-server/cli.ts bundled once by
// esbuild (a declared dependency, the one tsx uses too) into node_modules/.cache/genting-cli/, so a run does not
// transpile TypeScript through tsx's loader thread on every start and in every worker thread
// (about 0.5 s of CPU each for `zscores`). Only the project's files are bundled; packages stay
// imports of node_modules. The build is redone when one of its source files (or a tsconfig, or
// BUILD_FORMAT below) changed size or mtime, so an edited source never runs stale. Processes
// started together each build into their own directory; `current.json` is replaced atomically.
// Without esbuild or a writable cache, or with GENTING_CLI=tsx, the CLI runs through tsx.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'genting-cli');
/** Bump when the build options below change. */
const BUILD_FORMAT = 1;
const ENTRY_POINTS = { cli: 'sync-server/cli.ts', 'zscores-worker': 'sync-server/cli/zscores-worker.ts' };
const ALSO_WATCHED = ['tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json'];
/** Older builds than this are removed after a rebuild (a process may still run one). */
const OLD_BUILD_MS = 10 * 60 * 1000;

/** [path, size, mtime] of each input, paths relative to the project root. */
function fingerprint(paths) {
  return paths.map((path) => {
    const stat = statSync(join(ROOT, path));
    return [path, stat.size, stat.mtimeMs];
  });
}

/** The current build's entry module, or null when there is none or a source changed. */
function findFreshBuild() {
  try {
    const current = JSON.parse(readFileSync(join(CACHE, 'current.json'), 'utf8'));
    if (current.format !== BUILD_FORMAT || current.root !== ROOT) return null;
    const now = fingerprint(current.inputs.map(([path]) => path));
    const same = now.every(([, size, mtime], i) => current.inputs[i][1] === size && current.inputs[i][2] === mtime);
    return same ? join(CACHE, current.dir, 'cli.mjs') : null;
  } catch {
    return null; // no build yet, or a source file was removed
  }
}

async function build() {
  const esbuild = createRequire(import.meta.url)('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const dir = `build-${Date.now().toString(36)}-${process.pid}`;
  const started = Date.now();
  const result = await esbuild.build({
    absWorkingDir: ROOT, entryPoints: ENTRY_POINTS, bundle: true, splitting: true, outdir: join(CACHE, dir),
    outExtension: { '.js': '.mjs' }, format: 'esm', platform: 'node', target: 'node20', packages: 'external',
    metafile: true, logLevel: 'silent',
  });
  // A file edited while it was being read is recorded as changed, so the next run rebuilds.
  const inputs = fingerprint([...Object.keys(result.metafile.inputs), ...ALSO_WATCHED])
    .map(([path, size, mtime]) => [path, size, mtime >= started - 1000 ? -1 : mtime]);
  const temporary = join(CACHE, `current.json.${process.pid}`);
  writeFileSync(temporary, JSON.stringify({ format: BUILD_FORMAT, root: ROOT, dir, inputs }));
  renameSync(temporary, join(CACHE, 'current.json'));
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name.startsWith('build-') && name !== dir && Date.now() - statSync(path).mtimeMs > OLD_BUILD_MS) {
      rmSync(path, { recursive: true, force: true });
    }
  }
  return join(CACHE, dir, 'cli.mjs');
}

/** The CLI module ({ runCli }): precompiled when possible, else through tsx. */
export async function loadCli() {
  if (process.env.GENTING_CLI !== 'tsx') {
    let entry = findFreshBuild();
    if (entry === null) entry = await build().catch(() => null);
    if (entry !== null) return import(pathToFileURL(entry).href);
  }
  const { register } = await import('tsx/esm/api');
  register();
  return import('../sync-server/cli.ts');
}
