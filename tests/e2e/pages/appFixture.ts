import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/chromium';
import { startTestServer, type TestServer } from '../../helpers/appServer';

/**
 * The built app (version A) on the real relay, and one headless Chromium, for the whole file.
 * Returns accessors, valid inside tests.
 */
export function useAppAndBrowser(): { server: () => TestServer; browser: () => Browser; base: () => string } {
  let server: TestServer | null = null;
  let browser: Browser | null = null;
  beforeAll(async () => {
    server = await startTestServer(inject('distA'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    server: () => server!,
    browser: () => browser!,
    base: () => `http://127.0.0.1:${server!.port}/`,
  };
}
