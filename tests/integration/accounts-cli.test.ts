// Issue #5: `npx genting user ...` and `npx genting device ...` on both stores (in-process with
// captured output), plus one real `bin/genting.mjs` run on SQLite.
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { runAccountCommand, type CliIo } from '../../sync-server/cli/accounts.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { bearer, buildAccountApp, signIn, signInRaw } from './helpers/accounts.ts';
import { describeEachStore, sqliteBackend, type TestDatabase } from './helpers/stores.ts';
import { villageA } from './helpers/sync.ts';

function captureIo(stdin = ''): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: async () => stdin };
}

describeEachStore('CLI: user and device', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    app = await buildAccountApp(store);
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  const run = async (group: 'user' | 'device', args: string[], stdin = '') => {
    const io = captureIo(stdin);
    const code = await runAccountCommand(store, group, args, io);
    return { code, out: io.out.join(''), err: io.err.join('') };
  };

  it('user add (password from stdin or generated), list, set-scope, reset-password, disable, enable', async () => {
    const added = await run('user', ['add', 'siti', '--name', 'Siti Aminah', '--role', 'kader', '--kind', 'tpk', '--scope', villageA, '--password-stdin'], 'sandi-rahasia-siti\n');
    expect(added).toMatchObject({ code: 0 });
    expect(added.out).not.toContain('sandi-rahasia-siti');
    const generated = await run('user', ['add', 'koor', '--name', 'Koordinator', '--role', 'koordinator', '--scope', villageA]);
    expect(generated.code).toBe(0);
    const password = /Password \(shown once[^:]*\): (\S+)/.exec(generated.out)?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    await signIn(app, 'koor', password);

    expect((await run('user', ['add', 'siti', '--name', 'X', '--role', 'kader', '--kind', 'tpk', '--scope', villageA])).code).toBe(1);
    expect((await run('user', ['add', 'bad', '--name', 'X', '--role', 'kader', '--scope', villageA])).err).toContain('--kind');
    expect((await run('user', ['add', 'short', '--name', 'X', '--role', 'admin', '--scope', 'all', '--password-stdin'], 'pendek\n')).code).toBe(1);

    const list = await run('user', ['list']);
    expect(list.out).toMatch(/^koor\tKoordinator\tkoordinator\t3201010001\tactive/m);
    expect(list.out).toMatch(/^siti\tSiti Aminah\tkader\/tpk\t3201010001\tactive/m);

    expect((await run('user', ['set-scope', 'siti', '320101'])).code).toBe(0);
    expect((await store.accounts.findUserByUsername('siti'))?.scope).toEqual({ prefixes: ['320101'] });
    expect((await run('user', ['set-scope', 'siti', '32x'])).code).toBe(1);

    const session = await signIn(app, 'siti', 'sandi-rahasia-siti');
    expect((await run('user', ['reset-password', 'siti', '--password-stdin'], 'sandi-baru-siti-1\n')).code).toBe(0);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(session.token) })).statusCode).toBe(401);
    expect((await signInRaw(app, 'siti', 'sandi-rahasia-siti')).statusCode).toBe(401);
    const again = await signIn(app, 'siti', 'sandi-baru-siti-1');

    expect((await run('user', ['disable', 'siti'])).code).toBe(0);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(again.token) })).statusCode).toBe(401);
    expect((await run('user', ['list'])).out).toMatch(/^siti\t.*\tdisabled/m);
    expect((await run('user', ['enable', 'siti'])).code).toBe(0);
    await signIn(app, 'siti', 'sandi-baru-siti-1');
    expect((await run('user', ['disable', 'nobody'])).code).toBe(1);
  });

  it('device list and revoke: the revoked device is refused on its next request', async () => {
    await run('user', ['add', 'siti', '--name', 'Siti', '--role', 'kader', '--kind', 'tpk', '--scope', villageA, '--password-stdin'], 'sandi-rahasia-siti\n');
    const session = await signIn(app, 'siti', 'sandi-rahasia-siti');
    const listed = await run('device', ['list']);
    expect(listed.out).toContain(`${session.deviceId}\tsiti\tHP uji`);
    expect(listed.out).not.toContain(session.token);
    expect((await run('device', ['revoke', session.deviceId])).code).toBe(0);
    expect((await app.inject({ method: 'GET', url: '/api/sync/pull', headers: bearer(session.token) })).statusCode).toBe(401);
    expect((await run('device', ['list'])).out).toMatch(/\trevoked /);
    expect((await run('device', ['revoke', 'nope'])).code).toBe(1);
  });
});

describe('CLI through bin/genting.mjs', () => {
  it('adds the first admin to an empty SQLite store and lists it', async () => {
    const db = await sqliteBackend.create();
    try {
      const env = { ...process.env, DATA_DIR: db.dataDir ?? '', DATABASE_URL: '', LOG_LEVEL: 'silent' };
      const add = execFileSync('node', ['bin/genting.mjs', 'user', 'add', 'admin', '--name', 'Admin Desa', '--role', 'admin', '--scope', 'all', '--password-stdin'], {
        env, input: 'sandi-admin-desa\n', encoding: 'utf8',
      });
      expect(add).toMatch(/User admin created/);
      const list = execFileSync('node', ['bin/genting.mjs', 'user', 'list'], { env, encoding: 'utf8' });
      expect(list).toMatch(/^admin\tAdmin Desa\tadmin\tall\tactive/m);
      const store = await db.open();
      const app = await buildAccountApp(store);
      await signIn(app, 'admin', 'sandi-admin-desa');
      await app.close();
    } finally {
      await db.destroy();
    }
  });
});
