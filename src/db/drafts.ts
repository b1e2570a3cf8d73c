// The forms' drafts: what a cadre typed into a form and has not saved yet, kept on this device
// (the `drafts` table, schema version 6) so a reload, a tab the phone killed or a "‹ back"
// loses nothing. One row per form and record ('household:<id>', 'measurement:new:<childId>').
// A draft is never synced and never holds a secret (no passwords or PINs: the forms that
// take one keep no draft). `owner` is the signed-in username when it was written: a draft
// is offered only to its owner (one typed before anybody signed in on this phone, to whoever
// signs in first, as the records typed then); sign-out clears them all; drafts older than
// DRAFT_MAX_AGE_MS are dropped.
import type { GentingDb } from './database.ts';
import { relaxedWrites } from './durability.ts';

export type DraftRow = {
  key: string;
  /** The form's field values as typed (strings, booleans, lists of ids). */
  values: unknown;
  /** The username signed in when it was written; null before the first sign-in. */
  owner: string | null;
  /** Wall-clock milliseconds of the last write. */
  savedAt: number;
};

/** Drafts not touched for 30 days are dropped. */
export const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export function createDraftStore(db: GentingDb, wallNow: () => number = Date.now) {
  return {
    /** The draft of `key` if it belongs to `owner` (or to nobody) and is not too old. */
    async read(key: string, owner: string | null): Promise<DraftRow | null> {
      const row = await db.drafts.get(key);
      if (!row || (row.owner !== owner && row.owner !== null) || row.savedAt < wallNow() - DRAFT_MAX_AGE_MS) return null;
      return row;
    },
    // Relaxed durability (durability.ts): a draft must outlive the tab or the browser being
    // killed (the commit is with the operating system by then), not a power cut; a strict
    // flush per pause in typing, and another beside every save, would cost the phone's disk
    // and delay the save the cadre waits for.
    async write(key: string, values: unknown, owner: string | null): Promise<void> {
      await relaxedWrites(() => db.drafts.put({ key, values, owner, savedAt: wallNow() }));
    },
    async remove(key: string): Promise<void> {
      await relaxedWrites(() => db.drafts.delete(key));
    },
    /** Sign-out: every draft goes. */
    async clear(): Promise<void> {
      await db.drafts.clear();
    },
    /** Drops drafts older than DRAFT_MAX_AGE_MS; the number dropped. */
    async dropOld(): Promise<number> {
      return db.drafts.where('savedAt').below(wallNow() - DRAFT_MAX_AGE_MS).delete();
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
