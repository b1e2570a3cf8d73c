import { describe, expect, it } from 'vitest';
import {
  changeSchema,
  jsonByteLength,
  PROTOCOL_VERSION,
  pullQuerySchema,
  pushRequestSchema,
  pushResponseSchema,
  snapshotResponseSchema,
  syncLimits,
} from '../../../src/sync/protocol.ts';

const stamp = 'lqz8k3b0a0000k3j9x0m1q2w3e4r5';
const change = {
  kind: 'household',
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  villageCode: '3302012001',
  stamp,
  fields: { headName: 'Siti', deleted: false },
};

describe('protocol v1 schemas', () => {
  it('accepts a well-formed push request', () => {
    const parsed = pushRequestSchema.safeParse({ protocol: 1, nodeId: 'k3j9x0m1q2w3e4r5', changes: [change] });
    expect(parsed.success).toBe(true);
    expect(PROTOCOL_VERSION).toBe(1);
  });

  it('rejects another protocol version, a bad stamp and a bad village code', () => {
    expect(pushRequestSchema.safeParse({ protocol: 2, nodeId: 'k3j9x0m1q2w3e4r5', changes: [] }).success).toBe(false);
    expect(changeSchema.safeParse({ ...change, stamp: 'LQZ' }).success).toBe(false);
    expect(changeSchema.safeParse({ ...change, villageCode: '33.02.01.2001' }).success).toBe(false);
  });

  it('refuses more changes than the limit in one push', () => {
    const changes = Array.from({ length: syncLimits.maxPushChanges + 1 }, () => change);
    expect(pushRequestSchema.safeParse({ protocol: 1, nodeId: 'k3j9x0m1q2w3e4r5', changes }).success).toBe(false);
  });

  it('parses push results with rejection reasons from the union only', () => {
    const ok = { protocol: 1, serverTime: '2025-01-01T00:00:00.000Z', results: [{ id: change.id, stamp, status: 'rejected', reason: 'outside-scope' }] };
    expect(pushResponseSchema.safeParse(ok).success).toBe(true);
    const bad = { ...ok, results: [{ id: change.id, stamp, status: 'rejected', reason: 'because' }] };
    expect(pushResponseSchema.safeParse(bad).success).toBe(false);
  });

  it('coerces pull query strings and applies defaults and the max limit', () => {
    expect(pullQuerySchema.parse({ cursor: '12' })).toEqual({ cursor: 12, limit: syncLimits.defaultPullLimit });
    expect(pullQuerySchema.safeParse({ cursor: '0', limit: '5001' }).success).toBe(false);
  });

  it('parses a snapshot page', () => {
    const page = {
      protocol: 1,
      serverTime: '2025-01-01T00:00:00.000Z',
      cursor: 40,
      records: [{ kind: 'household', id: change.id, villageCode: change.villageCode, fields: change.fields, stamps: { headName: stamp, deleted: stamp } }],
      next: null,
    };
    expect(snapshotResponseSchema.parse(page).records).toHaveLength(1);
  });

  it('counts UTF-8 bytes of JSON', () => {
    expect(jsonByteLength('a')).toBe(3);
    expect(jsonByteLength('é')).toBe(4);
    expect(jsonByteLength('😀')).toBe(6);
  });
});
