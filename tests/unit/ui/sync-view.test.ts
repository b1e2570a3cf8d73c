import { describe, expect, it } from 'vitest';
import { initialSyncSnapshot } from '../../../src/db/sync-status.ts';
import type { SyncSnapshot } from '../../../src/db/sync-status.ts';
import { translate } from '../../../src/i18n/index.ts';
import type { MessageKey } from '../../../src/i18n/index.ts';
import { recordSyncState } from '../../../src/ui/data/sync.ts';
import { editPathOf, fieldLabel, recordTitle } from '../../../src/ui/sync/rejected-text.ts';
import { clockOffsetMinutes, deriveSyncStatus, lastSyncText, pendingText, persistenceText, phaseText, pillText } from '../../../src/ui/sync/sync-view.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('id', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

const rejected = { seq: 7, kind: 'household' as const, recordId: 'h2', fields: { headName: 'Budi' }, writtenAt: '2025-05-12T03:02:00.000Z', reason: 'outside-scope' as const };

function snapshot(patch: Partial<SyncSnapshot> = {}): SyncSnapshot {
  return { ...initialSyncSnapshot, ...patch };
}

describe('sync phase', () => {
  it('is loading until the status store is read', () => {
    const status = deriveSyncStatus(null, 'active', true);
    expect(status.phase).toEqual({ state: 'loading' });
    expect(status.pendingCount).toBeNull();
  });

  it('says never synced, then synced, with the pending count in the pill', () => {
    expect(deriveSyncStatus(snapshot(), 'active', true).phase).toEqual({ state: 'never' });
    expect(pillText(deriveSyncStatus(snapshot(), 'active', true), t).text).toBe('Belum sinkron');
    const synced = deriveSyncStatus(snapshot({ lastSyncAt: '2025-05-12T03:00:00.000Z' }), 'active', true);
    expect(synced.phase).toEqual({ state: 'idle' });
    expect(pillText(synced, t)).toEqual({ text: 'Sudah sinkron', tone: 'calm' });
    const waiting = deriveSyncStatus(snapshot({ lastSyncAt: '2025-05-12T03:00:00.000Z', pendingCount: 12 }), 'active', true);
    expect(pillText(waiting, t)).toEqual({ text: '12 belum terkirim', tone: 'warn' });
    expect(pendingText(waiting, t)).toBe('12 perubahan belum terkirim');
    expect(pendingText(synced, t)).toBe('Semua perubahan sudah terkirim');
  });

  it('puts a running round first, then no signal, then no session, then the last error', () => {
    const failed = snapshot({ status: { state: 'error', reason: 'server-error' } });
    expect(deriveSyncStatus(snapshot({ status: { state: 'syncing' } }), 'active', false).phase).toEqual({ state: 'syncing' });
    expect(deriveSyncStatus(failed, 'none', false).phase).toEqual({ state: 'offline' });
    expect(deriveSyncStatus(failed, 'none', true).phase).toEqual({ state: 'signed-out', session: 'none' });
    expect(deriveSyncStatus(failed, 'expired', true).phase).toEqual({ state: 'signed-out', session: 'expired' });
    expect(deriveSyncStatus(snapshot({ status: { state: 'signed-out' } }), 'active', true).phase).toEqual({ state: 'signed-out', session: 'expired' });
    expect(deriveSyncStatus(failed, 'active', true).phase).toEqual({ state: 'error', reason: 'server-error' });
    expect(deriveSyncStatus(snapshot({ status: { state: 'offline' } }), 'active', true).phase).toEqual({ state: 'offline' });
  });

  it('gives a plain Indonesian reason for every failure, and English on request', () => {
    const failed = deriveSyncStatus(snapshot({ status: { state: 'error', reason: 'timeout' } }), 'active', true);
    expect(pillText(failed, t)).toEqual({ text: 'Sinkron gagal', tone: 'warn' });
    expect(phaseText(failed, t)).toBe('Sinkron gagal. Server terlalu lama menjawab. Dicoba lagi nanti.');
    expect(phaseText(failed, en)).toBe('Sync failed. The server took too long to answer. Will try again later.');
    const offline = deriveSyncStatus(snapshot(), 'active', false);
    expect(pillText(offline, t).text).toBe('Tidak ada sinyal');
    expect(phaseText(offline, t)).toContain('Data tersimpan di HP ini');
    expect(pillText(deriveSyncStatus(snapshot(), 'none', true), t).text).toBe('Belum masuk');
    expect(pillText(deriveSyncStatus(snapshot(), 'expired', true), t).text).toBe('Perlu masuk lagi');
    expect(phaseText(deriveSyncStatus(snapshot(), 'expired', true), t)).toContain('data di HP ini tetap aman');
  });

  it('shows refused changes in the pill before the pending count', () => {
    const status = deriveSyncStatus(snapshot({ lastSyncAt: '2025-05-12T03:00:00.000Z', pendingCount: 3, rejected: [rejected] }), 'active', true);
    expect(status.rejectedCount).toBe(1);
    expect(pillText(status, t)).toEqual({ text: '1 ditolak', tone: 'warn' });
  });

  it('words the last sync relative and absolute, and the clock offset in minutes', () => {
    const now = new Date('2025-05-12T10:30:00+07:00');
    expect(lastSyncText(null, t, 'id', now)).toBe('Belum pernah sinkron');
    expect(lastSyncText('2025-05-12T03:29:40.000Z', t, 'id', now)).toBe('baru saja');
    const earlier = lastSyncText('2025-05-12T03:25:00.000Z', t, 'id', now);
    expect(earlier).toMatch(/^5 menit yang lalu \(hari ini \d\d\.25\)$/);
    expect(lastSyncText('2025-05-02T03:25:00.000Z', t, 'id', now)).toMatch(/^10 hari yang lalu \(2 Mei 2025 \d\d\.25\)$/);
    expect(clockOffsetMinutes(-12 * 60_000 - 20_000)).toBe(12);
    const skewed = deriveSyncStatus(snapshot({ lastSyncAt: '2025-05-12T03:00:00.000Z', clockOffsetMs: 12 * 60_000, clockWarning: true }), 'active', true);
    expect(pillText(skewed, t)).toEqual({ text: 'Sudah sinkron', tone: 'warn' });
    expect(clockOffsetMinutes(null)).toBe(0);
  });
});

