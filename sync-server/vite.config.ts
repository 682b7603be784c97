import { defineConfig } from 'vite';

/**
 * Compiles the relay and its admin CLI into plain JavaScript (`dist-server/`), so a server runs
 * on `dependencies` alone: `npm run build`, `npm prune --omit=dev`, `npm run serve`. The shared
 * code from src/ (protocol, rules) is bundled in; packages stay in node_modules (SSR externals).
 */
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-server',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { main: 'sync-server/main.ts', admin: 'sync-server/admin.ts' },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
