// Sync status for the top bar, the status panel and the home screen: the engine's status
// store (src/db/sync-status.ts, read live through ui/data/sync.ts), the device session and
// the browser's connectivity, folded into one SyncStatus (ui/sync/sync-view.ts).
import { useEffect, useState } from 'preact/hooks';
import { useSession } from '../data/session.ts';
import { useSyncSnapshotLive } from '../data/sync.ts';
import { deriveSyncStatus } from '../sync/sync-view.ts';
import type { SyncStatus } from '../sync/sync-view.ts';

export type { SyncStatus } from '../sync/sync-view.ts';

export function useOnline(): boolean {
  const [isOnline, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return isOnline;
}

export function useSyncStatus(): SyncStatus {
  const isOnline = useOnline();
  const session = useSession();
  const snapshot = useSyncSnapshotLive();
  return deriveSyncStatus(snapshot, session.state, isOnline);
}
