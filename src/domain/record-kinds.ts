// The record kinds of DOMAIN.md. These names are part of the sync wire protocol
// (docs/sync-protocol.md) and of the Dexie and server table names: never rename one.
export const recordKinds = [
  'household',
  'person',
  'measurement',
  'visit',
  'outreach',
  'sponsor',
  'pledge',
  'delivery',
  'pokjaMember',
  'meeting',
  'attendance',
  'actionItem',
] as const;

export type RecordKind = (typeof recordKinds)[number];

export function isRecordKind(value: string): value is RecordKind {
  return (recordKinds as readonly string[]).includes(value);
}

/** Fields every record carries; managed by the repositories and sync, not typed by users. */
export const systemFields = ['id', 'villageCode', 'createdAt', 'updatedAt', 'deleted'] as const;
