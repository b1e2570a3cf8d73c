// What the user is told about sync (issue #4, "Status the user can trust"): one phase the
// screens switch on, derived from the engine's status store, the device session and the
// browser's connectivity, plus its wording for the top-bar pill and the status panel.
// Pure: tests/unit/ui/sync-view.test.ts.
import { differenceInCalendarDays, format, formatDistanceStrict } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import type { Language } from '../../i18n/translate.ts';
import type { Translate } from '../i18n/language.tsx';
import type { SyncErrorReason, SyncSnapshot } from '../data/sync.ts';

export type SyncPhase =
  | { state: 'loading' }
  | { state: 'syncing' }
  | { state: 'offline' }
  /** 'none': never signed in on this device; 'expired': the server refused the session. */
  | { state: 'signed-out'; session: 'none' | 'expired' }
  | { state: 'error'; reason: SyncErrorReason }
  | { state: 'idle' }
  | { state: 'never' };

export type SyncStatus = {
  phase: SyncPhase;
  /** Changes not yet accepted by the server (rejected ones not counted); null while loading. */
  pendingCount: number | null;
  rejectedCount: number;
  /** ISO time of the last round that ended without error; null = never. */
  lastSyncAt: string | null;
  clockOffsetMs: number | null;
  clockWarning: boolean;
  isOnline: boolean;
  /** The last save was refused: the phone's storage is full. */
  storageFull: boolean;
};

export type SessionState = 'loading' | 'none' | 'active' | 'expired';

/**
 * Precedence: a round in progress; no network; no session (nothing can be sent); the last
 * round's error; then synced (idle) or never synced.
 */
export function deriveSyncStatus(snapshot: SyncSnapshot | null, session: SessionState, isOnline: boolean): SyncStatus {
  if (snapshot === null) {
    return { phase: { state: 'loading' }, pendingCount: null, rejectedCount: 0, lastSyncAt: null, clockOffsetMs: null, clockWarning: false, isOnline, storageFull: false };
  }
  const base = {
    pendingCount: snapshot.pendingCount,
    rejectedCount: snapshot.rejected.length,
    lastSyncAt: snapshot.lastSyncAt,
    clockOffsetMs: snapshot.clockOffsetMs,
    clockWarning: snapshot.clockWarning,
    isOnline,
    storageFull: snapshot.storageFull,
  };
  return { ...base, phase: phaseOf(snapshot, session, isOnline) };
}

function phaseOf(snapshot: SyncSnapshot, session: SessionState, isOnline: boolean): SyncPhase {
  const { status } = snapshot;
  if (status.state === 'syncing') return { state: 'syncing' };
  if (!isOnline) return { state: 'offline' };
  if (session === 'none') return { state: 'signed-out', session: 'none' };
  if (session === 'expired' || status.state === 'signed-out') return { state: 'signed-out', session: 'expired' };
  if (status.state === 'error') return { state: 'error', reason: status.reason };
  if (status.state === 'offline') return { state: 'offline' };
  if (session === 'loading') return { state: 'loading' };
  return snapshot.lastSyncAt === null ? { state: 'never' } : { state: 'idle' };
}

export type SyncTone = 'calm' | 'busy' | 'warn';

/**
 * The top-bar pill: a few words that fit beside the app's name on a 360 px phone. A full
 * phone (a save was refused) or little space left (`lowOnSpace`, platform/storage.ts) comes
 * first: it can cost the next save, the sync state can wait in the panel.
 */
export function pillText(status: SyncStatus, t: Translate, lowOnSpace = false): { text: string; tone: SyncTone } {
  const { phase } = status;
  if (phase.state !== 'loading' && status.storageFull) return { text: t('sync.storage.pillFull'), tone: 'warn' };
  if (phase.state !== 'loading' && lowOnSpace) return { text: t('sync.storage.pillLow'), tone: 'warn' };
  switch (phase.state) {
    case 'loading':
      return { text: t('common.loading'), tone: 'busy' };
    case 'syncing':
      return { text: t('sync.syncing'), tone: 'busy' };
    case 'offline':
      return { text: t('app.status.offline'), tone: 'warn' };
    case 'signed-out':
      return { text: t(phase.session === 'none' ? 'sync.pill.signedOut' : 'sync.pill.expired'), tone: 'warn' };
    case 'error':
      return { text: t('app.status.syncError'), tone: 'warn' };
    case 'idle':
    case 'never':
      if (status.rejectedCount > 0) return { text: t('sync.pill.rejected', { count: status.rejectedCount }), tone: 'warn' };
      if ((status.pendingCount ?? 0) > 0) return { text: t('sync.pill.pending', { count: status.pendingCount ?? 0 }), tone: 'warn' };
      if (phase.state === 'never') return { text: t('app.status.neverSyncedShort'), tone: 'warn' };
      return { text: t('sync.idle'), tone: status.clockWarning ? 'warn' : 'calm' };
  }
}

/** The status panel's sentence for the current phase, with a plain reason when it failed. */
export function phaseText(status: SyncStatus, t: Translate): string {
  const { phase } = status;
  switch (phase.state) {
    case 'loading':
      return t('common.loading');
    case 'syncing':
      return t('sync.syncing');
    case 'offline':
      return t('sync.offline');
    case 'signed-out':
      return t(phase.session === 'none' ? 'sync.notSignedIn' : 'sync.signedOut');
    case 'error':
      return t('sync.failed', { reason: t(`sync.errors.${phase.reason}`) });
    case 'idle':
      return t('sync.idle');
    case 'never':
      return t('sync.neverSynced');
  }
}

/** "12 perubahan belum terkirim" / "Semua perubahan sudah terkirim". */
export function pendingText(status: SyncStatus, t: Translate): string {
  if (status.pendingCount === null) return t('common.loading');
  return status.pendingCount === 0 ? t('sync.allSent') : t('sync.unsynced', { count: status.pendingCount });
}

/**
 * Whether the browser promised to keep this app's data (navigator.storage.persist()), in plain
 * words and without alarm: the browser may clear a site's data only when the phone is nearly
 * full, and what has reached the server is safe anyway; so "biasa" only asks to sync when
 * something is still unsent.
 */
export function persistenceText(persistence: 'granted' | 'denied' | 'unknown' | 'pending', pendingCount: number | null, t: Translate): string {
  if (persistence === 'granted') return t('app.status.persisted');
  if (persistence !== 'denied') return t('app.status.persistenceUnknown');
  return pendingCount === 0 ? t('app.status.notPersistedAllSent') : t('app.status.notPersisted');
}

function localeOf(language: Language) {
  return language === 'id' ? idLocale : enUS;
}

/** "baru saja", "5 menit yang lalu (hari ini 10.02)", or "Belum pernah sinkron". */
export function lastSyncText(lastSyncAt: string | null, t: Translate, language: Language, now: Date = new Date()): string {
  if (lastSyncAt === null) return t('sync.neverSynced');
  const at = new Date(lastSyncAt);
  const locale = localeOf(language);
  if (now.getTime() - at.getTime() < 60_000) return t('sync.justNow');
  const ago = formatDistanceStrict(at, now, { addSuffix: true, locale });
  const days = differenceInCalendarDays(now, at);
  const when = days === 0 ? t('sync.today', { time: format(at, 'HH.mm', { locale }) }) : format(at, 'd MMM yyyy HH.mm', { locale });
  return `${ago} (${when})`;
}

/** Minutes the device clock is off the server's, rounded (for the clock warning). */
export function clockOffsetMinutes(offsetMs: number | null): number {
  return offsetMs === null ? 0 : Math.round(Math.abs(offsetMs) / 60_000);
}
