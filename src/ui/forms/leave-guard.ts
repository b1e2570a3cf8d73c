// "Leave with unsaved input?": which forms on screen hold input not yet saved, and the one
// question pending at a time. Forms register while dirty (useLeaveGuard); leaving (a link,
// "‹ back", "Batal", the phone's back button) goes through requestLeave(), which goes at once
// when nothing is dirty and otherwise waits for the dialog (leave-dialog.tsx). Leaving never
// deletes a draft: it stays on the device and is offered when the form opens again.
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';

const dirtyForms = new Set<object>();
let pendingLeave: (() => void) | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export const leaveGuard = {
  hasUnsaved: (): boolean => dirtyForms.size > 0,
  mark(token: object, dirty: boolean): void {
    if (dirty) dirtyForms.add(token);
    else dirtyForms.delete(token);
  },
  /** Leaves at once, or asks first when a form holds unsaved input. */
  requestLeave(leave: () => void): void {
    if (dirtyForms.size === 0) {
      leave();
      return;
    }
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
export function useLeaveGuard(dirty: boolean): { release: () => void } {
  const token = useRef({}).current;
  const release = useCallback(() => leaveGuard.mark(token, false), [token]);
  useEffect(() => {
    leaveGuard.mark(token, dirty);
  }, [token, dirty]);
  useEffect(() => () => leaveGuard.mark(token, false), [token]);
  return useMemo(() => ({ release }), [release]);
}
