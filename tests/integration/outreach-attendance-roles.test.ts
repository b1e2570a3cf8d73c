// Issue #6: a kader (a Duta GenRe) writes the participants of her outreach sessions, which
// are attendance records with outreachId, but not the attendance of a Pokja meeting. The
// server judges the merged record (a change carries only the fields it changes), on both
// stores; a refused change costs nothing else in the batch.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Change } from '../../src/sync/protocol.ts';
import type { Store } from '../../sync-server/store/store.ts';
import { serverRecordSchemas } from '../../sync-server/sync/record-schemas.ts';
import { accountTestSchemas, addUser, bearer, buildAccountApp, signIn } from './helpers/accounts.ts';
import { describeEachStore, type TestDatabase } from './helpers/stores.ts';
import { edit, household, newId, nowIso, stamp } from './helpers/sync.ts';

/** A real village code: the real attendance schema checks it. */
const village = '3302012001';

const attendance = (id: string, s: string, event: { outreachId?: string; meetingId?: string }): Change => ({
  kind: 'attendance', id, villageCode: village, stamp: s,
  fields: { villageCode: village, createdAt: nowIso, updatedAt: nowIso, deleted: false, name: 'Dewi', status: 'hadir', ...event },
});

/** Each signed-in phone has its own node id (a node id is bound to the device that first pushes with it). */
const nodeOf = (name: string) => name.replace(/[^a-z0-9]/g, '').padEnd(16, '0').slice(0, 16);
/** The change as that phone would stamp it: same time and counter, its own node id. */
const stampedBy = (name: string, change: Change): Change => ({ ...change, stamp: `${change.stamp.slice(0, 13)}${nodeOf(name)}` });

describeEachStore('outreach attendance: a kader writes participants, not meeting attendance', (backend) => {
  let db: TestDatabase;
  let store: Store;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};
  let tick = 0;
  const nextStamp = () => stamp(-60_000 + (tick += 1));

  beforeAll(async () => {
    db = await backend.create();
    store = await db.open();
    // The real attendance schema (exactly one of meetingId/outreachId), test schemas for the rest.
    app = await buildAccountApp(store, { schemas: { ...accountTestSchemas, attendance: serverRecordSchemas.attendance } });
    await addUser(store, { username: 'rina', displayName: 'Rina', role: 'kader', kaderKind: 'genre', scope: { villages: [village] } });
    await addUser(store, { username: 'bu-koor', displayName: 'Bu Koor', role: 'koordinator', scope: { villages: [village] } });
    for (const name of ['rina', 'bu-koor']) tokens[name] = (await signIn(app, name)).token;
  });
  afterAll(async () => {
    await app.close();
    await db.destroy();
  });

  async function pushAs(name: string, changes: Change[]) {
    const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers: bearer(tokens[name] ?? ''), payload: { protocol: 1, nodeId: nodeOf(name), changes: changes.map((c) => stampedBy(name, c)) } });
    expect(res.statusCode).toBe(200);
    return (res.json() as { results: { status: string; reason?: string; field?: string }[] }).results.map((r) => (r.field ? `${r.reason}:${r.field}` : r.reason ?? r.status));
  }

  async function storedAttendance(id: string) {
    const res = await app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0&limit=5000', headers: bearer(tokens['bu-koor'] ?? '') });
    expect(res.statusCode).toBe(200);
    const changes = (res.json() as { changes: { id: string; fields: Record<string, unknown> }[] }).changes;
    return changes.filter((change) => change.id === id).reduce<Record<string, unknown>>((all, change) => ({ ...all, ...change.fields }), {});
  }

  it('accepts a kader\'s outreach attendance and refuses her meeting attendance, keeping the rest of the batch', async () => {
    const participant = newId();
    const meetingRow = newId();
    const houseId = newId();
    expect(await pushAs('rina', [
      attendance(participant, nextStamp(), { outreachId: newId() }),
      attendance(meetingRow, nextStamp(), { meetingId: newId() }),
      attendance(newId(), nextStamp(), { outreachId: newId(), meetingId: newId() }),
      household(houseId, nextStamp(), {}, village),
    ])).toEqual(['accepted', 'not-permitted', 'not-permitted', 'accepted']);
    expect(await storedAttendance(participant)).toMatchObject({ name: 'Dewi', status: 'hadir' });
    expect(await storedAttendance(meetingRow)).toEqual({});
  });

  it('accepts a kader\'s status change of an outreach attendance (no outreachId in the change)', async () => {
    const participant = newId();
    expect(await pushAs('rina', [attendance(participant, nextStamp(), { outreachId: newId() })])).toEqual(['accepted']);
    expect(await pushAs('rina', [edit(participant, nextStamp(), { status: 'izin' }, village, 'attendance')])).toEqual(['accepted']);
    expect(await storedAttendance(participant)).toMatchObject({ status: 'izin' });
    expect(await pushAs('rina', [edit(participant, nextStamp(), { deleted: true }, village, 'attendance')])).toEqual(['accepted']);
  });

  it('refuses a kader moving an outreach attendance to a meeting, or clearing its outreachId', async () => {
    const participant = newId();
    const outreachId = newId();
    expect(await pushAs('rina', [attendance(participant, nextStamp(), { outreachId })])).toEqual(['accepted']);
    expect(await pushAs('rina', [
      edit(participant, nextStamp(), { meetingId: newId(), outreachId: null }, village, 'attendance'),
      edit(participant, nextStamp(), { meetingId: newId() }, village, 'attendance'),
      edit(participant, nextStamp(), { outreachId: null }, village, 'attendance'),
      edit(participant, nextStamp(), { name: 'Dewi Lestari' }, village, 'attendance'),
    ])).toEqual(['not-permitted', 'not-permitted', 'not-permitted', 'accepted']);
    const stored = await storedAttendance(participant);
    expect(stored).toMatchObject({ outreachId, name: 'Dewi Lestari' });
    expect(stored.meetingId ?? null).toBeNull();
  });

  it('refuses a kader\'s change to a meeting attendance a koordinator recorded', async () => {
    const row = newId();
    expect(await pushAs('bu-koor', [attendance(row, nextStamp(), { meetingId: newId() })])).toEqual(['accepted']);
    expect(await pushAs('rina', [
      edit(row, nextStamp(), { status: 'izin' }, village, 'attendance'),
      edit(row, nextStamp(), { deleted: true }, village, 'attendance'),
    ])).toEqual(['not-permitted', 'not-permitted']);
    expect(await storedAttendance(row)).toMatchObject({ status: 'hadir', deleted: false });
    expect(await pushAs('bu-koor', [edit(row, nextStamp(), { status: 'izin' }, village, 'attendance')])).toEqual(['accepted']);
  });
});
