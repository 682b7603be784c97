import type { ManifestOptions } from 'vite-plugin-pwa';

/** Web app manifest: Swedish first, since the users are Swedish care staff. */
export const THEME_COLOR = '#1d4f73';

export const pwaManifest: Partial<ManifestOptions> = {
  name: 'Samverka – avvikelser i samverkan',
  short_name: 'Samverka',
  description:
    'Rapportera och följ upp avvikelser i samverkan mellan kommun, region och utförare – även utan täckning.',
  lang: 'sv',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOR,
  background_color: '#ffffff',
  categories: ['medical', 'productivity'],
  icons: [
    { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
    { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
    { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
