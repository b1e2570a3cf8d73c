// The forms' save runner (src/ui/data/save-first.ts): the write starts at once, "Menyimpan…"
// only for a slow save, a double tap saves once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveFirst, SAVING_SHOWN_AFTER_MS } from '../../../src/ui/data/save-first.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A save that ends when the test says so. */
function pendingSave<T>(value: T) {
  let finish: () => void = () => undefined;
  const save = vi.fn(() => new Promise<T>((resolve) => (finish = () => resolve(value))));
  return { save, finish: () => finish() };
}

describe('createSaveFirst', () => {
  it('starts the save at once and shows nothing for a quick save', async () => {
    const showSaving = vi.fn();
    const run = createSaveFirst(showSaving);
    const { save, finish } = pendingSave('id-1');
    const result = run(save);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(SAVING_SHOWN_AFTER_MS - 1);
    finish();
    expect(await result).toBe('id-1');
    await vi.advanceTimersByTimeAsync(1000);
    expect(showSaving).not.toHaveBeenCalled();
  });

  it('shows "saving" once a save has run for the delay', async () => {
    const showSaving = vi.fn();
    const run = createSaveFirst(showSaving);
    const { save, finish } = pendingSave({ ok: true });
    const result = run(save);
    await vi.advanceTimersByTimeAsync(SAVING_SHOWN_AFTER_MS);
    expect(showSaving).toHaveBeenCalledTimes(1);
    finish();
    expect(await result).toEqual({ ok: true });
  });

  it('ignores a second tap while a save runs, and saves again after it ended', async () => {
    const run = createSaveFirst(() => undefined);
    const first = pendingSave('a');
    const running = run(first.save);
    const second = pendingSave('b');
    expect(await run(second.save)).toBeNull();
    expect(second.save).not.toHaveBeenCalled();
    first.finish();
    expect(await running).toBe('a');
    const third = run(second.save);
    second.finish();
    expect(await third).toBe('b');
  });

  it('is free again after a save that threw', async () => {
    const run = createSaveFirst(() => undefined);
    await expect(run(() => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
    expect(await run(() => Promise.resolve(1))).toBe(1);
  });
});
