// Bulk adds of packs and outbox entries straight on the IndexedDB transaction Dexie runs.
// Dexie's bulkAdd of fewer than 50 values records, for its live queries, every key of every
// index each value touches (the `ids` and `keys` of a pack, the `recordKeys` of an outbox entry:
// thousands of interval-tree inserts per bulk create). Here the table is reported changed as a
// whole once the transaction commits (Dexie.on('storagemutated'), which also reaches other
// tabs), so every live query that read it runs again, exactly as after a bulkAdd of 50 values
// or more. Outside a read-write Dexie transaction it is Dexie's bulkAdd.
// The report names Dexie's internal part keys (`idb://db/table/index`, `:dels`): Dexie is pinned
// exactly in package.json, and tests/unit/db/raw-add.test.ts compares the report with Dexie's own
// for a large bulkAdd, so an upgrade that changes the format fails there first (issue #13).
import { Dexie, RangeSet } from 'dexie';
import type { ObservabilitySet, Table } from 'dexie';

const changedTables = new WeakMap<IDBTransaction, Set<Table>>();

function reportOnCommit(idb: IDBTransaction, table: Table): void {
  let tables = changedTables.get(idb);
  if (!tables) {
    const pending = new Set<Table>();
    tables = pending;
    changedTables.set(idb, pending);
    idb.addEventListener('complete', () => {
      const parts: ObservabilitySet = {};
      for (const changed of pending) {
        const prefix = `idb://${changed.db.name}/${changed.name}/`;
        // Dexie's own "everything" range (it reports a new database this way).
        const everything = () => new RangeSet(-Infinity, [[[]]]);
        parts[prefix] = everything();
        parts[`${prefix}:dels`] = everything();
        for (const index of changed.schema.indexes) if (index.name) parts[`${prefix}${index.name}`] = everything();
      }
      Dexie.on('storagemutated').fire(parts);
    });
  }
  tables.add(table);
}

/** Adds `values` to `table` (keys from the table's key path or auto-increment). */
export async function addAll<T>(table: Table<T>, values: readonly T[]): Promise<void> {
  const trans = Dexie.currentTransaction;
  if (values.length === 0) return;
  if (!trans || trans.mode !== 'readwrite' || !trans.storeNames.includes(table.name)) {
    await table.bulkAdd([...values]);
    return;
  }
  const idb = trans.idbtrans;
  const store = idb.objectStore(table.name);
  reportOnCommit(idb, table);
  let last: IDBRequest | undefined;
  for (const value of values) last = store.add(value);
  const request = last as IDBRequest;
  // Requests of one store complete in order: the last one's success means all were added.
  await new Promise<void>((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB add failed'));
  });
}
