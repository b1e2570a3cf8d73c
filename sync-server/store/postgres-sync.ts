// Push, pull and snapshot on PostgreSQL. A push is one transaction that first takes a
// transaction-level advisory lock (pg_advisory_xact_lock): pushes run one at a time, so
// sequence numbers are allocated and committed in the same order and a puller that has seen
// seq n has seen every seq below n (docs/sync-protocol.md, "Cursor"). Loading and writing use
// one statement per table with unnest() arrays, not one round trip per change.
import type pg from 'pg';
import type { PoolClient } from 'pg';
import type { RecordKind } from '../../src/domain/record-kinds.ts';
import type { PushResult } from '../../src/sync/protocol.ts';
import type { UserContext } from '../auth/scope.ts';
import { authorJson, changeKey, planPush, recordKey, type LoadedState, type PushPlan, type RecordWrite } from '../sync/push-plan.ts';
import { nodeBinding, pulledRow, type RawPulledChange } from '../sync/pull-rows.ts';
import { collectSnapshotPage } from '../sync/snapshot-paging.ts';
import { validateChange } from '../sync/validate-change.ts';
import { recordTable, seqFloorKey } from './migrations.ts';
import { readPostgresEpoch, replacePostgresEpoch } from './log-epoch.ts';
import { pushLockKey, withTransaction } from './postgres-tx.ts';
import { scopeConditionPostgres } from './scope-sql.ts';
import { NodeIdTakenError, type HistoryRow, type PullPage, type PullRequest, type PushBatch, type PushOptions, type SnapshotPage, type SnapshotRequest } from './store.ts';

type RawRecord = { id: string; village_code: string; data: string; stamps: string };

async function load(client: PoolClient, batch: PushBatch, valid: boolean[]): Promise<LoadedState> {
  const wanted = batch.changes.filter((_, i) => valid[i]);
  const existing: LoadedState['existing'] = new Map();
  const records: LoadedState['records'] = new Map();
  if (wanted.length === 0) return { existing, records };
  const found = await client.query<{ record_id: string; stamp: string; fields: string }>(
    `SELECT c.record_id, c.stamp, c.fields::text AS fields FROM changes c
     JOIN unnest($1::text[], $2::text[]) AS u(id, stamp) ON c.record_id = u.id AND c.stamp = u.stamp`,
    [wanted.map((c) => c.id), wanted.map((c) => c.stamp)],
  );
  for (const r of found.rows) existing.set(changeKey(r.record_id, r.stamp), JSON.parse(r.fields));
  const idsByKind = new Map<string, Set<string>>();
  for (const c of wanted) idsByKind.set(c.kind, (idsByKind.get(c.kind) ?? new Set()).add(c.id));
  for (const [kind, ids] of idsByKind) {
    const { rows } = await client.query<RawRecord>(
      `SELECT id, village_code, data::text AS data, stamps::text AS stamps FROM ${recordTable(kind as RecordKind)} WHERE id = ANY($1::text[])`,
      [[...ids]],
    );
    for (const r of rows) {
      records.set(recordKey(kind, r.id), { villageCode: r.village_code, values: JSON.parse(r.data), stamps: JSON.parse(r.stamps) });
    }
  }
  return { existing, records };
}

async function writeRecords(client: PoolClient, kind: string, rows: RecordWrite[]): Promise<void> {
  await client.query(
    `INSERT INTO ${recordTable(kind as RecordKind)} (id, village_code, data, stamps, deleted, updated_seq)
     SELECT id, village_code, data::jsonb, stamps::jsonb, deleted, seq
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::bigint[]) AS u(id, village_code, data, stamps, deleted, seq)
     ON CONFLICT (id) DO UPDATE SET village_code = EXCLUDED.village_code, data = EXCLUDED.data,
       stamps = EXCLUDED.stamps, deleted = EXCLUDED.deleted, updated_seq = EXCLUDED.updated_seq`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.villageCode),
      rows.map((r) => JSON.stringify(r.values)),
      rows.map((r) => JSON.stringify(r.stamps)),
      rows.map((r) => r.deleted),
      rows.map((r) => r.seq),
    ],
  );
}

