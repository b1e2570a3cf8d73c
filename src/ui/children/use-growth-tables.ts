// The WHO growth tables, loaded lazily (one chunk per table, cached by the service worker on
// first use). null while loading or when offline before the first use: the screens then show
// the measurements without z-scores and say so. Once loaded, later screens get them at once
// (no loading render between).
import { useEffect, useState } from 'preact/hooks';
import type { GrowthTables } from '../../anthro/growth-tables.ts';
import { loadGrowthTables } from '../../anthro/load-growth-tables.ts';

export type TablesState = { tables: GrowthTables | null; isLoading: boolean };

let loaded: GrowthTables | undefined;

export function useGrowthTables(): TablesState {
  const [state, setState] = useState<TablesState>(() => (loaded ? { tables: loaded, isLoading: false } : { tables: null, isLoading: true }));
  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    loadGrowthTables().then(
      (tables) => {
        loaded = tables;
        if (!cancelled) setState({ tables, isLoading: false });
      },
      () => !cancelled && setState({ tables: null, isLoading: false }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
