// Starts the real sync server in-process for e2e tests: buildApp from sync-server/app.ts
// with a fresh SQLite store in a temp DATA_DIR, serving the built PWA from dist/, on a free
// port of 127.0.0.1 (localhost is a secure context, so the service worker registers).
// Accounts: addUser / revokeDevices act on the store directly, as the CLI does (issue #5).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../sync-server/app.ts';
import { readConfig } from '../../../sync-server/config.ts';
import { createUser } from '../../../sync-server/auth/accounts.ts';
import { openStore } from '../../../sync-server/store/open.ts';
import type { Store } from '../../../sync-server/store/store.ts';
import type { KaderKind, Role } from '../../../src/sync/roles.ts';

export type TestAccount = { username: string; password: string; displayName: string; role: Role; kaderKind?: KaderKind; villages: string[] };

export type TestServer = {
  origin: string;
  dataDir: string;
  store: Store;
  /** Creates an account as `npx genting user add` would (issue #5). */
  addUser(account: TestAccount): Promise<void>;
  /** Sets a user's villages on the server, as `npx genting user set-scope` would (her phone keeps the scope it signed in with). */
  setVillages(username: string, villages: string[]): Promise<void>;
  /** Revokes every device of a user, as a coordinator or `npx genting device revoke` would. */
  revokeDevices(username: string): Promise<number>;
  /** headName of every household the server holds (all villages). */
  householdNames(): Promise<string[]>;
  /** Every household the server holds, tombstones included: id and current fields (issue #4). */
  households(): Promise<{ id: string; fields: Record<string, unknown> }[]>;
  close: () => Promise<void>;
};

/** `staticDir` defaults to dist/; the update test serves a copy it can change. */
export async function startTestServer(options: { staticDir?: string; now?: () => Date } = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'genting-e2e-'));
  const STATIC_DIR = options.staticDir ?? process.env.E2E_DIST ?? 'dist';
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR, LOG_LEVEL: 'silent' });
  if (!config.ok) throw new Error(`e2e server config: ${config.errors.join('; ')}`);
  const store = await openStore(config.value);
  const app = await buildApp({ config: config.value, store, logger: false, ...(options.now ? { now: options.now } : {}) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('e2e server: no TCP address');
  // "localhost" (not 127.0.0.1) so the origin matches what a cadre's browser sees.
  const origin = `http://localhost:${address.port}`;
  return {
    origin,
    dataDir,
    store,
    async addUser(account) {
      const outcome = await createUser({ accounts: store.accounts, now: () => new Date() }, 'root', {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        kaderKind: account.role === 'kader' ? (account.kaderKind ?? 'tpk') : null,
        scope: { villages: account.villages },
        password: account.password,
      });
      if (!outcome.ok) throw new Error(`e2e addUser: ${outcome.reason}`);
    },
    async setVillages(username, villages) {
      const user = await store.accounts.findUserByUsername(username);
      if (!user) throw new Error(`e2e setVillages: no user ${username}`);
      await store.accounts.updateUser(user.id, { scope: { villages }, updatedAt: new Date().toISOString() });
    },
    async revokeDevices(username) {
      const user = await store.accounts.findUserByUsername(username);
      return user ? store.accounts.revokeUserDevices(user.id, new Date().toISOString()) : 0;
    },
    async householdNames() {
      const everyone = { userId: 'e2e', scope: 'all' as const, role: 'admin' as const, displayName: 'e2e', kaderKind: null };
      const page = await store.snapshot(everyone, { after: null, limit: 5000, cursor: null });
      return page.records.filter((r) => r.kind === 'household').map((r) => String((JSON.parse(r.fieldsJson) as { headName?: string }).headName)).sort();
    },
    async households() {
      const everyone = { userId: 'e2e', scope: 'all' as const, role: 'admin' as const, displayName: 'e2e', kaderKind: null };
      const page = await store.snapshot(everyone, { after: null, limit: 5000, cursor: null });
      return page.records.filter((r) => r.kind === 'household').map((r) => ({ id: r.id, fields: JSON.parse(r.fieldsJson) as Record<string, unknown> }));
    },
    close: async () => {
      await app.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
