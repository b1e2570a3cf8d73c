// Hostile requests at every endpoint (issue #12, "Prove it"), on SQLite and PostgreSQL:
// fast-check throws generated methods, paths (percent-encoded in every way, NUL, lone
// surrogates, over-long parameters, /api spelled differently), query strings, headers and
// bodies at each route the app has (read from Fastify's own route tree, so a new endpoint is
// covered without touching this file). Invariants, for every request:
//   - never a 5xx, never a crash (the app still answers afterwards);
//   - every 4xx is the one JSON error shape with a kebab-case code, and its body echoes
//     nothing of the request (a marker planted in generated text never comes back in an error);
//   - every record, change-log entry, user and device that existed before is unchanged;
//   - the log (trace level) never holds the planted marker.
// Reproducible: a fixed seed per store (FC_SEED / FC_RUNS override, tests/property/seed.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { loggerOptions } from '../../sync-server/logger.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { fcParams } from '../property/seed.ts';
import { addUser, bearer, buildAccountApp, defaultPassword, signIn } from './helpers/accounts.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import type { UserContext } from '../../sync-server/auth/scope.ts';
import { household, newId, nodeA, stamp, villageA } from './helpers/sync.ts';

const marker = 'SITI-AMINAH-3201010101';
const everyone: UserContext = { userId: 'test', scope: 'all', role: 'admin', displayName: 'test', kaderKind: null };

type Route = { path: string; methods: string[] };

/** Every route of the app, from Fastify's route tree (`printRoutes({ commonPrefix: false })`). */
export function routesOf(app: FastifyInstance): Route[] {
  const routes: Route[] = [];
  const parents: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (\S+) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const path = (depth > 0 ? (parents[depth - 1] ?? '') : '') + (match[2] ?? '');
    parents[depth] = path;
    parents.length = depth + 1;
    routes.push({ path, methods: (match[3] ?? '').split(',').map((m) => m.trim()) });
  }
  return routes;
}

/** Percent-encodes every UTF-16 unit, lone surrogates included (as their 3-byte CESU form). */
function encodeAny(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\uD800', 'x\uDC00', '\uDBFF\uDBFF', '..', '.', '%', '%00', '%ZZ', ';', '/', '\\', '%2F', '~', marker),
  fc.string({ maxLength: 8 }).map((s) => `${s}${marker}${s}`),
  fc.integer({ min: 90, max: 400 }).map((n) => `${marker}${'x'.repeat(n)}`),
  fc.string({ unit: 'binary', maxLength: 6 }).map((s) => `${s}\u0000${marker}`),
);

