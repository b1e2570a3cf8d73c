// Push, pull and snapshot on SQLite. A push is one synchronous IMMEDIATE transaction:
// validate (outside), then load what the batch touches, plan (sync/push-plan.ts), write; no
// other request can run inside it. Statements are prepared once and reused.
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { RecordKind } from '../../src/domain/record-kinds.ts';
import type { PushResult } from '../../src/sync/protocol.ts';
import type { UserContext } from '../auth/scope.ts';
import { authorJson, changeKey, planPush, recordKey, type LoadedState, type PushPlan } from '../sync/push-plan.ts';
import { honoursNode, nodeBinding, pulledRow, type RawPulledChange } from '../sync/pull-rows.ts';
import { collectSnapshotPage } from '../sync/snapshot-paging.ts';
import { validateChange } from '../sync/validate-change.ts';
import { logEpochKey, recordTable, seqFloorKey } from './migrations.ts';
import { newEpoch } from './log-epoch.ts';
import { scopeConditionSqlite } from './scope-sql.ts';
import { NodeIdTakenError, type HistoryRow, type PullPage, type PullRequest, type PushBatch, type PushOptions, type SnapshotPage, type SnapshotRequest, type SnapshotRow } from './store.ts';

type RawRecord = { id: string; village_code: string; data: string; stamps: string };

export class SqliteSync {
  private readonly statements = new Map<string, Statement>();
  constructor(private readonly db: SqliteDatabase) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private maxSeq(): number {
    return (this.stmt('SELECT COALESCE(MAX(seq), 0) AS v FROM changes').get() as { v: number }).v;
  }

  /** The last sequence number handed out: the log's maximum, or the floor a restore set. */
  private lastAllocatedSeq(): number {
    const floor = this.stmt(`SELECT CAST(value AS INTEGER) AS v FROM server_meta WHERE key = '${seqFloorKey}'`).get() as { v: number } | undefined;
    return Math.max(this.maxSeq(), floor?.v ?? 0);
  }

  /** The change log's epoch (store/log-epoch.ts); created here if a database lacks it. */
  epoch(): string {
    const row = this.stmt(`SELECT value FROM server_meta WHERE key = '${logEpochKey}'`).get() as { value: string } | undefined;
    if (row) return row.value;
    this.stmt(`INSERT INTO server_meta (key, value) VALUES ('${logEpochKey}', ?) ON CONFLICT (key) DO NOTHING`).run(newEpoch());
    return this.epoch();
  }

