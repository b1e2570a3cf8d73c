// Numbered schema migrations, run in order by both stores at open (append-only: never edit a
// released migration, add a new one). Each has the SQL for SQLite and for PostgreSQL; the
// runners record applied versions in schema_migrations, so running them twice does nothing.
// Invariant: every table carries village_code (a future Citus distribution column, DESIGN.md).
import { recordKinds, type RecordKind } from '../../src/domain/record-kinds.ts';

export type Migration = { version: number; name: string; sqlite: string; postgres: string };

/** records_<kind> with the kind in snake_case: pokjaMember -> records_pokja_member. */
export function recordTable(kind: RecordKind): string {
  return `records_${kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}

function recordTablesSql(dialect: 'sqlite' | 'postgres'): string {
  const json = dialect === 'sqlite' ? 'TEXT' : 'JSONB';
  const bool = dialect === 'sqlite' ? 'INTEGER NOT NULL DEFAULT 0' : 'BOOLEAN NOT NULL DEFAULT false';
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return recordKinds
    .map((kind) => {
      const t = recordTable(kind);
      return `CREATE TABLE ${t} (
  id TEXT PRIMARY KEY,
  village_code TEXT NOT NULL,
  data ${json} NOT NULL,
  stamps ${json} NOT NULL,
  deleted ${bool},
  updated_seq ${bigint} NOT NULL
);
CREATE INDEX ${t}_village ON ${t} (village_code, id);
CREATE INDEX ${t}_updated_seq ON ${t} (updated_seq);`;
    })
    .join('\n');
}

const dropUpdatedSeqIndexes = recordKinds.map((kind) => `DROP INDEX IF EXISTS ${recordTable(kind)}_updated_seq;`).join('\n');

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'server-meta',
    sqlite: `CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
    postgres: `CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  },
  {
    version: 2,
    name: 'change-log-and-current-state',
    sqlite: `CREATE TABLE changes (
  seq INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  village_code TEXT NOT NULL,
  stamp TEXT NOT NULL,
  fields TEXT NOT NULL,
  node_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  received_at TEXT NOT NULL,
  UNIQUE (record_id, stamp)
);
CREATE INDEX changes_village_seq ON changes (village_code, seq);
${recordTablesSql('sqlite')}`,
    postgres: `CREATE TABLE changes (
  seq BIGINT PRIMARY KEY,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  village_code TEXT NOT NULL,
  stamp TEXT COLLATE "C" NOT NULL,
  fields JSONB NOT NULL,
  node_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  UNIQUE (record_id, stamp)
);
CREATE INDEX changes_village_seq ON changes (village_code, seq);
${recordTablesSql('postgres')}`,
  },
  {
    // Accounts (issue #5). users and devices have no village_code: they are a small reference
    // table (on Citus: replicated to every node); a user's villages are in `scope` (JSON).
    // `author` on a change: who pushed it (JSON: id, displayName, role, kaderKind), for the
    // record history; NULL for changes logged before accounts.
    version: 3,
    name: 'accounts-devices-change-authors',
    sqlite: `CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  kader_kind TEXT,
  scope TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX devices_user ON devices (user_id);
ALTER TABLE changes ADD COLUMN author TEXT;`,
    postgres: `CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  kader_kind TEXT,
  scope TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active BOOLEAN NOT NULL DEFAULT true,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX devices_user ON devices (user_id);
ALTER TABLE changes ADD COLUMN author TEXT;`,
  },
  {
    // records_<kind>.updated_seq stays (the seq of the change that last rewrote the row), but
    // its index goes: no query reads it, and every pushed record paid one more index write.
    version: 4,
    name: 'drop-unread-record-index',
    sqlite: dropUpdatedSeqIndexes,
    postgres: dropUpdatedSeqIndexes,
  },
  {
    // Issue #12. A change that moves a record to another village keeps `moved_from` (the
    // village before) and the whole record after the move (`record_fields`, `record_stamps`):
    // pull sends the whole record to a caller whose scope gains it, and the change itself to
    // one whose scope loses it (docs/sync-protocol.md, 6.2). The partial index serves pull's
    // second scope condition (moved_from in scope) without growing with ordinary changes.
    // node_owners: the device (session) that first pushed under a node id; pushes under it
    // from another live device are refused (6.1), pull's `node` is honoured only for it.
    version: 5,
    name: 'moved-records-and-node-owners',
    sqlite: `ALTER TABLE changes ADD COLUMN moved_from TEXT;
ALTER TABLE changes ADD COLUMN record_fields TEXT;
ALTER TABLE changes ADD COLUMN record_stamps TEXT;
CREATE INDEX changes_moved_from_seq ON changes (moved_from, seq) WHERE moved_from IS NOT NULL;
CREATE TABLE node_owners (node_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, bound_at TEXT NOT NULL);`,
    postgres: `ALTER TABLE changes ADD COLUMN moved_from TEXT;
ALTER TABLE changes ADD COLUMN record_fields JSONB;
ALTER TABLE changes ADD COLUMN record_stamps JSONB;
CREATE INDEX changes_moved_from_seq ON changes (moved_from, seq) WHERE moved_from IS NOT NULL;
CREATE TABLE node_owners (node_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, bound_at TEXT NOT NULL);`,
  },
  {
    // The identity of the change log (docs/sync-protocol.md, "Epoch"): a random id that a
    // restore replaces, so a device whose cursor belongs to another log resyncs. On PostgreSQL
    // also the object id of `changes`: pg_restore --clean recreates the table, so a restore
    // done with pg_restore alone is seen (store/log-epoch.ts) and the epoch replaced too.
    version: 6,
    name: 'log-epoch',
    sqlite: `INSERT INTO server_meta (key, value) VALUES ('log_epoch', lower(hex(randomblob(16)))) ON CONFLICT (key) DO NOTHING;`,
    postgres: `INSERT INTO server_meta (key, value) VALUES ('log_epoch', md5(random()::text || clock_timestamp()::text)) ON CONFLICT (key) DO NOTHING;
INSERT INTO server_meta (key, value) VALUES ('changes_oid', ('changes'::regclass)::oid::text) ON CONFLICT (key) DO NOTHING;`,
  },
];

/**
 * server_meta key: sequence numbers continue above this value. `npx genting restore` sets it to
 * the replaced database's last seq, so phones whose pull cursor is beyond the backup's log do
 * not skip the changes pushed after the restore.
 */
export const seqFloorKey = 'seq_floor';

/** server_meta key: the change log's epoch (migration 6); a restore replaces it. */
export const logEpochKey = 'log_epoch';
/** server_meta key (PostgreSQL): the object id of `changes` when the epoch was set. */
export const changesOidKey = 'changes_oid';

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;

export const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
