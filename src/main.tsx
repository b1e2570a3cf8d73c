// Entry point of the PWA: ask the browser to keep our data (persistent storage), then
// render the app. The service worker is registered by the update banner (workbox-window
// through vite-plugin-pwa), which also handles "Versi baru tersedia".
import { render } from 'preact';
import { App } from './ui/app.tsx';
import { requestPersistence } from './ui/platform/storage.ts';
import './ui/styles/base.css';
import './ui/styles/shell.css';
import './ui/styles/components.css';
import './ui/styles/forms.css';

void requestPersistence();

/**
 * Fetches the WHO growth tables once the service worker controls the page, so its runtime
 * cache holds them (src/sw.ts) and a cadre's first measurement works with no signal even if
 * she never opened a growth screen while online. Cheap afterwards: the cache answers.
 */
function warmGrowthTables(): void {
  if (!('serviceWorker' in navigator)) return;
  const warm = () => {
    if (!navigator.onLine) {
      window.addEventListener('online', warm, { once: true });
      return;
    }
    const later = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 2000));
    later(() => void import('./anthro/load-growth-tables.ts').then((module) => module.loadGrowthTables()).catch(() => undefined));
  };
  if (navigator.serviceWorker.controller) warm();
  else navigator.serviceWorker.addEventListener('controllerchange', warm, { once: true });
}
warmGrowthTables();

const root = document.getElementById('app');
if (root) render(<App />, root);
