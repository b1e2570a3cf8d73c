// "Data di perangkat ini": sync state, last sync, unsent changes, storage use and whether the browser granted
// persistent storage, so a coordinator can see at a glance that unsynced work is safe.
import { useStorageStatus } from '../hooks/use-storage-status.ts';
import { useSyncStatus } from '../hooks/use-sync-status.ts';
import { lastSyncText, pendingText, persistenceText, phaseText } from '../sync/sync-view.ts';
import { useLanguage, useT } from '../i18n/language.tsx';
import { formatBytes } from '../platform/storage.ts';

export function DeviceCard() {
  const t = useT();
  const [language] = useLanguage();
  const storage = useStorageStatus();
  const sync = useSyncStatus();
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const used =
    storage.use === 'pending' || storage.use === null
      ? t('app.status.storageUnknown')
      : t('app.status.storageUse', { used: formatBytes(storage.use.usedBytes, locale) });
  const persistence = persistenceText(storage.persistence, sync.pendingCount, t);
  return (
    <section class="card card--muted" data-testid="device-card">
      <h2 class="card__title">{t('home.deviceTitle')}</h2>
      <dl class="detail-list">
        <div class="detail-list__row">
          <dt>{t('app.status.sync')}</dt>
          <dd data-testid="sync-state">{phaseText(sync, t)}</dd>
        </div>
        <div class="detail-list__row">
          <dt>{t('sync.lastSyncLabel')}</dt>
          <dd data-testid="last-sync">{lastSyncText(sync.lastSyncAt, t, language)}</dd>
        </div>
        <div class="detail-list__row">
          <dt>{t('sync.pendingLabel')}</dt>
          <dd data-testid="device-pending">{pendingText(sync, t)}</dd>
        </div>
        <div class="detail-list__row">
          <dt>{t('app.status.storage')}</dt>
          <dd>{used}</dd>
        </div>
        <div class="detail-list__row">
          <dt>{t('app.status.persistence')}</dt>
          <dd data-testid="persistence">{persistence}</dd>
        </div>
      </dl>
      <p class="card__text">{t('home.offlineNote')}</p>
    </section>
  );
}
