// "Versi baru tersedia": a new service worker is waiting. It takes over only when the
// user taps "Muat ulang" (a form may be open), via vite-plugin-pwa's useRegisterSW,
// which posts SKIP_WAITING to the waiting worker and reloads once it controls the page. With
// unsaved input it asks first (forms/leave-guard.ts); the draft is offered after the reload.
// Also tells once, for a few seconds, that the app now works without signal (first install).
import { useEffect } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { leaveGuard } from '../forms/leave-guard.ts';
import { useT } from '../i18n/language.tsx';

const OFFLINE_READY_MS = 8000;

export function UpdateBanner() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  useEffect(() => {
    if (!offlineReady) return undefined;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh) {
    return (
      <div class="banner banner--update" role="alert" data-testid="update-banner">
        <div class="banner__text">
          <strong>{t('app.update.available')}</strong>
          <span>{t('app.update.detail')}</span>
        </div>
        <div class="banner__actions">
          <button type="button" class="button button--ghost" onClick={() => setNeedRefresh(false)}>
            {t('app.update.later')}
          </button>
          <button type="button" class="button button--primary" onClick={() => leaveGuard.requestLeave(() => void updateServiceWorker(true))}>
            {t('app.update.reload')}
          </button>
        </div>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div class="banner banner--info" role="status" data-testid="offline-ready">
        <span class="banner__text">{t('app.update.offlineReady')}</span>
        <button type="button" class="button button--ghost" onClick={() => setOfflineReady(false)}>
          {t('app.update.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
