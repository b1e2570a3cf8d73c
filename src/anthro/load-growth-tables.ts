// Growth tables for the app, loaded lazily: each JSON file becomes its own chunk that Vite
// emits under assets/who-tables/ (vite.config.ts). The service worker leaves those out of
// the precache and caches them on first use (src/sw.ts, step 3), so a phone downloads the
// ~150 KB (gzip) once, when growth is first assessed, and works offline after that.
// A failed load (offline before the first use) is not remembered: the next call retries.
import { createGrowthTables, type GrowthTables, type LmsTableData } from './growth-tables.ts';

type JsonModule = { default: unknown };

const importers: readonly (() => Promise<JsonModule>)[] = [
  () => import('./tables/lhfa.json'),
  () => import('./tables/wfa.json'),
  () => import('./tables/wfl.json'),
  () => import('./tables/wfh.json'),
  () => import('./tables/bfa.json'),
  () => import('./tables/hcfa.json'),
  () => import('./tables/acfa.json'),
  () => import('./tables/tsfa.json'),
  () => import('./tables/ssfa.json'),
];

let pending: Promise<GrowthTables> | undefined;

export function loadGrowthTables(): Promise<GrowthTables> {
  pending ??= Promise.all(importers.map((load) => load()))
    .then((modules) => createGrowthTables(modules.map((module) => module.default as LmsTableData)))
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