async function write(client: PoolClient, plan: PushPlan, batch: PushBatch, user: UserContext, receivedAt: string): Promise<void> {
  if (plan.changes.length > 0) {
    const c = plan.changes;
    await client.query(
      `INSERT INTO changes (seq, kind, record_id, village_code, stamp, fields, node_id, user_id, received_at, author, moved_from, record_fields, record_stamps)
       SELECT seq, kind, record_id, village_code, stamp, fields::jsonb, $7, $8, $9, $10, moved_from, record_fields::jsonb, record_stamps::jsonb
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $11::text[], $12::text[], $13::text[])
         AS u(seq, kind, record_id, village_code, stamp, fields, moved_from, record_fields, record_stamps)`,
      [c.map((x) => x.seq), c.map((x) => x.kind), c.map((x) => x.id), c.map((x) => x.villageCode), c.map((x) => x.stamp),
        c.map((x) => x.fieldsJson), batch.nodeId, user.userId, receivedAt, authorJson(user),
        c.map((x) => x.movedFrom), c.map((x) => x.recordFieldsJson), c.map((x) => x.recordStampsJson)],
    );
  }
  const byKind = new Map<string, RecordWrite[]>();
  for (const r of plan.records) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  for (const [kind, rows] of byKind) await writeRecords(client, kind, rows);
}

/** Binds the node id to the pushing device, or refuses the push (nodeBinding). */
async function bindNode(client: PoolClient, nodeId: string, deviceId: string, at: string): Promise<void> {
  const { rows } = await client.query<{ device_id: string; live: boolean | null }>(
    `SELECT n.device_id, (d.revoked_at IS NULL AND u.active) AS live FROM node_owners n
     LEFT JOIN devices d ON d.id = n.device_id LEFT JOIN users u ON u.id = d.user_id WHERE n.node_id = $1`,
    [nodeId],
  );
  const owner = rows[0];
  const decision = nodeBinding(owner && { deviceId: owner.device_id, live: owner.live === true }, deviceId);
  if (decision === 'taken') throw new NodeIdTakenError();
  if (decision === 'bind') {
    await client.query(
      `INSERT INTO node_owners (node_id, device_id, bound_at) VALUES ($1, $2, $3)
       ON CONFLICT (node_id) DO UPDATE SET device_id = EXCLUDED.device_id, bound_at = EXCLUDED.bound_at`,
      [nodeId, deviceId, at],
    );
  }
}

export async function pushPostgres(pool: pg.Pool, user: UserContext, batch: PushBatch, options: PushOptions): Promise<PushResult[]> {
  const ctx = { schemas: options.schemas, scope: user.scope, role: user.role, nowMs: options.nowMs, maxClockAheadMs: options.maxClockAheadMs };
  const rejections = batch.changes.map((c) => validateChange(c, ctx));
  const receivedAt = new Date(options.nowMs).toISOString();
  const nothingToWrite = rejections.every((r) => r !== null);
  if (nothingToWrite && !batch.deviceId) return planPush(user, batch.changes, rejections, { existing: new Map(), records: new Map() }, 0, options.schemas).results;
  return withTransaction(pool, async (client) => {
    // An accepted change is on disk when the answer leaves, whatever the database's default.
    await client.query('SET LOCAL synchronous_commit = on');
    await client.query('SELECT pg_advisory_xact_lock($1)', [pushLockKey]);
    if (batch.deviceId) await bindNode(client, batch.nodeId, batch.deviceId, receivedAt);
    if (nothingToWrite) return planPush(user, batch.changes, rejections, { existing: new Map(), records: new Map() }, 0, options.schemas).results;
    const loaded = await load(client, batch, rejections.map((r) => r === null));
    const head = await client.query<{ v: string }>(
      `SELECT GREATEST((SELECT COALESCE(MAX(seq), 0) FROM changes),
                       (SELECT COALESCE(MAX(value::bigint), 0) FROM server_meta WHERE key = '${seqFloorKey}')) AS v`,
    );
    const plan = planPush(user, batch.changes, rejections, loaded, Number(head.rows[0]?.v ?? 0), options.schemas);
    await write(client, plan, batch, user, receivedAt);
    return plan.results;
  });
}

