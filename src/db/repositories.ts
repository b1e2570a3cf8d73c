// Repositories: the ONLY way the app changes synced data (STYLE.md "Data and sync habits").
// Every write validates the whole merged record with the kind's zod schema (src/domain)
// BEFORE writing, then in ONE Dexie transaction updates the row and appends its change to
// the outbox (local-write.ts). Offline, every write succeeds locally and waits in the outbox;
// the sync engine sends it later. A failed validation writes nothing and returns the issues.
import type { z } from 'zod';
import { toFieldIssues } from '../domain/field-issues.ts';
import type { FieldIssue } from '../domain/field-issues.ts';
import type { RecordKind } from '../domain/record-kinds.ts';
import { canonicalJson } from '../sync/merge.ts';
import type { FieldValues } from '../sync/merge.ts';
import type { GentingDb } from './database.ts';
import type { DeviceClock } from './device-clock.ts';
import type { IdGenerator } from './ids.ts';
import { appendChanges, rejectedEntriesOf, stageLocalChange, writeNewRecordsOfKinds } from './local-write.ts';
import type { OutboxChange } from './outbox-entry.ts';
import { recordsOf } from './record-store.ts';
import { isQuotaError } from './storage-errors.ts';
import { fromRow, toValues } from './rows.ts';

export type SchemaRegistry = Partial<Record<RecordKind, z.ZodType>>;
export type KindOf<S extends SchemaRegistry> = keyof S & RecordKind;
export type RecordOf<S extends SchemaRegistry, K extends KindOf<S>> = z.output<NonNullable<S[K]>>;
type ManagedField = 'id' | 'createdAt' | 'updatedAt' | 'deleted';
/** What a form gives to create(): every field but the managed ones (villageCode included). */
export type CreateFields<S extends SchemaRegistry, K extends KindOf<S>> = Omit<z.input<NonNullable<S[K]>>, ManagedField>;
export type UpdatePatch<S extends SchemaRegistry, K extends KindOf<S>> = Partial<CreateFields<S, K>>;

/** One new record of createBatch: its kind and what a form gives to create(). */
export type BatchItem<S extends SchemaRegistry> = { [K in KindOf<S>]: { kind: K; fields: CreateFields<S, K> } }[KindOf<S>];

export type WriteFailure =
  | { ok: false; reason: 'invalid'; issues: FieldIssue[]; index?: number }
  | { ok: false; reason: 'not-found' | 'deleted' | 'unknown-kind' }
  /** IndexedDB refused the write (the phone is full): nothing was written, retry after freeing space. */
  | { ok: false; reason: 'storage-full' };
export type WriteResult = { ok: true; id: string } | WriteFailure;
export type WriteManyResult = { ok: true; ids: string[] } | WriteFailure;

/**
 * `onStorage(full)`: after each write, whether IndexedDB refused it for lack of space (true)
 * or took it (false); the client shows it in the status area (client.ts).
 */
export type RepositoryDeps<S extends SchemaRegistry> = { db: GentingDb; schemas: S; clock: DeviceClock; newId: IdGenerator; onStorage?: (full: boolean) => void };

type PatchMode = 'edit' | 'remove' | 'restore';

/** Rolls a bulk write's transaction back with the failure of one of its items. */
class WriteAborted extends Error {
  readonly failure: WriteFailure;
  constructor(failure: WriteFailure) {
    super(failure.reason);
    this.failure = failure;
  }
}

const managedFields: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'deleted']);

/**
 * What a caller gives, without the managed fields and without fields given as undefined: a
 * change travels as JSON, which has no undefined, so such a field would be cleared here and
 * kept everywhere else. To clear a field, give null (as the forms do).
 */
function withoutManaged(fields: object): FieldValues {
  const kept: FieldValues = {};
  for (const [key, value] of Object.entries(fields)) if (!managedFields.has(key) && value !== undefined) kept[key] = value;
  return kept;
}

