// "Leave with unsaved input?": which forms on screen hold input not yet saved, and the one
// question pending at a time. Forms register while dirty (useLeaveGuard, with how to write
// their draft now); leaving (a link, "‹ back", "Batal", the phone's back button, "Muat ulang")
// goes through requestLeave(), which goes at once when nothing is dirty and otherwise writes
// the drafts and waits for the dialog (leave-dialog.tsx). Leaving never deletes a draft: it
// stays on the device and is offered when the form opens again.
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';

/** Each dirty form and how to write its draft now. */
const dirtyForms = new Map<object, () => void>();
let pendingLeave: (() => void) | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export const leaveGuard = {
  hasUnsaved: (): boolean => dirtyForms.size > 0,
  mark(token: object, dirty: boolean, flush: () => void = () => undefined): void {
    if (dirty) dirtyForms.set(token, flush);
    else dirtyForms.delete(token);
  },
  /** Leaves at once, or asks first when a form holds unsaved input. */
  requestLeave(leave: () => void): void {
    if (dirtyForms.size === 0) {
      leave();
      return;
    }
    for (const flush of dirtyForms.values()) flush();
    pendingLeave = leave;
    notify();
  },
  /** The dialog's answer: leave (the forms are no longer asked about) or stay. */
  answer(leave: boolean): void {
    const go = pendingLeave;
    pendingLeave = null;
    if (leave) dirtyForms.clear();
    notify();
    if (leave) go?.();
  },
  isAsking: (): boolean => pendingLeave !== null,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Registers a form's unsaved input while `dirty`; `release()` forgets it at once (saved). */
export function useLeaveGuard(dirty: boolean, flush?: () => void): { release: () => void } {
  const token = useRef({}).current;
  const flushNow = useRef(flush);
  flushNow.current = flush;
  const release = useCallback(() => leaveGuard.mark(token, false), [token]);
  useEffect(() => {
    leaveGuard.mark(token, dirty, () => flushNow.current?.());
  }, [token, dirty]);
  useEffect(() => () => leaveGuard.mark(token, false), [token]);
  return useMemo(() => ({ release }), [release]);
}
