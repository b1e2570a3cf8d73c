// Leaving a form with unsaved input (src/ui/forms/leave-guard.ts): goes at once when nothing
// is unsaved, otherwise waits for the answer; "Keluar" leaves, "Tetap di sini" stays.
import { describe, expect, it, vi } from 'vitest';
import { leaveGuard } from '../../../src/ui/forms/leave-guard.ts';

describe('leaveGuard', () => {
  it('leaves at once when no form holds unsaved input', () => {
    const leave = vi.fn();
    leaveGuard.requestLeave(leave);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(leaveGuard.isAsking()).toBe(false);
  });

  it('asks while a form is dirty; staying keeps it dirty, leaving goes', () => {
    const form = {};
    const seen = vi.fn();
    const stop = leaveGuard.subscribe(seen);
    leaveGuard.mark(form, true);
    const leave = vi.fn();
    leaveGuard.requestLeave(leave);
    expect(leave).not.toHaveBeenCalled();
    expect(leaveGuard.isAsking()).toBe(true);
    leaveGuard.answer(false);
    expect(leave).not.toHaveBeenCalled();
    expect(leaveGuard.hasUnsaved()).toBe(true);
    leaveGuard.requestLeave(leave);
    leaveGuard.answer(true);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(leaveGuard.hasUnsaved()).toBe(false);
    expect(seen).toHaveBeenCalledTimes(4);
    stop();
  });

  it('a form marked clean (saved) no longer asks', () => {
    const form = {};
    leaveGuard.mark(form, true);
    leaveGuard.mark(form, false);
    const leave = vi.fn();
    leaveGuard.requestLeave(leave);
    expect(leave).toHaveBeenCalledTimes(1);
  });

  it('writes the drafts of the dirty forms before asking', () => {
    const form = {};
    const flush = vi.fn();
    leaveGuard.mark(form, true, flush);
    leaveGuard.requestLeave(() => undefined);
    expect(flush).toHaveBeenCalledTimes(1);
    leaveGuard.answer(false);
    leaveGuard.mark(form, false);
  });
});
