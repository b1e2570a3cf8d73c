// Browser storage facts for the status area: ask once at start that the browser keep
// our IndexedDB data (navigator.storage.persist(), so unsynced records are not evicted
// under storage pressure), and read how much is used. Every call tolerates browsers
// without the StorageManager API (old WebViews) and answers 'unknown' there.
// https://developer.mozilla.org/docs/Web/API/StorageManager/persist

export type Persistence = 'granted' | 'denied' | 'unknown';
export type StorageUse = { usedBytes: number; quotaBytes: number | null } | null;

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

let persistRequest: Promise<Persistence> | null = null;

/** Asks for persistent storage once per page load; later calls share the same answer. */
export function requestPersistence(): Promise<Persistence> {
  persistRequest ??= askPersistence();
  return persistRequest;
}

async function askPersistence(): Promise<Persistence> {
  const manager = storageManager();
  if (!manager?.persist) return 'unknown';
  try {
    if (await manager.persisted()) return 'granted';
    return (await manager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unknown';
  }
}

export async function readStorageUse(): Promise<StorageUse> {
  const manager = storageManager();
  if (!manager?.estimate) return null;
  try {
    const estimate = await manager.estimate();
    return { usedBytes: estimate.usage ?? 0, quotaBytes: estimate.quota ?? null };
  } catch {
    return null;
  }
}

/**
 * Space left for the app below which the status area warns (issue #12, finding 9). In
 * Chrome `quota - usage` is what the phone's free disk still allows this origin (the quota is
 * capped by the free space), so it falls as photos and WhatsApp media fill the phone. 50 MB:
 * months of a cadre's records, but a day of WhatsApp media, so the warning comes while there
 * is still time to clean up before a save is refused. (A share of the quota says little: the
 * quota of a phone with free space is 60 % of its disk, gigabytes.)
 */
export const LOW_SPACE_BYTES = 50_000_000;

/** Bytes left for the app, or null when the browser does not say. */
export function freeBytes(use: StorageUse): number | null {
  if (!use || use.quotaBytes === null) return null;
  return Math.max(0, use.quotaBytes - use.usedBytes);
}

export function isLowOnSpace(use: StorageUse): boolean {
  const free = freeBytes(use);
  return free !== null && free < LOW_SPACE_BYTES;
}

/** "1,2 MB" in Indonesian, "1.2 MB" in English: one decimal below 10, none above. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${number} ${units[unit]}`;
}
