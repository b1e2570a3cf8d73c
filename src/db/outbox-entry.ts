// The device's outbox (docs/sync-protocol.md, "Client rules"). An entry holds one or more
// changes written in one transaction (a bulk import writes a few large entries instead of
// thousands of small ones: IndexedDB pays per put). status 'pending': not yet accepted by the
// server (sent or not; a resend is harmless, the server answers 'duplicate'). status
// 'rejected': exactly ONE change the server refused with `reason`; it stays until the user
// fixes the record (a new change supersedes it) or discards it.
// `previous` holds, for each field of a change, the value and stamp the record had before
// this write, kept up to date with changes pulled from the server meanwhile: discarding a
// rejected change restores exactly what the server has, so nothing changes silently.
import type { RecordKind } from '../domain/record-kinds.ts';
import type { Change, RejectionReason } from '../sync/protocol.ts';
import type { FieldStamps, FieldValues } from '../sync/merge.ts';

export type OutboxStatus = 'pending' | 'rejected';

/**
 * Refusals the device decides itself, beside the server's per-change `RejectionReason`s:
 * 'server-error' = the server failed (HTTP 500) every time this change was pushed alone while
 * pushes of other changes succeeded (sync-steps.ts, push isolation).
 */
export const localRejectionReasons = ['server-error'] as const;
export type OutboxRejectionReason = RejectionReason | (typeof localRejectionReasons)[number];

export type OutboxChange = {
  kind: RecordKind;
  recordId: string;
  villageCode: string;
  stamp: string;
  fields: FieldValues;
  /** Values and stamps of `fields` before this write; absent fields had none (a create). */
  previous: { values: FieldValues; stamps: FieldStamps };
};

export type OutboxEntry = {
  /** Auto-increment: push order = write order. */
  seq?: number;
  status: OutboxStatus;
  changes: OutboxChange[];
  /** recordKey(kind, id) of every change: the multiEntry index behind isPending(). */
  recordKeys: string[];
  /** Device time of the write (ISO), for the rejected-changes list. */
  writtenAt: string;
  reason?: OutboxRejectionReason;
  field?: string;
};

/** Changes per entry written by a bulk write (keeps one entry well under 1 MB). */
export const MAX_CHANGES_PER_ENTRY = 500;

export function recordKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

export function toChange(change: OutboxChange): Change {
  return { kind: change.kind, id: change.recordId, villageCode: change.villageCode, stamp: change.stamp, fields: change.fields };
}

/** Pending entries for `changes`, MAX_CHANGES_PER_ENTRY at most each. */
export function pendingEntries(changes: readonly OutboxChange[], writtenAt: string): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (let start = 0; start < changes.length; start += MAX_CHANGES_PER_ENTRY) {
    const chunk = changes.slice(start, start + MAX_CHANGES_PER_ENTRY);
    entries.push({ status: 'pending', changes: chunk, recordKeys: [...new Set(chunk.map((c) => recordKey(c.kind, c.recordId)))], writtenAt });
  }
  return entries;
}
