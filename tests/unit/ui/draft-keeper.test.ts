// The forms' draft mechanism (src/ui/forms/draft-keeper.ts): only changed fields are kept,
// written after a pause or at once on flush, offered when the form opens again (over the
// record's newest values), forgotten on "Buang" and on save; stale shapes never crash.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_WRITE_DELAY_MS, changedFields, createDraftKeeper, restoredValues } from '../../../src/ui/forms/draft-keeper.ts';
import type { DraftStorage } from '../../../src/ui/forms/draft-keeper.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function memoryStorage(initial: Record<string, unknown> = {}) {
  const rows = new Map<string, unknown>(Object.entries(initial));
  const storage: DraftStorage & { rows: Map<string, unknown> } = {
    rows,
    read: vi.fn(async (key: string) => rows.get(key) ?? null),
    write: vi.fn(async (key: string, values: unknown) => void rows.set(key, values)),
    remove: vi.fn(async (key: string) => void rows.delete(key)),
  };
  return storage;
}

const empty = { headName: '', dusun: 'Krajan', targetIds: [] as string[], oedema: false };
type Form = typeof empty;

describe('changedFields / restoredValues', () => {
  it('keeps only what differs, lists compared by value', () => {
    expect(changedFields(empty, { ...empty, headName: 'Siti', targetIds: [] })).toEqual({ headName: 'Siti' });
    expect(changedFields(empty, { ...empty, targetIds: ['p1'] })).toEqual({ targetIds: ['p1'] });
  });

  it('restores over the baseline, ignoring unknown fields and values of another type', () => {
    expect(restoredValues(empty, { headName: 'Siti', gone: 'x', oedema: 'yes', targetIds: ['p1'] })).toEqual({ ...empty, headName: 'Siti', targetIds: ['p1'] });
    expect(restoredValues(empty, 'garbage')).toEqual(empty);
    expect(Object.getPrototypeOf(restoredValues(empty, JSON.parse('{"__proto__": {"polluted": true}}')))).toBe(Object.prototype);
    expect(restoredValues(empty, null)).toEqual(empty);
  });
});

