import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { pwaManifest } from './src/pwa/manifest.ts';

// A build id that changes with every build, so a new deploy always yields a new service worker
// (and the update prompt). Tests set it to build two distinguishable versions.
const buildId = process.env.SAMVERKA_BUILD_ID ?? new Date().toISOString();
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(buildId), __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    solid(),
    VitePWA({
      // Never autoUpdate: a reload under a nurse's fingers would lose what she is typing.
      registerType: 'prompt',
      injectRegister: false,
      manifest: pwaManifest,
      includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/sync\//, /^\/api\//, /^\/healthz/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Keep the big libraries in chunks of their own, so a screen loads only those it uses:
        // the report form needs Yjs before it can draw, the index (Dexie) only after.
        codeSplitting: {
          groups: [
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
            { name: 'yjs', test: /node_modules[\\/](yjs|y-indexeddb|lib0)[\\/]/ },
          ],
        },
      },
    },
  },
});
