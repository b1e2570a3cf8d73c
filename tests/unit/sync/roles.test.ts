// The role rule the server enforces on every push and the app uses to hide actions (issue #5):
// one table, src/sync/roles.ts, so the two cannot drift. Every kind for every role, and the
// device before its first sign-in.
import { describe, expect, it } from 'vitest';
import { recordKinds } from '../../../src/domain/record-kinds.ts';
import { canWriteKind, canWriteRecord, canWriteSomeOfKind, deviceMayWrite, deviceMayWriteRecord, roles } from '../../../src/sync/roles.ts';

const koordinatorOnly = ['sponsor', 'pledge', 'delivery', 'pokjaMember', 'meeting', 'attendance', 'actionItem'];
const fieldData = ['household', 'person', 'measurement', 'visit', 'outreach'];

describe('canWriteKind', () => {
  it('covers every record kind: field data or coordinator data', () => {
    expect([...fieldData, ...koordinatorOnly].sort()).toEqual([...recordKinds].sort());
  });

  it.each(fieldData)('%s: kader, koordinator and admin write it; a viewer does not', (kind) => {
    expect(roles.filter((role) => canWriteKind(role, kind))).toEqual(['kader', 'koordinator', 'admin']);
  });

  it.each(koordinatorOnly)('%s: only koordinator and admin write it', (kind) => {
    expect(roles.filter((role) => canWriteKind(role, kind))).toEqual(['koordinator', 'admin']);
  });

  it('refuses a kind it does not know to a kader and a viewer', () => {
    expect(canWriteKind('kader', 'user')).toBe(false);
    expect(canWriteKind('viewer', 'household')).toBe(false);
  });
});

describe('deviceMayWrite', () => {
  it('lets a fresh device (nobody signed in) record everything locally', () => {
    expect(recordKinds.every((kind) => deviceMayWrite(null, kind))).toBe(true);
  });

  it('follows the signed-in role otherwise', () => {
    expect(deviceMayWrite('viewer', 'household')).toBe(false);
    expect(deviceMayWrite('kader', 'sponsor')).toBe(false);
    expect(deviceMayWrite('kader', 'measurement')).toBe(true);
    expect(deviceMayWrite('koordinator', 'sponsor')).toBe(true);
  });
});

describe('canWriteRecord: attendance (issue #6)', () => {
  const meeting = { meetingId: 'm-1', status: 'hadir' };
  const outreach = { outreachId: 'o-1', status: 'hadir' };
  const both = { meetingId: 'm-1', outreachId: 'o-1', status: 'hadir' };
  const statusOnly = { status: 'izin' };

  it.each([
    ['kader', false, true],
    ['koordinator', true, true],
    ['admin', true, true],
    ['viewer', false, false],
  ] as const)('%s: meeting attendance %s, outreach attendance %s', (role, meetingOk, outreachOk) => {
    expect(canWriteRecord(role, 'attendance', meeting)).toBe(meetingOk);
    expect(canWriteRecord(role, 'attendance', outreach)).toBe(outreachOk);
    expect(deviceMayWriteRecord(role, 'attendance', meeting)).toBe(meetingOk);
    expect(deviceMayWriteRecord(role, 'attendance', outreach)).toBe(outreachOk);
  });

  it('refuses a kader an attendance that names a meeting too, or no event at all', () => {
    expect(canWriteRecord('kader', 'attendance', both)).toBe(false);
    expect(canWriteRecord('kader', 'attendance', statusOnly)).toBe(false);
    expect(canWriteRecord('kader', 'attendance', { outreachId: 'o-1', meetingId: null })).toBe(true);
    expect(canWriteRecord('kader', 'attendance', { outreachId: '' })).toBe(false);
  });

  it('opens no other kind to a kader by its fields', () => {
    expect(canWriteRecord('kader', 'meeting', outreach)).toBe(false);
    expect(canWriteRecord('kader', 'sponsor', outreach)).toBe(false);
    expect(canWriteRecord('kader', 'household', {})).toBe(true);
  });

  it('lets a fresh device write both kinds of attendance locally', () => {
    expect(deviceMayWriteRecord(null, 'attendance', meeting)).toBe(true);
    expect(deviceMayWriteRecord(null, 'attendance', outreach)).toBe(true);
  });

  it('lets a kader past the per-kind check for attendance only', () => {
    expect(roles.filter((role) => canWriteSomeOfKind(role, 'attendance'))).toEqual(['kader', 'koordinator', 'admin']);
    expect(canWriteSomeOfKind('kader', 'meeting')).toBe(false);
    expect(canWriteSomeOfKind('viewer', 'attendance')).toBe(false);
  });
});
