import { defineConfig } from 'vitest/config';

// Two projects: unit tests run in Node (fake IndexedDB); browser tests drive real Chromium
// against the built app. Neither loads the Solid plugin, whose `browser` condition would
// resolve `ws` to its browser stub in server code.
export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify('test') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/domain/**/*.test.ts', 'tests/storage/**/*.test.ts', 'tests/sync-server/**/*.test.ts'],
          setupFiles: ['tests/helpers/setupUnit.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Browser tests share one machine's CPU; running them one file at a time keeps them stable.
          fileParallelism: false,
        },
      },
    ],
  },
});
