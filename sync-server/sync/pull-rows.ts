// What pull sends of a logged change, per caller (docs/sync-protocol.md, 6.2), and who owns a
// node id (6.1), for both stores. A change that moved a record from a village outside the
// caller's scope into it is sent as the whole record (values and per-field stamps): the
// caller never had it, and the change alone carries only the fields that changed. A caller
// whose scope holds the old village but not the new one gets the change itself, so her device
// learns the record left. Pure: the stores pass the rows they read.
import { isInScope, type Scope } from '../auth/scope.ts';
import type { ChangeRow } from '../store/store.ts';

/** A changes row as read by pull (JSON columns as text). */
export type RawPulledChange = {
  seq: number;
  kind: string;
  record_id: string;
  village_code: string;
  stamp: string;
  fields: string;
  moved_from: string | null;
  record_fields: string | null;
  record_stamps: string | null;
};

export function pulledRow(scope: Scope, r: RawPulledChange): ChangeRow {
  const row: ChangeRow = { seq: Number(r.seq), kind: r.kind, id: r.record_id, villageCode: r.village_code, stamp: r.stamp, fieldsJson: r.fields };
  const gained = r.moved_from !== null && !isInScope(scope, r.moved_from) && isInScope(scope, r.village_code);
  if (gained && r.record_fields !== null && r.record_stamps !== null) {
    row.fieldsJson = r.record_fields;
    row.stampsJson = r.record_stamps;
  }
  return row;
}

/** The device a node id is bound to, and whether that device's session is still live. */
export type NodeOwner = { deviceId: string; live: boolean };

/**
 * A push under `nodeId` by `deviceId`: 'bind' the node (first use, or its device signed out
 * or was revoked: the same phone signing in again, or the next cadre of a shared phone),
 * 'ok' (already this device's), or 'taken' (another live device's).
 */
export function nodeBinding(owner: NodeOwner | undefined, deviceId: string): 'bind' | 'ok' | 'taken' {
  if (!owner) return 'bind';
  if (owner.deviceId === deviceId) return 'ok';
  return owner.live ? 'taken' : 'bind';
}

/** Pull's `node` is honoured only for the caller's own node (or one no device owns). */
export function honoursNode(ownerDeviceId: string | undefined, callerDeviceId: string | null | undefined): boolean {
  return ownerDeviceId === undefined || ownerDeviceId === (callerDeviceId ?? null);
}
