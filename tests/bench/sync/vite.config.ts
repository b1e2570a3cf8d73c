// Vite build of the benchmark page alone (tests/bench/sync/index.html + page.ts, which
// imports the app's src/db and src/domain): no PWA plugin, no service worker. run.ts builds
// it into .tmp/bench-sync/dist and the sync server serves it as its static root, so the page
// and the API share one origin as in the app.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    outDir: resolve(root, '../../../.tmp/bench-sync/dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
  },
});