/** A path parameter: hostile text, percent-encoded in one of several ways (or raw). */
const pathParam = fc.oneof(
  hostileText.map(encodeAny),
  // Raw (not encoded) where an HTTP client can send it: no separators, no %, no backslash.
  hostileText.map((s) => s.replace(/[/?#\s%\\]/g, '')),
  fc.constantFrom('%ZZ', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%00', '%2e%2e', 'household', 'x'),
);

/** How /api is spelled at the front of a path. */
const apiSpelling = fc.constantFrom('/api', '/api', '/api', '/%61pi', '/%61%70%69', '//api', '/API', '/api/.');

const queryString = fc.oneof(
  fc.constant(''),
  fc.array(fc.tuple(fc.oneof(fc.constantFrom('cursor', 'limit', 'node', 'after', 'x'), hostileText), fc.oneof(hostileText, fc.integer().map(String))), { maxLength: 6 }).map(
    (pairs) => `?${pairs.map(([k, v]) => `${encodeAny(k)}=${encodeAny(v)}`).join('&')}`,
  ),
  fc.integer({ min: 1, max: 2000 }).map((n) => `?${'a=1&'.repeat(n)}`),
  fc.constantFrom('?cursor=0', '?cursor=-1', '?cursor=1e400', '?limit=99999999999999999999', '?after=household:', '?after=:', '?after=%ZZ', '?cursor[]=1', '?__proto__[x]=1', '?a=%ZZ'),
);

function deepJson(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/**
 * A push that passes the envelope, with one hostile value in one field of a change: lone
 * surrogates and U+0000 in values (refused per change, `invalid-field`) and values nested up
 * to 20,000 deep (the whole push `400 invalid-request`).
 */
const pushWithHostileField = fc
  .record({
    field: fc.constantFrom('headName', 'dusun', 'memberCount', 'gps', 'createdAt', 'villageCode', 'nope', '__proto__', '\uD800', `${marker}\u0000`),
    value: fc.oneof(hostileText, fc.jsonValue({ maxDepth: 3 })),
    deep: fc.option(fc.integer({ min: 50, max: 20_000 }), { freq: 3 }),
    create: fc.boolean(),
  })
  .map(({ field, value, deep, create }) => {
    const fields = deep === null ? value : 'DEEP';
    const change = create ? household(newId(), stamp(0), { [field]: fields }) : { ...household(newId(), stamp(0)), fields: { [field]: fields } };
    const text = JSON.stringify({ protocol: 1, nodeId: nodeA, changes: [change] });
    return deep === null ? text : text.replace('"DEEP"', deepJson(deep));
  });

type Tokens = { admin: string[]; kader: string[] };

/** A body: JSON values, shaped account bodies with hostile fields, push envelopes, garbage. */
const bodyArb = (tokens: Tokens) => {
  void tokens;
  const field = fc.oneof(hostileText, fc.constant(defaultPassword), fc.constant('admin1'), fc.integer(), fc.constant(null), fc.boolean(), fc.array(hostileText, { maxLength: 3 }));
  return fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.record(
      { username: field, password: field, deviceName: field, displayName: field, setupCode: field, role: fc.oneof(field, fc.constantFrom('admin', 'kader', 'viewer', 'koordinator')), scope: fc.oneof(field, fc.constant('all'), fc.constant({ villages: [villageA] })), active: fc.oneof(field, fc.boolean()), kaderKind: fc.oneof(field, fc.constant('tpk')) },
      { requiredKeys: [] },
    ).map((v) => JSON.stringify(v)),
    fc.record({ protocol: fc.oneof(fc.constant(1), field), nodeId: fc.oneof(fc.constant(nodeA), field), changes: fc.oneof(field, fc.array(fc.record({ kind: fc.oneof(fc.constantFrom('household', 'visit', 'nope'), field), id: fc.oneof(field, fc.constant(newId())), villageCode: fc.oneof(fc.constant(villageA), field), stamp: fc.oneof(fc.constant(stamp(0)), field), fields: fc.oneof(field, fc.dictionary(fc.constantFrom('headName', 'dusun', 'memberCount', 'gps', 'nope', '__proto__'), field, { maxKeys: 3 })) }, { requiredKeys: [] }), { maxLength: 3 })) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
    hostileText,
    fc.constantFrom('{', '{"a":', 'null', '"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '\u0000', `{"username":"${marker}`),
    fc.integer({ min: 100, max: 3000 }).map(deepJson),
    pushWithHostileField,
    fc.integer({ min: 60_000, max: 80_000 }).map((n) => JSON.stringify({ username: marker + 'x'.repeat(n) })),
  );
};

/** `arb` or absent: absent `absentWeight` times as often as present. */
const sometimes = <T>(arb: fc.Arbitrary<T>, absentWeight = 1) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: absentWeight }, { arbitrary: arb, weight: 1 });

const headersArb = (tokens: Tokens) =>
  fc
    .record({
      authorization: sometimes(
        fc.oneof(fc.constantFrom(...tokens.admin.map((t) => `Bearer ${t}`)), fc.constantFrom(...tokens.kader.map((t) => `Bearer ${t}`)), fc.constant('Bearer nope'), fc.constant('Basic YTpi'), hostileText.map((s) => `Bearer ${s.replace(/[^\x21-\x7e]/g, '')}`)),
        0,
      ),
      'content-type': sometimes(fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'application/json; charset=utf-16', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', '', ';;;', 'application/json;'), 1),
      origin: sometimes(fc.constantFrom('https://evil.example', 'http://localhost:80', 'null', 'not a url', 'http://localhost:80/'), 6),
      accept: sometimes(fc.constantFrom('text/html', 'application/json', '*/*')),
      'accept-encoding': sometimes(fc.constantFrom('gzip', 'gzip;q=0', 'br', 'identity')),
      'x-forwarded-for': sometimes(fc.constantFrom('10.0.0.1', 'not-an-ip', '1.2.3.4, 5.6.7.8', ''), 4),
    })
    .map((headers) => Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>);

describeEachStore('hostile requests at every endpoint', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  let tokens: Tokens;
  const log: string[] = [];

  beforeAll(async () => {
    db = await backend.create();
    store = await db.open();
    const options = loggerOptions('trace');
    app = await buildAccountApp(store, {
      logger: typeof options === 'object' ? { ...options, stream: { write: (line: string) => void log.push(line) } } : options,
    });
    await addUser(store, { username: 'admin1', role: 'admin', scope: 'all' });
    await addUser(store, { username: 'kader1', role: 'kader', kaderKind: 'tpk', scope: { villages: [villageA] } });
    // Several sessions each: a generated sign-out revokes one of them.
    const sessions = async (username: string) => Promise.all([1, 2, 3, 4].map(async () => (await signIn(app, username)).token));
    tokens = { admin: await sessions('admin1'), kader: await sessions('kader1') };
    const seeded = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: bearer(tokens.admin[0] ?? ''),
      payload: { protocol: 1, nodeId: nodeA, changes: [household(newId(), stamp(-5000)), household(newId(), stamp(-4000), { headName: 'Siti' })] },
    });
    expect(seeded.statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  /** What must not change: the change log, the records (snapshot), users, devices. */
  async function state() {
    // Read from the store itself: a generated sign-out may have revoked the test's tokens.
    const changes = (await store.pull(everyone, { cursor: 0, limit: 5000, excludeNode: null })).changes;
    const records = (await store.snapshot(everyone, { after: null, limit: 5000, cursor: null })).records;
    const users = await store.accounts.listUsers();
    const devices = (await store.accounts.listDevices()).map(({ lastSeenAt: _l, revokedAt: _r, ...rest }) => rest);
    return { changes, records, users, devices };
  }

  function keptAll<T>(before: T[], after: T[], key: (x: T) => string): void {
    const now = new Map(after.map((x) => [key(x), x]));
    for (const item of before) expect(now.get(key(item))).toEqual(item);
  }

  it('never answers 5xx, always the one error shape, changes nothing that existed, logs no marker', async () => {
    const routes = routesOf(app);
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/sync/push', '/api/users/:id', '/api/records/:kind/:id/history', '*']));
    const before = await state();
    const statuses = new Map<string, number>();

    const requestArb = fc
      .record({
        route: fc.constantFrom(...routes),
        otherMethod: sometimes(fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'), 6),
        methodPick: fc.nat(),
        spelling: apiSpelling,
        params: fc.array(pathParam, { minLength: 4, maxLength: 4 }),
        tail: fc.constantFrom('', '', '', '/', ';x=1', '/..', '%00'),
        wildcard: fc.array(pathParam, { maxLength: 3 }),
        query: queryString,
        headers: headersArb(tokens),
        body: bodyArb(tokens),
      })
      .map((r) => {
        const method = r.otherMethod ?? r.route.methods[r.methodPick % r.route.methods.length] ?? 'GET';
        let i = 0;
        let path = r.route.path === '*' ? `/${r.wildcard.join('/')}` : r.route.path.replace(/:[a-zA-Z]+/g, () => r.params[i++] ?? 'x');
        if (path.startsWith('/api')) path = r.spelling + path.slice(4);
        return { method, url: `${path}${r.tail}${r.query}`, headers: r.headers, body: r.body };
      });

    await fc.assert(
      fc.asyncProperty(requestArb, async (req) => {
        const res = await app.inject({
          method: req.method as 'GET',
          url: req.url,
          headers: req.headers,
          ...(req.body !== undefined && req.method !== 'GET' && req.method !== 'HEAD' ? { payload: req.body } : {}),
        });
        const tag = res.statusCode >= 400 && req.method !== 'HEAD' ? `${res.statusCode} ${(res.json() as { error?: { code?: string } }).error?.code ?? ''}` : String(res.statusCode);
        statuses.set(tag, (statuses.get(tag) ?? 0) + 1);
        expect(res.statusCode, `${req.method} ${req.url.slice(0, 200)}`).toBeLessThan(500);
        if (res.statusCode >= 400 && req.method !== 'HEAD') {
          expect(res.headers['content-type']).toContain('application/json');
          const body = res.json() as Record<string, unknown>;
          expect(body.error).toEqual({ code: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/), message: expect.any(String) });
          expect(Object.keys(body).filter((k) => k !== 'error' && k !== 'retryAfterSeconds')).toEqual([]);
          expect(res.body).not.toContain(marker);
          expect(res.body).not.toContain('FST_');
        }
      }),
      fcParams(backend.kind === 'sqlite' ? 12_012 : 12_013, 400),
    );

    if (process.env.HOSTILE_STATS) console.log(backend.kind, [...statuses].sort());
    // Pushes that reach the store: a valid session, JSON, one hostile value per change.
    await fc.assert(
      fc.asyncProperty(pushWithHostileField, fc.constantFrom(...tokens.admin, ...tokens.kader), async (payload, token) => {
        const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers: { ...bearer(token), 'content-type': 'application/json' }, payload });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(res.json()).toEqual({ error: { code: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/), message: expect.any(String) } });
          expect(res.body).not.toContain(marker);
        }
      }),
      fcParams(backend.kind === 'sqlite' ? 12_014 : 12_015, 300),
    );

    const after = await state();
    keptAll(before.changes, after.changes, (c) => `${c.seq}`);
    keptAll(before.records, after.records, (r) => `${r.kind}:${r.id}`);
    keptAll(before.users, after.users, (u) => u.id);
    keptAll(before.devices, after.devices, (d) => d.id);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect(log.join('\n')).not.toContain(marker);
  });
});
