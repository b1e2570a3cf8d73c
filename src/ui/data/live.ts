// The UI's bridge to the local database: useLive() re-renders whenever the data a read
// touched changes (in this tab, another tab, or by sync), via the client's liveQuery.
// `undefined` means "still loading"; errors leave it loading rather than showing wrong data.
// With a `keep` key, the last value stays in memory when the screen closes, with the count of
// database writes it was read at (client.dataVersion): opening the screen again shows it at
// once when nothing was written since (the value is exactly what a fresh read would give),
// and the live query then only keeps it current. After any write the screen reads afresh.
import { useEffect, useState } from 'preact/hooks';
import { dataVersion } from '../../db/data-version.ts';
import { getGentingClient } from '../../db/client.ts';
import type { GentingClient } from '../../db/client.ts';
import { createKeptValues } from './kept-values.ts';

const kept = createKeptValues();

/** With `enabled` false, only a kept value is shown and nothing is read until it turns true. */
export function useLive<T>(read: (client: GentingClient) => Promise<T>, deps: readonly unknown[], keep?: string, enabled = true): T | undefined {
  const [value, setValue] = useState<T | undefined>(() => kept.current<T>(keep, dataVersion())?.value);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    const shown = kept.current<T>(keep, dataVersion());
    setValue(shown?.value);
    if (!enabled) return undefined;
    void getGentingClient().then((client) => {
      if (cancelled) return;
      const readKept = async () => {
        const version = client.dataVersion();
        return { version, value: await read(client) };
      };
      stop = client.observe(readKept, (next) => {
        if (keep !== undefined) kept.keep(keep, next.value, next.version);
        // The first read after showing a kept value gives the same data: no second render.
        if (shown && next.version === shown.version) return;
        setValue(() => next.value);
      });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [...deps, enabled]);
  return value;
}
