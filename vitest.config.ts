import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests, property tests (fast-check, reproducible seeds),
// and server integration tests against real SQLite and PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'property', include: ['tests/property/**/*.test.ts'], environment: 'node', testTimeout: 600_000 } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Real Chromium (Debian's /usr/bin/chromium) through playwright-core; started by
        // tests/e2e/run.mjs after it has checked for Chromium and built the app.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // What a test reads from the page settles asynchronously (IndexedDB, sync, a
          // re-render); expect.poll retries the read, for up to 20 s on a loaded CI machine.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
