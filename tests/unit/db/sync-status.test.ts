import { describe, expect, it } from 'vitest';
import { CLOCK_WARNING_MS, createSyncStatusStore } from '../../../src/db/sync-status.ts';
import type { SyncErrorReason } from '../../../src/db/sync-status.ts';
import { translate } from '../../../src/i18n/index.ts';
import { rejectionReasons } from '../../../src/sync/protocol.ts';
import { localRejectionReasons } from '../../../src/db/outbox-entry.ts';

describe('sync status store', () => {
  it('notifies subscribers with a new snapshot and stops after unsubscribe', () => {
    const store = createSyncStatusStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().status.state));
    const before = store.getSnapshot();
    store.update({ status: { state: 'syncing' } });
    expect(store.getSnapshot()).not.toBe(before);
    unsubscribe();
    store.update({ status: { state: 'idle' } });
    expect(seen).toEqual(['syncing']);
  });

  it('warns when the clock is off by more than five minutes either way', () => {
    const store = createSyncStatusStore();
    store.update({ clockOffsetMs: CLOCK_WARNING_MS });
    expect(store.getSnapshot().clockWarning).toBe(false);
    store.update({ clockOffsetMs: -CLOCK_WARNING_MS - 1 });
    expect(store.getSnapshot().clockWarning).toBe(true);
  });

  it('isPending reads the per-record keys', () => {
    const store = createSyncStatusStore();
    store.update({ unsyncedKeys: new Set(['household:x']) });
    expect(store.isPending('household', 'x')).toBe(true);
    expect(store.isPending('person', 'x')).toBe(false);
  });
});

describe('sync messages', () => {
  const errorReasons: Record<SyncErrorReason, true> = {
    timeout: true, forbidden: true, 'unsupported-protocol': true, 'batch-too-large': true,
    'server-error': true, 'bad-response': true, 'clock-drift': true, 'storage-error': true, 'storage-full': true,
  };

  it('every failure and rejection reason has Indonesian and English text', () => {
    for (const language of ['id', 'en'] as const) {
      for (const reason of Object.keys(errorReasons)) {
        const key = `sync.errors.${reason}` as const;
        expect(translate(language, key as never)).not.toBe(key);
      }
      for (const reason of [...rejectionReasons, ...localRejectionReasons]) {
        const key = `sync.rejections.${reason}`;
        expect(translate(language, key as never)).not.toBe(key);
      }
    }
    expect(translate('id', 'sync.unsynced', { count: 12 })).toBe('12 perubahan belum terkirim');
  });
});
