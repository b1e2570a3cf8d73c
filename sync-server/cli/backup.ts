// `npx genting backup FILE`: a consistent copy of the SQLite store, safe while the server runs.
// VACUUM INTO reads the database in one read transaction (WAL: the server keeps writing
// meanwhile) and writes a compact, self-contained file; we write it beside FILE and rename it
// into place, so FILE is never half-written. PostgreSQL is backed up with pg_dump instead.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { readConfig } from '../config.ts';
import { sqlitePaths } from '../store/sqlite-files.ts';

export type BackupResult = { ok: true; file: string; bytes: number } | { ok: false; reason: 'no-database' | 'target-exists' };

export function backupSqlite(dataDir: string, file: string, options: { overwrite?: boolean } = {}): BackupResult {
  const source = sqlitePaths(dataDir).db;
  if (!existsSync(source)) return { ok: false, reason: 'no-database' };
  const target = resolve(file);
  if (existsSync(target) && !options.overwrite) return { ok: false, reason: 'target-exists' };
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.partial-${process.pid}`;
  rmSync(temp, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run(temp);
  } finally {
    db.close();
  }
  renameSync(temp, target);
  return { ok: true, file: target, bytes: statSync(target).size };
}

export async function runBackup(args: string[]): Promise<number> {
  const overwrite = args.includes('--force');
  const [file] = args.filter((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('Usage: npx genting backup FILE [--force]\n');
    return 2;
  }
  const config = readConfig(process.env);
  if (!config.ok) {
    process.stderr.write(`Invalid configuration:\n  ${config.errors.join('\n  ')}\n`);
    return 2;
  }
  if (config.value.databaseUrl) {
    process.stderr.write(
      'DATABASE_URL is set: this server uses PostgreSQL. Back it up with pg_dump, e.g.\n' +
        '  pg_dump --format=custom --file=genting.dump "$DATABASE_URL"\n(see docs/operations.md).\n',
    );
    return 2;
  }
  const result = backupSqlite(config.value.dataDir, file, { overwrite });
  if (!result.ok) {
    const why =
      result.reason === 'no-database'
        ? `no database at ${sqlitePaths(config.value.dataDir).db} (check DATA_DIR)`
        : `${resolve(file)} already exists (choose another name or pass --force)`;
    process.stderr.write(`Backup failed: ${why}\n`);
    return 1;
  }
  process.stdout.write(`Backup written: ${result.file} (${result.bytes} bytes)\n`);
  return 0;
}
