import { defineConfig } from 'vitest/config';

// Two projects: unit tests run in Node (fake IndexedDB); browser tests drive real Chromium
// against the built app. Neither loads the Solid plugin, whose `browser` condition would
// resolve `ws` to its browser stub in server code.
// Each run (npm run test:unit, test:e2e) also writes a JSON report; .ci/run sums them into one line.
const reportName = process.env.npm_lifecycle_event?.replace(/[^a-z0-9-]/gi, '-') ?? 'vitest';

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify('test'), __APP_VERSION__: JSON.stringify('test') },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: `.tmp/test-results/${reportName}.json` },
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
