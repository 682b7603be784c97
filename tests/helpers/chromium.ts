import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for root in a closed network (see STACK-NOTES.md); without them Chromium stalls on lookups. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Browser tests fail, never skip, when Chromium is missing: a skipped test proves nothing. */
function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium saknas på ${CHROMIUM_PATH}. Installera med: apt-get install -y chromium`);
  }
}

function options(): LaunchOptions {
  assertChromium();
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(options());
}

/** A context whose IndexedDB and service worker survive closing it, like a tablet's browser. */
export async function launchPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...options(),
    viewport: { width: 1024, height: 1366 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    serviceWorkers: 'allow',
  });
}
