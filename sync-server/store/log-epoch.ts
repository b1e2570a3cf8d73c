// The epoch of the change log (docs/sync-protocol.md, "Epoch"): a random id in server_meta,
// created by migration 6 and replaced by every restore (`npx genting restore`), so a device
// whose cursor or snapshot belongs to another log starts again from a snapshot instead of
// skipping the changes logged after the restore under sequence numbers it thinks it has seen.
// Two safety nets for a restore done without the command:
//  - a pull in the current epoch whose cursor is beyond the last sequence number handed out
//    can only come from a device that saw a log this database no longer holds: the epoch is
//    replaced and the sequence floor raised above that cursor (both stores);
//  - PostgreSQL: pg_restore --clean recreates the `changes` table, whose object id then
//    differs from the one stored beside the epoch: the epoch is replaced on the next read.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { changesOidKey, logEpochKey, seqFloorKey } from './migrations.ts';

export function newEpoch(): string {
  return randomBytes(16).toString('hex');
}

/** PostgreSQL: the current epoch, replaced first when `changes` is not the table it was set for. */
export async function readPostgresEpoch(pool: pg.Pool | pg.PoolClient): Promise<string> {
  const { rows } = await pool.query<{ epoch: string | null; oid: string | null; current: string }>(
    `SELECT (SELECT value FROM server_meta WHERE key = '${logEpochKey}') AS epoch,
            (SELECT value FROM server_meta WHERE key = '${changesOidKey}') AS oid,
            ('changes'::regclass)::oid::text AS current`,
  );
  const row = rows[0];
  if (row?.epoch && row.oid === row.current) return row.epoch;
  // Restored by pg_restore alone (or a database from before migration 6's oid): a new log.
  return replacePostgresEpoch(pool, row?.epoch ?? null, 0);
}

/**
 * PostgreSQL: replaces the epoch (unless another request already did: then that one is kept),
 * records the current oid of `changes` and raises the sequence floor to at least `floor`.
 */
export async function replacePostgresEpoch(pool: pg.Pool | pg.PoolClient, expected: string | null, floor: number): Promise<string> {
  const next = newEpoch();
  const { rows } = await pool.query<{ epoch: string }>(
    `WITH current AS (SELECT value FROM server_meta WHERE key = '${logEpochKey}'),
     epoch AS (
       INSERT INTO server_meta (key, value) VALUES ('${logEpochKey}', $1)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
         WHERE server_meta.value IS NOT DISTINCT FROM $2 OR $2 IS NULL
       RETURNING value),
     oid AS (
       INSERT INTO server_meta (key, value) VALUES ('${changesOidKey}', ('changes'::regclass)::oid::text)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value RETURNING value),
     floor AS (
       INSERT INTO server_meta (key, value) VALUES ('${seqFloorKey}', $3::bigint::text)
       ON CONFLICT (key) DO UPDATE SET value = GREATEST(server_meta.value::bigint, EXCLUDED.value::bigint)::text RETURNING value)
     SELECT COALESCE((SELECT value FROM epoch), (SELECT value FROM current)) AS epoch, (SELECT count(*) FROM oid) + (SELECT count(*) FROM floor) AS written`,
    [next, expected, floor],
  );
  return rows[0]?.epoch ?? next;
}
