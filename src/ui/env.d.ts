// Types of the virtual modules vite-plugin-pwa provides to the app.
/// <reference types="vite-plugin-pwa/preact" />
/// <reference types="vite-plugin-pwa/info" />
