// The WHO growth tables for the GENTING screens, loaded lazily (one chunk per table, cached
// by the service worker on first use). null while loading, or when offline before the first
// use: the screens then show everything but the z-scores and say so.
import { useEffect, useState } from 'preact/hooks';
import type { GrowthTables } from '../../anthro/growth-tables.ts';
import { loadGrowthTables } from '../../anthro/load-growth-tables.ts';

export type TablesState = { tables: GrowthTables | null; isLoading: boolean };

export function useGrowthTables(): TablesState {
  const [state, setState] = useState<TablesState>({ tables: null, isLoading: true });
  useEffect(() => {
    let cancelled = false;
    loadGrowthTables().then(
      (tables) => !cancelled && setState({ tables, isLoading: false }),
      () => !cancelled && setState({ tables: null, isLoading: false }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
