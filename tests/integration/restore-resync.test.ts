// Issue #12 finding 2 ("Restore"), the whole path on both stores: two or three phones (the real
// client engine on fake IndexedDB) against the real server app; a backup, more work, a restore
// (`genting restore`: the SQLite file, or a pg_dump -Fc file into PostgreSQL), then:
//  (a) a phone whose cursor is past the backup receives every change made after the restore;
//  (b) what phones pushed after the backup and still hold comes back to the server, per field
//      by stamp (a field another phone changed later keeps that later value);
//  (c) a device revoked after the backup stays revoked, a password replaced after it stays
//      replaced, a phone signed in after it keeps working.
// Afterwards every phone and the server hold the same records (values and stamps).
import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAccountTransport } from '../../src/db/account-transport.ts';
import { recordsOf } from '../../src/db/record-store.ts';
import { fromRow } from '../../src/db/rows.ts';
import { createSessionStore } from '../../src/db/session.ts';
import { createSyncEngine } from '../../src/db/sync-engine.ts';
import { createInProcessLock } from '../../src/db/sync-lock.ts';
import { createSyncStatusStore } from '../../src/db/sync-status.ts';
import { createFetchTransport } from '../../src/db/transport.ts';
import { canonicalJson } from '../../src/sync/merge.ts';
import { updateUser } from '../../sync-server/auth/accounts.ts';
import { backupSqlite } from '../../sync-server/cli/backup.ts';
import { restoreSqlite } from '../../sync-server/cli/restore.ts';
import { restorePostgres } from '../../sync-server/cli/restore-postgres.ts';
import { sqlitePaths } from '../../sync-server/store/sqlite-files.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { serverRecordSchemas } from '../../sync-server/sync/record-schemas.ts';
import { makeDevice, manualTime } from '../unit/db/support.ts';
import { addUser, buildAccountApp, defaultPassword, fastScrypt, injectFetch } from './helpers/accounts.ts';
import { describeEachStore, makeTempDir, testDatabaseUrl, type TestDatabase } from './helpers/stores.ts';

const run = promisify(execFile);
const village = '3302012001';
const admin = { userId: 'test', scope: 'all' as const, role: 'admin' as const, displayName: 'Test', kaderKind: null };

