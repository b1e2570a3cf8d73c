// The fast page checks of src/sync/page-check.ts accept exactly what the zod schemas of
// protocol.ts accept and give the same data: every broken variant of a valid pull and snapshot
// page (one value changed at a time, in the envelope or in any element) is compared.
import { describe, expect, it } from 'vitest';
import { pullPageParser, pushRequestParser, snapshotPageParser } from '../../../src/sync/page-check.ts';
import { pullResponseSchema, pushRequestSchema, snapshotResponseSchema } from '../../../src/sync/protocol.ts';

const s1 = 'lqz8k3b0a0000k3j9x0m1q2w3e4r5';
const s2 = 'lqz8k3b0a0001k3j9x0m1q2w3e4r5';
const id = (n: number) => `01890a5d-ac96-774b-bcce-b302099a80${String(n).padStart(2, '0')}`;

// `epoch` (docs/sync-protocol.md 6.4) is part of the envelope: every odd value of it is tried.
const epoch = '5f0c9d2e8a7b4c1d9e3f2a6b7c8d9e0f';

const snapshotPage = () => ({
  protocol: 1,
  serverTime: '2026-03-01T08:00:00.000Z',
  epoch,
  cursor: 42,
  records: [1, 2, 3].map((n) => ({
    kind: 'household',
    id: id(n),
    villageCode: '3302012001',
    fields: { villageCode: '3302012001', headName: `Siti ${n}`, welfareDecile: n, topics: ['a'], deleted: false },
    stamps: { villageCode: s1, headName: n === 2 ? s2 : s1, welfareDecile: s1, topics: s1, deleted: s1 },
  })),
  next: 'household:x',
});

const pullPage = () => ({
  protocol: 1,
  serverTime: '2026-03-01T08:00:00.000Z',
  epoch,
  changes: [1, 2, 3].map((n) => ({ seq: 10 + n, kind: 'visit', id: id(n), villageCode: '3302012001', stamp: n === 3 ? s2 : s1, fields: { date: '2025-01-01', n } })),
  cursor: 13,
  hasMore: false,
});

/** A pull page with a record moved into the caller's scope: whole fields and per-field stamps (issue #12). */
const pullPageWithMove = () => {
  const page = pullPage();
  const moved = { ...page.changes[1], fields: { villageCode: '3302012001', headName: 'Siti', deleted: false }, stamps: { villageCode: s2, headName: s1, deleted: s1 } };
  return { ...page, changes: [page.changes[0], moved, page.changes[2]] };
};

const pushRequest = () => ({
  protocol: 1,
  nodeId: 'k3j9x0m1q2w3e4r5',
  changes: [1, 2, 3].map((n) => ({ kind: 'visit', id: id(n), villageCode: '3302012001', stamp: n === 3 ? s2 : s1, fields: { date: '2025-01-01', n } })),
});

/** Values that break (or nearly break) one part of a page. */
const odd: unknown[] = [
  undefined, null, 0, -1, 1.5, 2 ** 53, -0, '', 'x', 'x'.repeat(41), 'x'.repeat(64), 'x'.repeat(65), '123', '33020120011', true, [], [1], {}, { '': 1 },
  { ['k'.repeat(64)]: 1 }, { ['k'.repeat(65)]: 1 }, { a: s1 }, { a: 'not-a-stamp' }, { a: 1 }, s1, s1.toUpperCase(), `${s1}x`, Object.create({ inherited: 1 }),
];

function variants(page: Record<string, unknown>, listKey: string): unknown[] {
  const out: unknown[] = [page, { ...page, extra: 1 }, null, [], 'page'];
  for (const key of [...Object.keys(page), 'missing']) for (const value of odd) out.push({ ...page, [key]: value });
  const list = page[listKey] as Record<string, unknown>[];
  list.forEach((element, index) => {
    const withElement = (changed: unknown) => ({ ...page, [listKey]: list.map((item, k) => (k === index ? changed : item)) });
    out.push(withElement(null), withElement([]), withElement({ ...element, extra: 'kept?' }));
    for (const key of [...Object.keys(element), 'missing']) for (const value of odd) out.push(withElement({ ...element, [key]: value }));
    for (const inner of ['fields', 'stamps'] as const) {
      if (!(inner in element)) continue;
      for (const value of odd) out.push(withElement({ ...element, [inner]: { ...(element[inner] as object), headName: value } }));
    }
  });
  return out;
}

describe('page checks', () => {
  const cases = [
    ['snapshot', snapshotPageParser, snapshotResponseSchema, snapshotPage(), 'records'],
    ['pull', pullPageParser, pullResponseSchema, pullPage(), 'changes'],
    ['pull with a moved record', pullPageParser, pullResponseSchema, pullPageWithMove(), 'changes'],
    ['push', pushRequestParser, pushRequestSchema, pushRequest(), 'changes'],
  ] as const;
  for (const [name, parser, schema, page, listKey] of cases) {
    it(`accept and refuse ${name} pages exactly as zod does, with the same data`, () => {
      const all = variants(page, listKey);
      let accepted = 0;
      for (const body of all) {
        const fast = parser.safeParse(body);
        const zod = schema.safeParse(body);
        expect({ body, success: fast.success }).toEqual({ body, success: zod.success });
        // The server answers 400 with the first issue: the same one zod gives.
        if (!fast.success && !zod.success && fast.error) expect(fast.error.issues[0]).toEqual(zod.error.issues[0]);
        if (fast.success && zod.success) {
          accepted += 1;
          expect(fast.data).toEqual(zod.data);
        }
      }
      // Both outcomes are exercised (not everything accepted or everything refused).
      expect(accepted).toBeGreaterThan(20);
      expect(all.length - accepted).toBeGreaterThan(100);
    });
  }

  it('refuses a push of more changes than the limit, as zod does', () => {
    const change = pushRequest().changes[0];
    const body = { ...pushRequest(), changes: Array.from({ length: 1001 }, () => change) };
    expect(pushRequestParser.safeParse(body).success).toBe(false);
    expect(pushRequestSchema.safeParse(body).success).toBe(false);
    expect(pushRequestParser.safeParse({ ...body, changes: body.changes.slice(0, 1000) }).success).toBe(true);
  });
});
