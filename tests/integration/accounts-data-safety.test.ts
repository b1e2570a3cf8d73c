// Issue #5 "Prove it": SQL-injection and script strings in every text field are stored verbatim
// and come back unchanged; a server log of a run that handles names, NIK numbers, usernames,
// passwords and tokens contains none of them. Both stores.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loggerOptions } from '../../sync-server/logger.ts';
import type { Store } from '../../sync-server/store/store.ts';
import type { Change } from '../../src/sync/protocol.ts';
import { addUser, bearer, buildAccountApp, defaultPassword, signIn, signInRaw } from './helpers/accounts.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import { household, newId, nodeA, nowIso, stamp, villageA, villageOther } from './helpers/sync.ts';

const nasty = [
  "Robert'); DROP TABLE users;--",
  '" OR 1=1 --',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  "'; DELETE FROM changes WHERE '1'='1",
  '${7*7} {{7*7}} %s %n \\ \\\\ / ` $1',
  'Siti Ümmü 𝓐 👶🏽 ‮right-to-left',
];

const person = (id: string, householdId: string, s: string, name: string, nik: string, village = villageA): Change => ({
  kind: 'person', id, villageCode: village, stamp: s,
  fields: { villageCode: village, createdAt: nowIso, updatedAt: nowIso, deleted: false, householdId, name, nik },
});

describeEachStore('accounts: data safety', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  let log: string[];

  beforeEach(async () => {
    db = await backend.create();
    store = await db.open();
    log = [];
    const options = loggerOptions('trace');
    app = await buildAccountApp(store, {
      logger: typeof options === 'object' ? { ...options, stream: { write: (line: string) => void log.push(line) } } : options,
    });
  });
  afterEach(async () => {
    await app.close();
    await db.destroy();
  });

  it('stores injection and script strings verbatim in record fields, display names and device names', async () => {
    const displayName = nasty[0] ?? '';
    const userId = await addUser(store, { username: 'siti', displayName, role: 'kader', scope: { villages: [villageA] } });
    expect((await store.accounts.findUserById(userId))?.displayName).toBe(displayName);
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: 'siti', password: defaultPassword, deviceName: nasty[2] } });
    const { token, user } = res.json();
    expect(user.displayName).toBe(displayName);
    expect((await store.accounts.listDevices())[0]?.name).toBe(nasty[2]);

    const ids = nasty.map(() => newId());
    const pushed = await app.inject({
      method: 'POST', url: '/api/sync/push', headers: bearer(token),
      payload: { protocol: 1, nodeId: nodeA, changes: nasty.map((text, i) => household(ids[i] ?? '', stamp(-100 + i), { headName: text, dusun: text.slice(0, 60) })) },
    });
    expect(pushed.json().results.every((r: { status: string }) => r.status === 'accepted')).toBe(true);
    const snapshot = await app.inject({ method: 'GET', url: '/api/sync/snapshot?limit=100', headers: bearer(token) });
    const byId = new Map((snapshot.json().records as { id: string; fields: { headName: string; dusun: string } }[]).map((r) => [r.id, r.fields]));
    nasty.forEach((text, i) => {
      expect(byId.get(ids[i] ?? '')).toMatchObject({ headName: text, dusun: text.slice(0, 60) });
    });
    const pulled = await app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: bearer(token) });
    expect((pulled.json().changes as { fields: { headName: string } }[]).map((c) => c.fields.headName)).toEqual(nasty);
    const history = await app.inject({ method: 'GET', url: `/api/records/household/${ids[0]}/history`, headers: bearer(token) });
    expect(history.json().entries[0].author.displayName).toBe(displayName);
    expect(await store.accounts.countUsers()).toBe(1);
  });

  it('the log of a run with names, NIK, usernames, passwords and tokens contains none of them', async () => {
    await addUser(store, { username: 'siti.aminah', displayName: 'Siti Aminah Kader', role: 'kader', scope: { villages: [villageA] } });
    const { token } = await signIn(app, 'siti.aminah');
    await signInRaw(app, 'siti.aminah', 'tebakan-salah-sekali');
    await signInRaw(app, 'bukan.pengguna', 'tebakan-salah-lagi');
    const householdId = newId();
    const secrets = ['Sumarni Wulandari', '3201014507890001', 'Bayu Pratama', '3201011203200002', 'Keluarga Darmawan'];
    const changes = [
      household(householdId, stamp(-10), { headName: 'Keluarga Darmawan' }),
      person(newId(), householdId, stamp(-9), 'Sumarni Wulandari', '3201014507890001'),
      person(newId(), householdId, stamp(-8), 'Bayu Pratama', '3201011203200002'),
      person(newId(), householdId, stamp(-7), 'Bayu Pratama', '3201011203200002', villageOther),
      person(newId(), householdId, stamp(-6), 'Bayu Pratama', '32010112032000'),
    ];
    const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers: bearer(token), payload: { protocol: 1, nodeId: nodeA, changes } });
    expect(res.json().results.map((r: { reason?: string; status: string }) => r.reason ?? r.status)).toEqual(['accepted', 'accepted', 'accepted', 'outside-scope', 'invalid-field']);
    await app.inject({ method: 'GET', url: `/api/sync/pull?cursor=0&q=${secrets[1]}`, headers: bearer(token) });
    await app.inject({ method: 'GET', url: '/api/sync/snapshot', headers: bearer(token) });
    await app.inject({ method: 'GET', url: `/api/records/household/${householdId}/history`, headers: bearer(token) });
    await app.inject({ method: 'POST', url: '/api/sync/push', headers: bearer(token), payload: `{"protocol":1,"nodeId":"${secrets[0]}"` });

    const text = log.join('');
    expect(log.length).toBeGreaterThan(8);
    for (const secret of [...secrets, 'siti.aminah', 'bukan.pengguna', 'Siti Aminah Kader', defaultPassword, 'tebakan-salah', token]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(text).toContain('"route":"/api/sync/push"');
  });
});