describeEachStore('restore: phones resync, nothing they hold is lost, accounts survive', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  const time = manualTime(Date.UTC(2026, 2, 1, 8));
  const build = (s: Store) => buildAccountApp(s, { now: () => new Date(time.now()), schemas: serverRecordSchemas });

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    app = await build(store);
    for (const username of ['siti', 'budi', 'dewi']) await addUser(store, { username, role: 'kader', kaderKind: 'tpk', scope: { villages: [village] } });
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  async function backup(): Promise<string> {
    const file = join(makeTempDir(), 'genting-backup');
    if (db.kind === 'sqlite') expect(backupSqlite(db.dataDir as string, file)).toMatchObject({ ok: true });
    else await run('pg_dump', ['--format=custom', `--schema=${db.schema as string}`, `--file=${file}`, testDatabaseUrl as string]);
    return file;
  }

  /** `genting restore` with the server stopped, then the server started again. */
  async function restore(file: string): Promise<void> {
    await app.close();
    await store.close();
    if (db.kind === 'sqlite') expect(restoreSqlite(db.dataDir as string, file)).toMatchObject({ ok: true, accounts: 'carried' });
    else {
      const target = { connectionString: testDatabaseUrl as string, options: `-c search_path=${db.schema as string}`, skipRunningCheck: true };
      expect(await restorePostgres(target, file)).toEqual({ ok: true, accounts: 'carried' });
    }
    store = await db.open();
    app = await build(store);
  }

  /**
   * The database put back WITHOUT `genting restore`: the SQLite file copied over (server
   * stopped), or pg_restore alone. No new epoch, no floor, accounts as in the backup.
   */
  async function restoreByHand(file: string): Promise<void> {
    await app.close();
    await store.close();
    if (db.kind === 'sqlite') copyFileSync(file, sqlitePaths(db.dataDir as string).db);
    else await run('pg_restore', ['--clean', '--if-exists', '--single-transaction', '--dbname', testDatabaseUrl as string, file]);
    store = await db.open();
    app = await build(store);
  }

  /** A phone signed in as `username`; requests go to whichever app runs now. */
  async function phone(username: string, nodeId: string, password = defaultPassword) {
    const device = makeDevice({ time, nodeId, name: `phone-${nodeId}`, seed: nodeId.charCodeAt(0) });
    const fetch = (url: string, init: RequestInit) => injectFetch(app)(url, init);
    const session = createSessionStore({ db: device.db, transport: createAccountTransport({ baseUrl: 'http://localhost', fetch }), wallNow: time.now, deviceName: () => 'HP' });
    const status = createSyncStatusStore();
    const transport = createFetchTransport({ baseUrl: 'http://localhost', getToken: session.getToken, fetch, wallNow: time.now });
    const engine = createSyncEngine({ db: device.db, clock: device.clock, transport, status, wallNow: time.now, lock: createInProcessLock() });
    await session.load();
    expect(await session.signIn(username, password)).toEqual({ ok: true });
    const sync = async () => {
      time.advance(1000);
      return engine.syncOnce();
    };
    return { ...device, session, engine, sync };
  }
  type Phone = Awaited<ReturnType<typeof phone>>;

  const household = (headName: string) => ({ villageCode: village, headName, dusun: 'Krajan', rt: '001', rw: '002' });
  async function create(p: Phone, headName: string): Promise<string> {
    time.advance(1000);
    const result = await p.repos.create('household', household(headName));
    if (!result.ok) throw new Error(`create ${headName}: ${result.reason}`);
    return result.id;
  }
  async function edit(p: Phone, id: string, patch: Record<string, unknown>): Promise<void> {
    time.advance(1000);
    expect(await p.repos.update('household', id, patch)).toMatchObject({ ok: true });
  }

  async function serverState(): Promise<Map<string, string>> {
    const page = await store.snapshot(admin, { after: null, limit: 5000, cursor: null });
    return new Map(page.records.map((r) => [r.id, canonicalJson({ values: JSON.parse(r.fieldsJson), stamps: JSON.parse(r.stampsJson) })]));
  }
  async function phoneState(p: Phone): Promise<Map<string, string>> {
    const rows = await recordsOf(p.db).all('household');
    return new Map(rows.map((row) => {
      const { values, stamps } = fromRow(row);
      const { id: _id, ...rest } = values;
      return [row.id, canonicalJson({ values: rest, stamps })];
    }));
  }
  const sorted = (state: Map<string, string>) => [...state.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  async function serverRecord(id: string): Promise<Record<string, unknown> | undefined> {
    const page = await store.snapshot(admin, { after: null, limit: 5000, cursor: null });
    const found = page.records.find((r) => r.id === id);
    return found ? (JSON.parse(found.fieldsJson) as Record<string, unknown>) : undefined;
  }
  const headNames = async (p: Phone) => (await p.queries.list('household')).map((h) => h.headName).sort();

  it('(a) a phone whose cursor is past the backup receives every change made after the restore', async () => {
    const siti = await phone('siti', 'a1000000000000aa');
    const budi = await phone('budi', 'b2000000000000bb');
    await create(siti, 'Satu');
    expect(await siti.sync()).toMatchObject({ ok: true });
    const file = await backup();
    await create(siti, 'Dua');
    await create(siti, 'Tiga');
    expect(await siti.sync()).toMatchObject({ ok: true });
    expect(await budi.sync()).toMatchObject({ ok: true });
    expect(await headNames(budi)).toEqual(['Dua', 'Satu', 'Tiga']);

    await restore(file);
    // A phone signed in after the restore records new households.
    const dewi = await phone('dewi', 'd4000000000000dd');
    for (const name of ['Empat', 'Lima', 'Enam']) await create(dewi, name);
    expect(await dewi.sync()).toMatchObject({ ok: true });

    expect(await budi.sync()).toMatchObject({ ok: true });
    expect(await headNames(budi)).toEqual(['Dua', 'Empat', 'Enam', 'Lima', 'Satu', 'Tiga']);
    expect(await siti.sync()).toMatchObject({ ok: true });
    expect(await dewi.sync()).toMatchObject({ ok: true });
    const server = sorted(await serverState());
    for (const p of [siti, budi, dewi]) expect(sorted(await phoneState(p))).toEqual(server);
    expect(server).toHaveLength(6);
  });

  it('(b) what phones pushed after the backup and still hold comes back, per field by stamp', async () => {
    const siti = await phone('siti', 'a1000000000000aa');
    const budi = await phone('budi', 'b2000000000000bb');
    const satu = await create(siti, 'Satu');
    expect(await siti.sync()).toMatchObject({ ok: true });
    expect(await budi.sync()).toMatchObject({ ok: true });
    const file = await backup();

    // After the backup: Siti edits two fields and adds a household; Budi pulls them, then
    // changes one of those fields again (a later stamp) and deletes nothing.
    await edit(siti, satu, { dusun: 'Kulon', rt: '003' });
    const dua = await create(siti, 'Dua');
    await edit(siti, dua, { rw: '007' });
    expect(await siti.sync()).toMatchObject({ ok: true });
    expect(await budi.sync()).toMatchObject({ ok: true });
    await edit(budi, satu, { rt: '009' });
    expect(await budi.sync()).toMatchObject({ ok: true });

    await restore(file);
    expect(await serverRecord(dua)).toBeUndefined();
    expect(await serverRecord(satu)).toMatchObject({ dusun: 'Krajan', rt: '001' });

    // Budi first: his rt (the later stamp) arrives before Siti's older one, which must lose.
    expect(await budi.sync()).toMatchObject({ ok: true });
    expect(await siti.sync()).toMatchObject({ ok: true });
    expect(await budi.sync()).toMatchObject({ ok: true });
    expect(await serverRecord(satu)).toMatchObject({ headName: 'Satu', dusun: 'Kulon', rt: '009' });
    expect(await serverRecord(dua)).toMatchObject({ headName: 'Dua', rw: '007', deleted: false });
    const server = sorted(await serverState());
    for (const p of [siti, budi]) expect(sorted(await phoneState(p))).toEqual(server);
    // Nothing is left waiting or refused on either phone.
    for (const p of [siti, budi]) expect(await p.db.outbox.count()).toBe(0);
  });

  it('(c) a device revoked and a password replaced after the backup stay so; later sign-ins keep working', async () => {
    const siti = await phone('siti', 'a1000000000000aa');
    await create(siti, 'Satu');
    expect(await siti.sync()).toMatchObject({ ok: true });
    const file = await backup();

    // After the backup: Siti's phone is lost and revoked; Budi's password is replaced; Dewi signs in.
    const [sitiDevice] = await store.accounts.listDevices();
    expect(await store.accounts.revokeDevice(sitiDevice?.id ?? '', new Date(time.now()).toISOString())).toBe(true);
    const deps = { accounts: store.accounts, now: () => new Date(time.now()), scryptCost: fastScrypt };
    expect(await updateUser(deps, 'root', 'budi', { password: 'kata-sandi-baru-budi' })).toMatchObject({ ok: true });
    const dewi = await phone('dewi', 'd4000000000000dd');
    await create(dewi, 'Dua');
    expect(await dewi.sync()).toMatchObject({ ok: true });

    await restore(file);
    expect(await siti.sync()).toEqual({ ok: false, reason: 'unauthorized' });
    const signIn = (password: string) => app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'budi', password, deviceName: 'HP' } });
    expect((await signIn(defaultPassword)).statusCode).toBe(401);
    expect((await signIn('kata-sandi-baru-budi')).statusCode).toBe(200);
    expect(await dewi.sync()).toMatchObject({ ok: true });
    expect(await headNames(dewi)).toEqual(['Dua', 'Satu']);
  });

  it('a database put back by hand (no new epoch) is noticed: phones past its log resync, nothing is skipped', async () => {
    const siti = await phone('siti', 'a1000000000000aa');
    const budi = await phone('budi', 'b2000000000000bb');
    await create(siti, 'Satu');
    expect(await siti.sync()).toMatchObject({ ok: true });
    const file = await backup();
    await create(siti, 'Dua');
    await create(siti, 'Tiga');
    expect(await siti.sync()).toMatchObject({ ok: true });
    expect(await budi.sync()).toMatchObject({ ok: true });

    await restoreByHand(file);
    // Budi's cursor is past the restored log: SQLite sees it at his pull, PostgreSQL already
    // at start (the recreated table). Then Siti, who pushed Dua and Tiga, sends them back.
    expect(await budi.sync()).toMatchObject({ ok: true });
    expect(await siti.sync()).toMatchObject({ ok: true });
    await create(siti, 'Empat');
    expect(await siti.sync()).toMatchObject({ ok: true });
    expect(await budi.sync()).toMatchObject({ ok: true });
    expect(await headNames(budi)).toEqual(['Dua', 'Empat', 'Satu', 'Tiga']);
    const server = sorted(await serverState());
    expect(server).toHaveLength(4);
    for (const p of [siti, budi]) expect(sorted(await phoneState(p))).toEqual(server);
  });
});
