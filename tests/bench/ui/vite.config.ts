// Vite build of the demo-village loader page (index.html + loader.ts) into bench-loader/ of
// the app build that run.ts made, so it shares the app's origin and IndexedDB database.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/bench-loader/',
  logLevel: 'warn',
  build: {
    outDir: resolve(process.env.BENCH_UI_DIST ?? resolve(root, '../../../.tmp/dist-bench-ui'), 'bench-loader'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
  },
});
