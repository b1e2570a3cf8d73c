// True from one frame after `ready` first held (and from then on): work that can wait for the
// first paint (reading more tables, building an index) starts only once the screen is drawn.
// `already` (e.g. the data is in memory) makes it true at once, and it stays true.
import { useEffect, useState } from 'preact/hooks';

export function useAfterPaint(ready: boolean, already = false): boolean {
  const [painted, setPainted] = useState(already);
  useEffect(() => {
    if (painted) return undefined;
    if (already) {
      setPainted(true);
      return undefined;
    }
    if (!ready) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [painted, already, ready]);
  return painted || already;
}
