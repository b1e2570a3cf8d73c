// Vite build of the PWA: Preact, and vite-plugin-pwa with our own service worker
// (src/sw.ts, injectManifest). The precache holds the app shell only; the WHO growth
// tables (src/anthro/tables, loaded lazily) are emitted under assets/who-tables/, left
// out of the precache and cached by the service worker on first use (metered data).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Folder (under assets/) for lazily loaded growth-table chunks; src/sw.ts matches it. */
const WHO_TABLES_DIR = 'who-tables';

export default defineConfig({
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already takes every icon; listing manifest icons again would duplicate them.
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: [`assets/${WHO_TABLES_DIR}/**`],
      },
      manifest: {
        id: '/',
        name: 'Genting — Kampung KB',
        short_name: 'Genting',
        description:
          'Aplikasi Pokja Kampung KB untuk Gerakan Orang Tua Asuh Cegah Stunting: data keluarga, anak, ' +
          'orang tua asuh dan pertemuan Pokja, tetap bekerja tanpa sinyal.',
        lang: 'id',
        dir: 'ltr',
        display: 'standalone',
        orientation: 'portrait',
        start_url: '/',
        scope: '/',
        theme_color: '#0f6e63',
        background_color: '#f4f7f6',
        categories: ['health', 'medical', 'productivity'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2020',
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/anthro/tables/')
            ? `assets/${WHO_TABLES_DIR}/[name]-[hash].js`
            : 'assets/[name]-[hash].js',
        assetFileNames: (asset) =>
          asset.originalFileNames.some((file) => file.includes('/src/anthro/tables/'))
            ? `assets/${WHO_TABLES_DIR}/[name]-[hash][extname]`
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
});