/** Fields of `next` whose value differs from `current` (id excluded: it is the envelope). */
function diffFields(current: FieldValues, next: FieldValues): FieldValues {
  const changed: FieldValues = {};
  for (const [field, value] of Object.entries(next)) {
    if (field !== 'id' && canonicalJson(value) !== canonicalJson(current[field])) changed[field] = value;
  }
  return changed;
}

export function createRepositories<S extends SchemaRegistry>(deps: RepositoryDeps<S>) {
  const { db, schemas, clock, newId } = deps;

  /** Runs a write transaction; a full phone is a failure the form shows, not an exception. */
  async function guarded<T>(write: () => Promise<T>): Promise<T | { ok: false; reason: 'storage-full' }> {
    try {
      const result = await write();
      deps.onStorage?.(false);
      return result;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      deps.onStorage?.(true);
      return { ok: false, reason: 'storage-full' };
    }
  }
  const nowIso = () => new Date(clock.now()).toISOString();
  const records = recordsOf(db);
  const tablesOf = (kind: RecordKind) => [...records.tables(kind), db.outbox, db.meta];

  function validate(kind: RecordKind, candidate: FieldValues): { ok: true; data: FieldValues } | WriteFailure {
    const schema = schemas[kind];
    if (!schema) return { ok: false, reason: 'unknown-kind' };
    const parsed = schema.safeParse(candidate);
    if (!parsed.success) return { ok: false, reason: 'invalid', issues: toFieldIssues(parsed.error) };
    return { ok: true, data: parsed.data as FieldValues };
  }

  type Staged = { result: WriteResult; change: OutboxChange | null };

  /** Validates a patch on an existing row and stages its row and change (inside a transaction). */
  async function stagePatch(kind: RecordKind, id: string, patch: FieldValues, mode: PatchMode, time: string): Promise<Staged> {
    const row = await records.get(kind, id);
    if (!row) return { result: { ok: false, reason: 'not-found' }, change: null };
    const current = fromRow(row);
    if (mode === 'edit' && current.values.deleted === true) return { result: { ok: false, reason: 'deleted' }, change: null };
    const candidate: FieldValues = { ...current.values, ...patch, id, updatedAt: time };
    // A delete is never refused: a record that no longer passes a newer schema can still go.
    const valid = mode === 'remove' ? ({ ok: true, data: candidate } as const) : validate(kind, candidate);
    if (!valid.ok) return { result: valid, change: null };
    const changed = diffFields(current.values, valid.data);
    const onlyTime = Object.keys(changed).every((field) => field === 'updatedAt');
    if (onlyTime && (await rejectedEntriesOf(db, kind, id)).length === 0) return { result: { ok: true, id }, change: null };
    const villageCode = String(valid.data.villageCode ?? current.values.villageCode);
    const change = await stageLocalChange(db, clock, { kind, id, villageCode, fields: changed }, current);
    return { result: { ok: true, id }, change };
  }

  async function patchRecord(kind: RecordKind, id: string, patch: FieldValues, mode: PatchMode): Promise<WriteResult> {
    return guarded(() =>
      db.transaction('rw', tablesOf(kind), async () => {
        const time = nowIso();
        const staged = await stagePatch(kind, id, patch, mode, time);
        await appendChanges(db, [staged.change], time);
        return staged.result;
      }),
    );
  }

  /** Many patches in ONE transaction and a few outbox entries; all or none. Offline/conflict: as update. */
  async function updateMany<K extends KindOf<S>>(kind: K, patches: readonly { id: string; patch: UpdatePatch<S, K> }[]): Promise<WriteManyResult> {
    try {
      return await guarded(() => db.transaction('rw', tablesOf(kind), async () => {
        const time = nowIso();
        const changes: (OutboxChange | null)[] = [];
        for (const [index, { id, patch }] of patches.entries()) {
          const staged = await stagePatch(kind, id, withoutManaged(patch), 'edit', time);
          if (!staged.result.ok) throw new WriteAborted(staged.result.reason === 'invalid' ? { ...staged.result, index } : staged.result);
          changes.push(staged.change);
        }
        await appendChanges(db, changes, time);
        return { ok: true as const, ids: patches.map((item) => item.id) };
      }));
    } catch (error) {
      if (error instanceof WriteAborted) return error.failure;
      throw error;
    }
  }

  /** Many new records in ONE transaction (bulk import, benchmarks); all or none. Offline/conflict: as create. */
  async function createMany<K extends KindOf<S>>(kind: K, list: readonly CreateFields<S, K>[]): Promise<WriteManyResult> {
    return createBatch(list.map((fields) => ({ kind, fields }) as unknown as BatchItem<S>));
  }

  /**
   * New records of any kinds in ONE transaction, all or none (an import of households with
   * their members; the sync benchmark's batches of 1,000 mixed records). `ids` and a failure's
   * `index` follow the list; the changes are queued kind by kind. Offline/conflict: as create.
   */
  async function createBatch(list: readonly BatchItem<S>[]): Promise<WriteManyResult> {
    const time = nowIso();
    const groups = new Map<RecordKind, FieldValues[]>();
    const ids: string[] = [];
    for (const [index, { kind, fields }] of list.entries()) {
      const valid = validate(kind, { ...withoutManaged(fields), id: newId(), createdAt: time, updatedAt: time, deleted: false });
      if (!valid.ok) return valid.reason === 'invalid' ? { ...valid, index } : valid;
      const group = groups.get(kind);
      if (group) group.push(valid.data);
      else groups.set(kind, [valid.data]);
      ids.push(String(valid.data.id));
    }
    const kinds = [...groups.keys()];
    return guarded(async () => {
      await db.transaction('rw', [...kinds.flatMap((kind) => records.tables(kind)), db.outbox, db.meta], async () => {
        await writeNewRecordsOfKinds(db, clock, [...groups].map(([kind, list]) => ({ kind, records: list })), time);
      });
      return { ok: true as const, ids };
    });
  }

  return {
    createMany,
    // A method (not a function property): a device typed with fewer schemas stays assignable.
    createBatch(list: readonly BatchItem<S>[]): Promise<WriteManyResult> {
      return createBatch(list);
    },
    updateMany,

    /** New record. Offline: stored and queued. Conflict: none (a new id is unique). */
    async create<K extends KindOf<S>>(kind: K, fields: CreateFields<S, K>): Promise<WriteResult> {
      const result = await createMany(kind, [fields]);
      return result.ok ? { ok: true, id: result.ids[0] as string } : result;
    },

    /** Changes fields. Offline: stored and queued. Conflict: per field, the later stamp wins on every device. */
    update<K extends KindOf<S>>(kind: K, id: string, patch: UpdatePatch<S, K>): Promise<WriteResult> {
      return patchRecord(kind, id, withoutManaged(patch), 'edit');
    },

    /** Tombstone (deleted: true). Offline: queued. Conflict: stays deleted even if another device edits other fields later. */
    remove(kind: KindOf<S>, id: string): Promise<WriteResult> {
      return patchRecord(kind, id, { deleted: true }, 'remove');
    },

    /** Explicit undelete. Offline: queued. Conflict: the later of this and any delete wins. */
    restore(kind: KindOf<S>, id: string): Promise<WriteResult> {
      return patchRecord(kind, id, { deleted: false }, 'restore');
    },

    /** One record as the domain sees it (tombstones included: check `deleted`). */
    async get<K extends KindOf<S>>(kind: K, id: string): Promise<RecordOf<S, K> | undefined> {
      const row = await records.get(kind, id);
      return row ? (toValues(row) as RecordOf<S, K>) : undefined;
    },
  };
}

export type Repositories<S extends SchemaRegistry> = ReturnType<typeof createRepositories<S>>;
