// Long lists draw the rows a phone shows first, and all the others one frame later: the screen
// (or a search keystroke's new list) appears without waiting for rows far below the fold, and
// nothing is left out (no "more"). A new `resetKey` (the query, the filters) starts over.
import { useEffect, useState } from 'preact/hooks';

/** How many of `total` rows to draw now: `first` on the first frame, then every row. */
export function useFirstScreenful(total: number, first = 20, resetKey = ''): number {
  const [allFor, setAllFor] = useState<string | null>(null);
  const isAll = allFor === resetKey;
  useEffect(() => {
    if (isAll || total <= first) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAllFor(resetKey), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [isAll, total, first, resetKey]);
  return isAll ? total : Math.min(total, first);
}
