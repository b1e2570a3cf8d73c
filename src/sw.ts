/// <reference lib="webworker" />
// Service worker (vite-plugin-pwa, injectManifest). Wiring only:
// 1. precache the app shell listed in self.__WB_MANIFEST and drop caches of older builds;
// 2. answer page navigations with the precached index.html (the app routes on the client),
//    except /api, which always goes to the network and is never cached;
// 3. cache the WHO growth-table chunks (assets/who-tables/, not precached, to spare
//    metered data) on first use, then serve them from the cache (their names are hashed);
// 4. activate a new version only when the page asks (the user agreed in the
//    "Versi baru tersedia" banner), never behind a form that is open.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';

declare const self: ServiceWorkerGlobalScope;

const WHO_TABLES_CACHE = 'genting-who-tables-v1';

/** Messages the page may send; vite-plugin-pwa's updateServiceWorker() sends SKIP_WAITING. */
type PageMessage = { type: 'SKIP_WAITING' };

function isPageMessage(data: unknown): data is PageMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';
}

function isApi(url: URL): boolean {
  return url.pathname === '/api' || url.pathname.startsWith('/api/');
}

// 1.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// 2.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api(\/|$)/],
  }),
);

// 3.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && !isApi(url) && url.pathname.startsWith('/assets/who-tables/'),
  new CacheFirst({
    cacheName: WHO_TABLES_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: 64, purgeOnQuotaError: false })],
  }),
);

// 4.
self.addEventListener('message', (event) => {
  if (isPageMessage(event.data)) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
