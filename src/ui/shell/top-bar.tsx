// The top bar: the app's name and village context on the left, the sync pill on the
// right (state, or how many changes wait); the pill opens the status panel (sync state and
// reason, last sync, unsent and refused changes, "Sinkronkan", storage, language), which closes
// again when the user moves to another screen.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../i18n/language.tsx';
import { useStorageStatus } from '../hooks/use-storage-status.ts';
import { useSyncStatus } from '../hooks/use-sync-status.ts';
import { AppLogo } from './app-logo.tsx';
import { isLowOnSpace } from '../platform/storage.ts';
import { phaseText, pillText } from '../sync/sync-view.ts';
import { StatusPanel } from './status-panel.tsx';

const PANEL_ID = 'status-panel';

export function TopBar() {
  const t = useT();
  const sync = useSyncStatus();
  const storage = useStorageStatus(sync.storageFull);
  const [isOpen, setOpen] = useState(false);
  const { path } = useLocation();
  useEffect(() => setOpen(false), [path]);
  const summary = pillText(sync, t, storage.use !== 'pending' && isLowOnSpace(storage.use));
  return (
    <header class="top-bar">
      <div class="top-bar__row">
        <a href="/" class="top-bar__brand">
          <AppLogo size={34} />
          <span class="top-bar__names">
            <span class="top-bar__name">{t('app.name')}</span>
            <span class="top-bar__place">{t('app.place')}</span>
          </span>
        </a>
        <button
          type="button"
          class={`sync-pill sync-pill--${summary.tone}`}
          aria-expanded={isOpen}
          aria-controls={PANEL_ID}
          aria-label={`${t(isOpen ? 'app.status.close' : 'app.status.open')}: ${summary.text}. ${phaseText(sync, t)}`}
          onClick={() => setOpen(!isOpen)}
          data-testid="sync-pill"
        >
          <span class="sync-pill__dot" aria-hidden="true" />
          <span class="sync-pill__text">{summary.text}</span>
        </button>
      </div>
      {isOpen && <StatusPanel id={PANEL_ID} sync={sync} storage={storage} />}
    </header>
  );
}
