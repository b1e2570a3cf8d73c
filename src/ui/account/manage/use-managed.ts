// Loads what the account screens show (users, devices) from the server once per visit, with a
// reload after each action; offline or refused it keeps the reason to show.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AccountFailure } from '../../data/session.ts';

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; failure: AccountFailure };

export function useManaged<T>(load: () => Promise<{ ok: true; value: T } | ({ ok: false } & AccountFailure)>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void load().then((result) => {
      if (cancelled) return;
      setLoaded(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', failure: result });
    });
    return () => {
      cancelled = true;
    };
    // `load` is a module-level action (stable); `round` reloads.
  }, [round]);
  return [loaded, useCallback(() => setRound((n) => n + 1), [])];
}
