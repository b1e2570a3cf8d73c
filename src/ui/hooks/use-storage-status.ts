// Storage use and persistence for the status area, refreshed when the panel opens
// and every 30 s while it is shown (usage grows as records are written).
import { useEffect, useState } from 'preact/hooks';
import { readStorageUse, requestPersistence } from '../platform/storage.ts';
import type { Persistence, StorageUse } from '../platform/storage.ts';

const REFRESH_MS = 30_000;

export type StorageStatus = { persistence: Persistence | 'pending'; use: StorageUse | 'pending' };

/** `readAgain`: a value whose change reads the use again at once (a save refused for lack of space). */
export function useStorageStatus(readAgain?: unknown): StorageStatus {
  const [persistence, setPersistence] = useState<StorageStatus['persistence']>('pending');
  const [use, setUse] = useState<StorageStatus['use']>('pending');

  useEffect(() => {
    let isActive = true;
    void requestPersistence().then((answer) => {
      if (isActive) setPersistence(answer);
    });
    return () => {
      isActive = false;
    };
  }, []);

  useEffect(() => {
    let isActive = true;
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
  }, [readAgain]);

  return { persistence, use };
}
