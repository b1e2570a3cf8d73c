// Picks the store from the configuration: PostgreSQL when DATABASE_URL is set, else SQLite
// under DATA_DIR.
import type { ServerConfig } from '../config.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export async function openStore(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>, options: { markRunning?: boolean } = {}): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore({ connectionString: config.databaseUrl });
  return openSqliteStore({ dataDir: config.dataDir, ...options });
}
