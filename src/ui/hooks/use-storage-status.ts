// Storage use and persistence for the status area, refreshed when the panel opens
// and every 30 s while it is shown (usage grows as records are written).
import { useEffect, useState } from 'preact/hooks';
import { readStorageUse, requestPersistence } from '../platform/storage.ts';
import type { Persistence, StorageUse } from '../platform/storage.ts';

const REFRESH_MS = 30_000;

export type StorageStatus = { persistence: Persistence | 'pending'; use: StorageUse | 'pending' };

export function useStorageStatus(): StorageStatus {
  const [persistence, setPersistence] = useState<StorageStatus['persistence']>('pending');
  const [use, setUse] = useState<StorageStatus['use']>('pending');

  useEffect(() => {
    let isActive = true;
    void requestPersistence().then((answer) => {
      if (isActive) setPersistence(answer);
    });
    const refresh = () =>
      void readStorageUse().then((answer) => {
        if (isActive) setUse(answer);
      });
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      isActive = false;
      clearInterval(timer);
    };
  }, []);

  return { persistence, use };
}