describe('per-record mark', () => {
  it('marks a record with a change in the outbox, and a refused one as refused', () => {
    const state = snapshot({ unsyncedKeys: new Set(['household:h1', 'household:h2', 'person:p1']), rejected: [rejected] });
    expect(recordSyncState(state, 'household', 'h1')).toBe('pending');
    expect(recordSyncState(state, 'household', 'h2')).toBe('rejected');
    expect(recordSyncState(state, 'person', 'p1')).toBe('pending');
    expect(recordSyncState(state, 'person', 'h1')).toBeNull();
    expect(recordSyncState(state, 'household', 'h3')).toBeNull();
  });
});

describe('refused change wording', () => {
  it('names the field as its form labels it, else by its name', () => {
    expect(fieldLabel('household', 'villageCode', t)).toBe('Kode wilayah desa');
    expect(fieldLabel('person', 'nik', t)).toBe('NIK');
    expect(fieldLabel('household', 'colour', t)).toBe('colour');
    expect(fieldLabel('sponsor', 'name', t)).toBe('name');
  });

  it('titles the record from the device copy, then the change', () => {
    expect(recordTitle({ headName: 'Siti' }, { headName: 'Budi' }, '-')).toBe('Siti');
    expect(recordTitle(undefined, { name: 'Ani' }, '-')).toBe('Ani');
    expect(recordTitle({ headName: ' ' }, { rt: '002' }, 'Tanpa nama')).toBe('Tanpa nama');
  });

  it('opens the edit form of kinds that have one', () => {
    expect(editPathOf('household', 'h1', {})).toBe('/keluarga/h1/ubah');
    expect(editPathOf('person', 'p1', { householdId: 'h1' })).toBe('/keluarga/h1/anggota/p1/ubah');
    expect(editPathOf('person', 'p1', {})).toBeNull();
    expect(editPathOf('meeting', 'm1', {})).toBe('/pokja/pertemuan/m1/ubah');
    expect(editPathOf('attendance', 'a1', {})).toBeNull();
  });
});

describe('data protection (persistent storage) in plain words', () => {
  it('does not alarm when everything is on the server, and asks to sync only when something is unsent', () => {
    expect(persistenceText('granted', 4, t)).toBe('Tetap: browser tidak akan menghapusnya');
    expect(persistenceText('denied', 0, t)).toBe('Biasa: semua sudah aman di server');
    expect(persistenceText('denied', 3, t)).toBe('Biasa: browser bisa menghapusnya bila HP penuh, sinkronkan saat ada sinyal');
    expect(persistenceText('pending', 0, t)).toBe('Belum diketahui');
    expect(persistenceText('denied', 0, en)).toBe('Standard: everything is safe on the server');
  });
});

describe('a full or nearly full phone in the pill', () => {
  it('says so before the sync state, and a refused save before little space', () => {
    const synced = snapshot({ lastSyncAt: '2025-05-12T03:00:00.000Z', pendingCount: 3 });
    expect(pillText(deriveSyncStatus(synced, 'active', true), t, true)).toEqual({ text: 'HP hampir penuh', tone: 'warn' });
    expect(pillText(deriveSyncStatus({ ...synced, storageFull: true }, 'active', true), t, true)).toEqual({ text: 'HP penuh', tone: 'warn' });
    expect(pillText(deriveSyncStatus({ ...synced, storageFull: true }, 'active', true), en)).toEqual({ text: 'Phone full', tone: 'warn' });
    expect(pillText(deriveSyncStatus(null, 'active', true), t, true).text).toBe(t('common.loading'));
  });
});
