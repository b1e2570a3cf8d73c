// How durably IndexedDB commits a read-write transaction (issue #12, finding 7). Chrome (121+)
// commits with relaxed durability by default: the commit is reported before the data reaches
// the disk, so "Tersimpan" could be shown for a save that a phone dying seconds later loses.
// The database is therefore opened with `chromeTransactionDurability: 'strict'`
// (database.ts): every read-write transaction (a cadre's save, the outbox entries, the
// answers of a push recorded in the outbox, discard and resend, meta) is flushed to disk
// before it completes. Only pulled and snapshot pages are written relaxed (`relaxedWrites`):
// a page lost by a power cut takes its cursor with it (same transaction), so it is simply
// pulled again, and a fresh device's thousands of pages do not each wait for a flush.
//
// Dexie 4 takes durability only per database, not per transaction, so the choice travels in
// Dexie's zone (its PSD, which follows the call into the transaction Dexie opens) and a
// DBCore middleware hands it to IndexedDB. tests/unit/db/durability.test.ts checks what each
// write opens; without Dexie's zone API every write stays strict (the safe side).
import { Dexie } from 'dexie';
import type { DBCore, DbCoreTransactionOptions } from 'dexie';

type Durability = DbCoreTransactionOptions['durability'];
type Zone = { durability?: Durability };
type ZoneApi = { PSD?: Zone; newPSD?: <T>(fn: () => T, props: Zone) => T };

const zones = Dexie.Promise as unknown as ZoneApi;

/** The DBCore middleware: a read-write transaction opened inside relaxedWrites is relaxed. */
export function durabilityMiddleware(core: DBCore): DBCore {
  return {
    ...core,
    transaction(stores, mode, options) {
      const wanted = mode === 'readwrite' ? zones.PSD?.durability : undefined;
      return core.transaction(stores, mode, wanted ? { ...options, durability: wanted } : options);
    },
  };
}

/**
 * Runs `write`, whose Dexie transaction must be opened synchronously (before its first
 * await), with relaxed durability. For data the device can get again (pulled pages) only.
 */
export function relaxedWrites<T>(write: () => Promise<T>): Promise<T> {
  return zones.newPSD ? zones.newPSD(write, { durability: 'relaxed' }) : write();
}