  renewEpoch(): string {
    const next = newEpoch();
    this.stmt('INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(logEpochKey, next);
    return next;
  }

  /**
   * A pull in the current epoch with a cursor beyond every sequence number handed out: the
   * database was put back without `npx genting restore`. New epoch (every device resyncs)
   * and sequence numbers from above that cursor, in one write transaction.
   */
  private replaceEpoch(expected: string, cursor: number): string {
    return this.db.transaction(() => {
      const current = this.epoch();
      if (current !== expected || cursor <= this.lastAllocatedSeq()) return current;
      const next = newEpoch();
      const put = this.stmt('INSERT INTO server_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
      put.run(logEpochKey, next);
      put.run(seqFloorKey, String(cursor));
      return next;
    }).immediate();
  }

  private load(batch: PushBatch, valid: boolean[]): LoadedState {
    const existing: LoadedState['existing'] = new Map();
    const records = new Map<string, LoadedState['records'] extends Map<string, infer R> ? R : never>();
    const exists = this.stmt('SELECT fields FROM changes WHERE record_id = ? AND stamp = ?');
    batch.changes.forEach((c, i) => {
      if (!valid[i]) return;
      const logged = exists.get(c.id, c.stamp) as { fields: string } | undefined;
      if (logged) existing.set(changeKey(c.id, c.stamp), JSON.parse(logged.fields));
      const rk = recordKey(c.kind, c.id);
      if (records.has(rk)) return;
      const table = recordTable(c.kind as RecordKind);
      const row = this.stmt(`SELECT id, village_code, data, stamps FROM ${table} WHERE id = ?`).get(c.id) as RawRecord | undefined;
      if (row) records.set(rk, { villageCode: row.village_code, values: JSON.parse(row.data), stamps: JSON.parse(row.stamps) });
    });
    return { existing, records };
  }

  private write(plan: PushPlan, batch: PushBatch, user: UserContext, receivedAt: string): void {
    const insert = this.stmt(
      `INSERT INTO changes (seq, kind, record_id, village_code, stamp, fields, node_id, user_id, received_at, author, moved_from, record_fields, record_stamps)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const author = authorJson(user);
    for (const c of plan.changes) {
      insert.run(c.seq, c.kind, c.id, c.villageCode, c.stamp, c.fieldsJson, batch.nodeId, user.userId, receivedAt, author, c.movedFrom, c.recordFieldsJson, c.recordStampsJson);
    }
    for (const r of plan.records) {
      const table = recordTable(r.kind as RecordKind);
      this.stmt(
        `INSERT INTO ${table} (id, village_code, data, stamps, deleted, updated_seq) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET village_code = excluded.village_code, data = excluded.data,
           stamps = excluded.stamps, deleted = excluded.deleted, updated_seq = excluded.updated_seq`,
      ).run(r.id, r.villageCode, JSON.stringify(r.values), JSON.stringify(r.stamps), r.deleted ? 1 : 0, r.seq);
    }
  }

  push(user: UserContext, batch: PushBatch, options: PushOptions): PushResult[] {
    const ctx = { schemas: options.schemas, scope: user.scope, role: user.role, nowMs: options.nowMs, maxClockAheadMs: options.maxClockAheadMs };
    const rejections = batch.changes.map((c) => validateChange(c, ctx));
    const receivedAt = new Date(options.nowMs).toISOString();
    const run = this.db.transaction(() => {
      if (batch.deviceId) this.bindNode(batch.nodeId, batch.deviceId, receivedAt);
      const loaded = this.load(batch, rejections.map((r) => r === null));
      const plan = planPush(user, batch.changes, rejections, loaded, this.lastAllocatedSeq(), options.schemas);
      this.write(plan, batch, user, receivedAt);
      return plan.results;
    });
    return run.immediate();
  }

  /** Binds the node id to the pushing device, or refuses the push (nodeBinding). */
  private bindNode(nodeId: string, deviceId: string, at: string): void {
    const owner = this.stmt(
      `SELECT n.device_id, (d.revoked_at IS NULL AND u.active = 1) AS live FROM node_owners n
       LEFT JOIN devices d ON d.id = n.device_id LEFT JOIN users u ON u.id = d.user_id WHERE n.node_id = ?`,
    ).get(nodeId) as { device_id: string; live: number | null } | undefined;
    const decision = nodeBinding(owner && { deviceId: owner.device_id, live: owner.live === 1 }, deviceId);
    if (decision === 'taken') throw new NodeIdTakenError();
    if (decision === 'bind') {
      this.stmt(
        `INSERT INTO node_owners (node_id, device_id, bound_at) VALUES (?, ?, ?)
         ON CONFLICT (node_id) DO UPDATE SET device_id = excluded.device_id, bound_at = excluded.bound_at`,
      ).run(nodeId, deviceId, at);
    }
  }

  pull(user: UserContext, request: PullRequest): PullPage {
    const scope = scopeConditionSqlite(user.scope);
    // A move logs the village before too: a caller whose scope held it learns the record left.
    const moved = user.scope === 'all' ? null : scopeConditionSqlite(user.scope, 'moved_from');
    const where = moved ? `(${scope.sql} OR ${moved.sql})` : scope.sql;
    const read = this.db.transaction(() => {
      const owner = request.excludeNode
        ? (this.stmt('SELECT device_id FROM node_owners WHERE node_id = ?').get(request.excludeNode) as { device_id: string } | undefined)
        : undefined;
      const exclude = request.excludeNode && honoursNode(owner?.device_id, request.deviceId) ? request.excludeNode : null;
      const sql = `SELECT seq, kind, record_id, village_code, stamp, fields, moved_from, record_fields, record_stamps FROM changes
        WHERE seq > ? AND ${where}${exclude ? ' AND node_id <> ?' : ''} ORDER BY seq LIMIT ?`;
      const params = [...scope.params, ...(moved?.params ?? []), ...(exclude ? [exclude] : [])];
      const rows = this.stmt(sql).all(request.cursor, ...params, request.limit + 1) as RawPulledChange[];
      return { rows, head: this.maxSeq(), last: this.lastAllocatedSeq(), epoch: this.epoch() };
    });
    const { rows, head, last: allocated, epoch: current } = read.deferred();
    const epoch = request.epoch === current && request.cursor > allocated ? this.replaceEpoch(current, request.cursor) : current;
    const hasMore = rows.length > request.limit;
    const page = hasMore ? rows.slice(0, request.limit) : rows;
    const changes = page.map((r) => pulledRow(user.scope, r));
    const last = changes[changes.length - 1]?.seq ?? request.cursor;
    // Nothing more in scope up to `head`: skip over other villages' changes for good.
    return { changes, cursor: hasMore ? last : Math.max(last, head), hasMore, epoch };
  }

  snapshot(user: UserContext, request: SnapshotRequest): Promise<SnapshotPage> {
    const cursor = request.cursor ?? this.maxSeq();
    const scope = scopeConditionSqlite(user.scope);
    return collectSnapshotPage(request, cursor, (kind, afterId, limit) => {
      const sql = `SELECT id, village_code, data, stamps FROM ${recordTable(kind)}
        WHERE id > ? AND ${scope.sql} ORDER BY id LIMIT ?`;
      const rows = this.stmt(sql).all(afterId ?? '', ...scope.params, limit) as RawRecord[];
      return rows.map((r): SnapshotRow => ({ kind, id: r.id, villageCode: r.village_code, fieldsJson: r.data, stampsJson: r.stamps }));
    });
  }

  history(user: UserContext, kind: string, id: string, limit: number): HistoryRow[] {
    const scope = scopeConditionSqlite(user.scope);
    const sql = `SELECT seq, stamp, received_at, fields, author FROM changes
      WHERE record_id = ? AND kind = ? AND ${scope.sql} ORDER BY seq DESC LIMIT ?`;
    const rows = this.stmt(sql).all(id, kind, ...scope.params, limit) as { seq: number; stamp: string; received_at: string; fields: string; author: string | null }[];
    return rows.map((r) => ({ seq: r.seq, stamp: r.stamp, receivedAt: r.received_at, fieldsJson: r.fields, author: r.author }));
  }
}
