import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchPersistent } from '../helpers/chromium';
import { startTestServer } from '../helpers/appServer';
import type { TestServer as AppServer } from '../helpers/appServer';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { waitForServiceWorkerControl } from './pages/serviceWorker';

let server: AppServer | null = null;
let context: BrowserContext | null = null;
const dirs: string[] = [];

afterEach(async () => {
  await context?.close();
  await server?.close();
  context = null;
  server = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function openOnce(userDataDir: string, url: string) {
  context = await launchPersistent(userDataDir);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return page;
}

describe('a report written with no network', () => {
  it('keeps every character through a reload and a browser restart, with the server gone', async () => {
    server = await startTestServer(inject('distA'));
    const base = `http://127.0.0.1:${server.port}/`;
    const profile = mkdtempSync(join(tmpdir(), 'samverka-e2e-'));
    dirs.push(profile);

    let page = await openOnce(profile, base);
    await waitForServiceWorkerControl(page);
    await context!.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Mina rapporter' }).waitFor();
    // navigator.onLine is not reliable under emulation; prove the network is really gone.
    const reachable = await page.evaluate(() =>
      fetch('/healthz').then(
        () => true,
        () => false,
      ),
    );
    expect(reachable).toBe(false);

    const form = new ReportFormPage(page);
    await form.startNew();
    await form.fillAll(SAMPLE_REPORT);
    const caseUrl = form.caseUrl();

    await page.reload();
    await form.expectAll(SAMPLE_REPORT);

    // The tablet dies: the browser closes and the server is unreachable when it comes back.
    await context!.close();
    await server.close();
    server = null;
    context = await launchPersistent(profile);
    await context.setOffline(true);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${caseUrl}/steg/1`);
    const reopened = new ReportFormPage(page);
    await reopened.field('reporterName').waitFor();
    await reopened.expectAll(SAMPLE_REPORT);
    // One quiet status line: stored, and where it stays (this device is not connected to a relay).
    await page.locator('.status-line').getByText('Appen är inte kopplad – rapporterna stannar här').waitFor();

    // The list shows the draft from the index, marked as stored only on this device.
    await page.goto(base);
    const drafts = page.locator('[data-section="drafts"]');
    await drafts.getByText('In- och utskrivning', { exact: true }).waitFor();
    expect(await drafts.locator('[data-sync-state="local"]').first().innerText()).toBe('Bara sparad här');
  });
});
