// The one draft mechanism of the forms (draft-keeper.ts in a Preact hook): the form's values
// as typed, kept on the device under `key` (data/drafts.ts: form kind + record id, or "new" +
// parent id), written as the user types and at once when the page is hidden or closed
// (switching to WhatsApp or the camera: the phone may kill the tab) and when the form is left.
// A kept draft is offered when the form opens (`offered`, shown by DraftOffer: "Lanjutkan" /
// "Buang"); unsaved input makes leaving ask first (leave-guard.ts) and the browser warn on
// reload or close. Every form hook builds on this instead of its own useState. Never give it
// a secret: a form with a password or PIN keeps no draft (key null).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StateUpdater } from 'preact/hooks';
import { draftStore } from '../data/drafts.ts';
import { createDraftKeeper } from './draft-keeper.ts';
import type { DraftStorage, DraftValues, KeeperState } from './draft-keeper.ts';
import { leaveGuard, useLeaveGuard } from './leave-guard.ts';

export type KeptDraft<D extends DraftValues> = {
  draft: D;
  setDraft: (update: StateUpdater<D>) => void;
  /** 'checking' while the kept draft is read, 'offered' until Lanjutkan or Buang. */
  state: KeeperState;
  /** Differs from the starting values. */
  isDirty: boolean;
  resume: () => void;
  discard: () => void;
  /** After a successful save: the kept draft goes, the saved values are the new start. */
  saved: () => void;
  /** Back to the starting values, nothing kept (an inline form ready for the next entry). */
  reset: () => void;
};

/** Kept with `key`; null keeps nothing (and never asks before leaving). */
export function useKeptDraft<D extends DraftValues>(key: string | null, initial: D, storage: DraftStorage = draftStore): KeptDraft<D> {
  const [draft, setDraftState] = useState(initial);
  const start = useRef(initial);
  const keeper = useMemo(() => (key === null ? null : createDraftKeeper({ key, baseline: initial, storage })), [key]);
  const [state, setState] = useState<KeeperState>(keeper ? 'checking' : 'ready');
  const current = useRef(draft);
  current.current = draft;

  useEffect(() => {
    if (!keeper) return undefined;
    let live = true;
    void keeper.start().then(() => {
      if (live) setState(keeper.state);
    });
    const flush = () => void keeper.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('pagehide', flush);
    addEventListener('beforeunload', flush);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', flush);
      removeEventListener('beforeunload', flush);
      flush();
    };
  }, [keeper]);

  useEffect(() => {
    keeper?.change(draft);
  }, [keeper, draft]);

  const isDirty = keeper !== null && state !== 'offered' && keeper.isDirty(draft);
  const guard = useLeaveGuard(isDirty, () => void keeper?.flush());
  useWarnOnUnload(isDirty);

  const setDraft = useCallback((update: StateUpdater<D>) => setDraftState(update), []);
  const resume = useCallback(() => {
    if (!keeper) return;
    setDraftState(keeper.resume());
    setState('ready');
  }, [keeper]);
  const discard = useCallback(() => {
    if (!keeper) return;
    void keeper.discard();
    setState('ready');
  }, [keeper]);
  const saved = useCallback(() => {
    guard.release();
    void keeper?.saved(current.current);
  }, [keeper, guard]);
  const reset = useCallback(() => {
    guard.release();
    void keeper?.saved(start.current);
    setDraftState(start.current);
  }, [keeper, guard]);

  return { draft, setDraft, state, isDirty, resume, discard, saved, reset };
}

/**
 * The browser's own "leave site?" on reload or closing the tab while input is unsaved, unless
 * the app's own question was answered "Tinggalkan" (e.g. "Muat ulang" for a new version).
 */
function useWarnOnUnload(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      if (!leaveGuard.hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);
}
