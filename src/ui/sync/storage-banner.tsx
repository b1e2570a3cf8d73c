// "Memori HP penuh" (issue #12, finding 9): the one message every form shows when IndexedDB
// refused a save for lack of space. The repositories report it (a failed save, nothing
// written, nothing saved before touched) to the status store; this banner sits with the top
// bar, which stays in view, so it is seen wherever the form was scrolled, and says what to do.
// The form itself keeps what was typed (a failed save never resets it) and shows its own "not
// saved yet" line by its Simpan button. The banner goes when a save succeeds or on "Tutup".
import { useT } from '../i18n/language.tsx';
import { syncActions, useSyncSelector } from '../data/sync.ts';

export function StorageFullBanner() {
  const t = useT();
  const isFull = useSyncSelector((snapshot) => snapshot.storageFull);
  if (!isFull) return null;
  return (
    <div class="banner banner--danger" role="alert" data-testid="storage-full">
      <div class="banner__text">
        <strong>{t('sync.storage.fullTitle')}</strong>
        <span>{t('sync.storage.full')}</span>
      </div>
      <div class="banner__actions">
        <button type="button" class="button button--ghost" onClick={() => void syncActions.dismissStorageFull()}>
          {t('sync.storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