describe('createDraftKeeper', () => {
  it('writes the changed fields after a pause, not on every keystroke', async () => {
    const storage = memoryStorage();
    const keeper = createDraftKeeper<Form>({ key: 'household:new', baseline: empty, storage });
    expect(await keeper.start()).toBeNull();
    keeper.change({ ...empty, headName: 'S' });
    await vi.advanceTimersByTimeAsync(DRAFT_WRITE_DELAY_MS / 2);
    keeper.change({ ...empty, headName: 'Siti' });
    await vi.advanceTimersByTimeAsync(DRAFT_WRITE_DELAY_MS - 1);
    expect(storage.write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.write).toHaveBeenCalledTimes(1);
    expect(storage.rows.get('household:new')).toEqual({ headName: 'Siti' });
  });

  it('flush() writes at once (page hidden or closed)', async () => {
    const storage = memoryStorage();
    const keeper = createDraftKeeper<Form>({ key: 'household:new', baseline: empty, storage });
    await keeper.start();
    keeper.change({ ...empty, headName: 'Siti' });
    await keeper.flush();
    expect(storage.rows.get('household:new')).toEqual({ headName: 'Siti' });
    await vi.advanceTimersByTimeAsync(DRAFT_WRITE_DELAY_MS * 2);
    expect(storage.write).toHaveBeenCalledTimes(1);
  });

  it('typing back to the starting values removes the kept draft; untouched forms write nothing', async () => {
    const storage = memoryStorage();
    const keeper = createDraftKeeper<Form>({ key: 'household:new', baseline: empty, storage });
    await keeper.start();
    keeper.change(empty);
    await keeper.flush();
    expect(storage.write).not.toHaveBeenCalled();
    expect(storage.remove).not.toHaveBeenCalled();
    keeper.change({ ...empty, headName: 'S' });
    await keeper.flush();
    keeper.change(empty);
    await keeper.flush();
    expect(storage.rows.has('household:new')).toBe(false);
    expect(keeper.isDirty(empty)).toBe(false);
  });

  it('offers a kept draft over the newest record values; Lanjutkan restores it and keeps writing', async () => {
    const storage = memoryStorage({ 'household:h1': { headName: 'Siti Aminah' } });
    // The record changed since (another phone set the dusun): the untouched field keeps it.
    const record = { ...empty, headName: 'Siti', dusun: 'Sumber' };
    const keeper = createDraftKeeper<Form>({ key: 'household:h1', baseline: record, storage });
    expect(await keeper.start()).toEqual({ ...record, headName: 'Siti Aminah' });
    expect(keeper.state).toBe('offered');
    expect(keeper.isDirty(record)).toBe(false);
    // While offered nothing is written over the kept draft.
    keeper.change({ ...record, headName: 'X' });
    await keeper.flush();
    expect(storage.write).not.toHaveBeenCalled();
    const resumed = keeper.resume();
    expect(resumed).toEqual({ ...record, headName: 'Siti Aminah' });
    expect(keeper.state).toBe('ready');
    expect(keeper.isDirty(resumed)).toBe(true);
    keeper.change({ ...resumed, headName: 'Siti Aminah N' });
    await keeper.flush();
    expect(storage.rows.get('household:h1')).toEqual({ headName: 'Siti Aminah N' });
  });

  it('a kept draft that changes nothing is dropped, not offered', async () => {
    const storage = memoryStorage({ 'household:h1': { headName: 'Siti', unknown: 1 } });
    const keeper = createDraftKeeper<Form>({ key: 'household:h1', baseline: { ...empty, headName: 'Siti' }, storage });
    expect(await keeper.start()).toBeNull();
    await keeper.flush();
    expect(storage.rows.has('household:h1')).toBe(false);
  });

  it('Buang forgets the kept draft and keeps the starting values', async () => {
    const storage = memoryStorage({ 'visit:new:h1': { targetIds: ['p1'] } });
    const keeper = createDraftKeeper<Form>({ key: 'visit:new:h1', baseline: empty, storage });
    await keeper.start();
    await keeper.discard();
    expect(keeper.state).toBe('ready');
    expect(storage.rows.has('visit:new:h1')).toBe(false);
  });

  it('a save forgets the draft, cancels a pending write, and the saved values are the new start', async () => {
    const storage = memoryStorage();
    const keeper = createDraftKeeper<Form>({ key: 'guest:new:m1', baseline: empty, storage });
    await keeper.start();
    const typed = { ...empty, headName: 'Ani' };
    keeper.change(typed);
    await keeper.saved(typed);
    await vi.advanceTimersByTimeAsync(DRAFT_WRITE_DELAY_MS * 2);
    expect(storage.write).not.toHaveBeenCalled();
    expect(storage.rows.size).toBe(0);
    expect(keeper.isDirty(typed)).toBe(false);
  });

  it('typing before the kept draft is read is written once it is known there is none', async () => {
    const storage = memoryStorage();
    const keeper = createDraftKeeper<Form>({ key: 'household:new', baseline: empty, storage });
    const started = keeper.start();
    keeper.change({ ...empty, headName: 'Cepat' });
    await started;
    await vi.advanceTimersByTimeAsync(DRAFT_WRITE_DELAY_MS);
    expect(storage.rows.get('household:new')).toEqual({ headName: 'Cepat' });
  });

  it('a storage that fails to read offers nothing and the form still works', async () => {
    const storage = memoryStorage();
    storage.read = vi.fn(async () => {
      throw new Error('QuotaExceeded');
    });
    const keeper = createDraftKeeper<Form>({ key: 'household:new', baseline: empty, storage });
    expect(await keeper.start()).toBeNull();
    expect(keeper.state).toBe('ready');
  });
});
