// Where the SQLite store lives under DATA_DIR, and the pid file that marks a running server so
// `npx genting restore` refuses to swap the database under it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const sqliteFileName = 'genting.sqlite';

export function sqlitePaths(dataDir: string) {
  const db = join(dataDir, sqliteFileName);
  return { db, wal: `${db}-wal`, shm: `${db}-shm`, pid: `${db}.pid`, bak: `${db}.bak` };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of another live process that has the store open, or null. */
export function runningServerPid(dataDir: string): number | null {
  const { pid } = sqlitePaths(dataDir);
  if (!existsSync(pid)) return null;
  const value = Number.parseInt(readFileSync(pid, 'utf8').trim(), 10);
  if (!Number.isInteger(value) || value === process.pid) return null;
  return isProcessAlive(value) ? value : null;
}

export function writePidFile(dataDir: string): void {
  writeFileSync(sqlitePaths(dataDir).pid, `${process.pid}\n`);
}

export function removePidFile(dataDir: string): void {
  const { pid } = sqlitePaths(dataDir);
  if (existsSync(pid) && readFileSync(pid, 'utf8').trim() === String(process.pid)) rmSync(pid);
}