export async function pullPostgres(pool: pg.Pool, user: UserContext, request: PullRequest): Promise<PullPage> {
  const scope = scopeConditionPostgres(user.scope, 5);
  // A move logs the village before too: a caller whose scope held it learns the record left.
  const moved = user.scope === 'all' ? null : scopeConditionPostgres(user.scope, 5, 'moved_from');
  const where = moved ? `(${scope.sql} OR ${moved.sql})` : scope.sql;
  // $3 is honoured only when no other device owns the node ($4: the caller's; pull-rows.ts honoursNode).
  const current = await readPostgresEpoch(pool);
  // One statement = one MVCC snapshot: `head` and the page are read at the same instant.
  const { rows } = await pool.query<Omit<RawPulledChange, 'seq'> & { head: string; seq: string | null }>(
    `WITH head AS (SELECT COALESCE(MAX(seq), 0) AS head FROM changes),
     owner AS (SELECT device_id FROM node_owners WHERE node_id = $3),
     page AS (SELECT seq, kind, record_id, village_code, stamp, fields::text AS fields, moved_from,
                     record_fields::text AS record_fields, record_stamps::text AS record_stamps FROM changes
              WHERE seq > $1 AND ($3::text IS NULL OR node_id <> $3
                                  OR EXISTS (SELECT 1 FROM owner WHERE device_id IS DISTINCT FROM $4::text))
                AND ${where} ORDER BY seq LIMIT $2)
     SELECT head.head, page.* FROM head LEFT JOIN page ON TRUE ORDER BY page.seq`,
    [request.cursor, request.limit + 1, request.excludeNode ?? null, request.deviceId ?? null, ...scope.params],
  );
  const head = Number(rows[0]?.head ?? 0);
  const found = rows.filter((r) => r.seq !== null);
  const hasMore = found.length > request.limit;
  const changes = (hasMore ? found.slice(0, request.limit) : found).map((r) => pulledRow(user.scope, { ...r, seq: Number(r.seq) }));
  const last = changes[changes.length - 1]?.seq ?? request.cursor;
  const epoch = request.epoch === current && request.cursor > head ? await restoredWithoutEpoch(pool, current, request.cursor) : current;
  return { changes, cursor: hasMore ? last : Math.max(last, head), hasMore, epoch };
}

/**
 * A cursor of the current epoch beyond the log's head: unless a restore's floor covers it, the
 * database was put back without a new epoch (store/log-epoch.ts): replace it, raise the floor.
 */
async function restoredWithoutEpoch(pool: pg.Pool, current: string, cursor: number): Promise<string> {
  const floor = await pool.query<{ v: string | null }>(`SELECT value AS v FROM server_meta WHERE key = '${seqFloorKey}'`);
  if (cursor <= Number(floor.rows[0]?.v ?? 0)) return current;
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [pushLockKey]);
    return replacePostgresEpoch(client, current, cursor);
  });
}

export async function snapshotPostgres(pool: pg.Pool, user: UserContext, request: SnapshotRequest): Promise<SnapshotPage> {
  let cursor = request.cursor;
  if (cursor === null) {
    const head = await pool.query<{ v: string }>('SELECT COALESCE(MAX(seq), 0) AS v FROM changes');
    cursor = Number(head.rows[0]?.v ?? 0);
  }
  const scope = scopeConditionPostgres(user.scope, 3);
  return collectSnapshotPage(request, cursor, async (kind, afterId, limit) => {
    const { rows } = await pool.query<RawRecord>(
      `SELECT id, village_code, data::text AS data, stamps::text AS stamps FROM ${recordTable(kind)}
       WHERE ($1::text IS NULL OR id > $1) AND ${scope.sql} ORDER BY id LIMIT $2`,
      [afterId, limit, ...scope.params],
    );
    return rows.map((r) => ({ kind, id: r.id, villageCode: r.village_code, fieldsJson: r.data, stampsJson: r.stamps }));
  });
}

export async function historyPostgres(pool: pg.Pool, user: UserContext, kind: string, id: string, limit: number): Promise<HistoryRow[]> {
  const scope = scopeConditionPostgres(user.scope, 4);
  const { rows } = await pool.query<{ seq: string; stamp: string; received_at: Date; fields: string; author: string | null }>(
    `SELECT seq, stamp, received_at, fields::text AS fields, author FROM changes
     WHERE record_id = $1 AND kind = $2 AND ${scope.sql} ORDER BY seq DESC LIMIT $3`,
    [id, kind, limit, ...scope.params],
  );
  return rows.map((r) => ({ seq: Number(r.seq), stamp: r.stamp, receivedAt: new Date(r.received_at).toISOString(), fieldsJson: r.fields, author: r.author }));
}
