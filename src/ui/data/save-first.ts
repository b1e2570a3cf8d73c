// "Write first, draw later" for the forms' save buttons: the save's IndexedDB write is
// requested before anything is drawn, and the form is drawn again as "Menyimpan…" (a disabled
// button) only when the save is still running after SAVING_SHOWN_AFTER_MS. A quick save (most
// of them, ~5-10 ms on a phone) then costs the cadre no extra render of the whole form before
// the next page opens. A second tap while a save runs does nothing, whether the button shows
// it yet or not.
import { useMemo, useRef } from 'preact/hooks';

/** A save still running after this long shows "Menyimpan…". */
export const SAVING_SHOWN_AFTER_MS = 150;

/** Runs `save` unless one is running (then null); `showSaving` only if it proves slow. */
export type SaveFirst = <T>(save: () => Promise<T>) => Promise<T | null>;

/** The save runner of one form; `showSaving` is read when the delay ends. */
export function createSaveFirst(showSaving: () => void): SaveFirst {
  let inFlight = false;
  return async <T>(save: () => Promise<T>): Promise<T | null> => {
    if (inFlight) return null;
    inFlight = true;
    const shown = setTimeout(showSaving, SAVING_SHOWN_AFTER_MS);
    try {
      return await save();
    } finally {
      clearTimeout(shown);
      inFlight = false;
    }
  };
}

/** createSaveFirst for a form component: one runner for the component's life. */
export function useSaveFirst(showSaving: () => void): SaveFirst {
  const show = useRef(showSaving);
  show.current = showSaving;
  return useMemo(() => createSaveFirst(() => show.current()), []);
}
