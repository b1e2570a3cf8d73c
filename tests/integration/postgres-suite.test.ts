// Says once, clearly, whether the PostgreSQL variants of the server suite run. With
// TEST_DATABASE_URL set it also proves the database is reachable and the store migrates there.
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../sync-server/store/migrations.ts';
import { postgresBackend, testDatabaseUrl } from './helpers/stores.ts';

if (!testDatabaseUrl) {
  console.warn('PostgreSQL suite SKIPPED: TEST_DATABASE_URL is not set');
}

describe.skipIf(!testDatabaseUrl)('PostgreSQL store', () => {
  it('connects, migrates in its own schema and answers ping', async () => {
    const db = await postgresBackend.create();
    try {
      const store = await db.open();
      expect(store.kind).toBe('postgres');
      expect(await store.ping()).toBe(true);
      expect(await store.schemaVersion()).toBe(latestSchemaVersion);
    } finally {
      await db.destroy();
    }
  });
});
