// The status panel under the top bar: the sync state with a plain reason when it failed, the
// last successful sync, "12 perubahan belum terkirim", changes the server refused (a link to
// /sinkron), the clock warning, "Sinkronkan" (or "Masuk" without a session), storage use and
// whether the browser promised to keep the data, plus the language switch.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLanguage, useT } from '../i18n/language.tsx';
import type { Translate } from '../i18n/language.tsx';
import type { StorageStatus } from '../hooks/use-storage-status.ts';
import type { SyncStatus } from '../hooks/use-sync-status.ts';
import { syncActions } from '../data/sync.ts';
import { formatBytes, freeBytes, isLowOnSpace } from '../platform/storage.ts';
import { clockOffsetMinutes, lastSyncText, pendingText, persistenceText, phaseText } from '../sync/sync-view.ts';
import { LanguageSwitch } from './language-switch.tsx';
import '../sync/sync.css';

type Props = { id: string; sync: SyncStatus; storage: StorageStatus };

function Row({ label, children, testId }: { label: string; children: ComponentChildren; testId: string }) {
  return (
    <div class="status-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function storageText(storage: StorageStatus, t: Translate, locale: string): string {
  if (storage.use === 'pending' || storage.use === null) return t('app.status.storageUnknown');
  const used = formatBytes(storage.use.usedBytes, locale);
  if (storage.use.quotaBytes === null) return t('app.status.storageUse', { used });
  return t('app.status.storageUseOf', { used, quota: formatBytes(storage.use.quotaBytes, locale) });
}

/** "Sinkronkan" (busy while a round runs), or "Masuk" when nothing can be sent without a session. */
function SyncAction({ sync }: { sync: SyncStatus }) {
  const t = useT();
  const [isStarting, setStarting] = useState(false);
  if (sync.phase.state === 'signed-out') {
    return (
      <a class="button button--primary button--wide" href="/masuk" data-testid="status-sign-in">
        {t('sync.signIn')}
      </a>
    );
  }
  const isBusy = isStarting || sync.phase.state === 'syncing';
  const start = async () => {
    setStarting(true);
    try {
      await syncActions.syncNow();
    } finally {
      setStarting(false);
    }
  };
  return (
    <button type="button" class="button button--primary button--wide" disabled={isBusy} aria-busy={isBusy} onClick={() => void start()} data-testid="sync-now">
      {isBusy ? t('sync.syncing') : t('sync.syncNow')}
    </button>
  );
}

/** A full phone (a save was refused) or little space left: what to do (issue #12, finding 9). */
function SpaceWarning({ sync, storage, locale }: { sync: SyncStatus; storage: StorageStatus; locale: string }) {
  const t = useT();
  const use = storage.use === 'pending' ? null : storage.use;
  const free = freeBytes(use);
  if (sync.storageFull) {
    return (
      <p class="status-state status-state--warn" data-testid="status-space">
        {t('sync.storage.full')}
      </p>
    );
  }
  if (free === null || !isLowOnSpace(use)) return null;
  return (
    <p class="status-state status-state--warn" data-testid="status-space">
      {t('sync.storage.low', { free: formatBytes(free, locale) })}
    </p>
  );
}

export function StatusPanel({ id, sync, storage }: Props) {
  const t = useT();
  const [language] = useLanguage();
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const failed = sync.phase.state === 'error' || sync.phase.state === 'signed-out';
  return (
    <section id={id} class="status-panel" aria-label={t('app.status.title')}>
      <p class={failed ? 'status-state status-state--warn' : 'status-state'} role="status" data-testid="status-sync">
        {phaseText(sync, t)}
      </p>
      {sync.clockWarning && (
        <p class="status-state status-state--warn" data-testid="status-clock">
          {t('sync.clockWarning', { minutes: clockOffsetMinutes(sync.clockOffsetMs) })}
        </p>
      )}
      <SpaceWarning sync={sync} storage={storage} locale={locale} />
      <dl class="status-list">
        <Row label={t('sync.lastSyncLabel')} testId="status-last-sync">
          {lastSyncText(sync.lastSyncAt, t, language)}
        </Row>
        <Row label={t('sync.pendingLabel')} testId="status-pending">
          {pendingText(sync, t)}
        </Row>
        {sync.rejectedCount > 0 && (
          <Row label={t('sync.rejectedLabel')} testId="status-rejected">
            <a class="status-link" href="/sinkron">
              {t('sync.rejectedCount', { count: sync.rejectedCount })}
            </a>
          </Row>
        )}
        <Row label={t('app.status.storage')} testId="status-storage">
          {storageText(storage, t, locale)}
        </Row>
        <Row label={t('app.status.persistence')} testId="status-persistence">
          {persistenceText(storage.persistence, sync.pendingCount, t)}
        </Row>
      </dl>
      <div class="status-actions">
        <SyncAction sync={sync} />
        <a class="button button--ghost" href="/akun" data-testid="account-link">
          {t('account.screen.title')}
        </a>
      </div>
      <LanguageSwitch />
    </section>
  );
}
