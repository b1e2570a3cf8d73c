// Transactions and advisory lock keys of the PostgreSQL store.
import type pg from 'pg';
import type { PoolClient } from 'pg';

/** Advisory lock keys (pg_advisory_xact_lock takes a bigint; these are arbitrary constants). */
export const migrationLockKey = 7_042_001;
export const pushLockKey = 7_042_002;
export const setupLockKey = 7_042_003;

export async function withTransaction<T>(pool: pg.Pool, run: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await run(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
