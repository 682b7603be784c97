import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchPersistent } from '../helpers/chromium';
import { startTestServer } from '../helpers/appServer';
import type { TestServer as AppServer } from '../helpers/appServer';
import { ReportFormPage } from './pages/ReportFormPage';
import { checkForUpdate, waitForServiceWorkerControl } from './pages/serviceWorker';

let server: AppServer | null = null;
let context: BrowserContext | null = null;
const profile = mkdtempSync(join(tmpdir(), 'samverka-update-'));

afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('a new version of the app', () => {
  it('is offered with a prompt, never forced, and keeps a half-typed field', async () => {
    server = await startTestServer(inject('distA'));
    const port = server.port;
    context = await launchPersistent(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitForServiceWorkerControl(page);
    expect(await page.locator('[data-build-id]').innerText()).toBe('e2e-a');

    const form = new ReportFormPage(page);
    await form.startNew();
    await form.gotoStep(4);
    await form.field('description').pressSequentially('Halvskriven mening som inte är klar');
    await form.waitUntilSaved();

    // Deploy version B on the same origin.
    await server.close();
    server = await startTestServer(inject('distB'), port);
    await checkForUpdate(page);

    const prompt = page.getByText('Ny version finns — uppdatera');
    await prompt.waitFor({ timeout: 30_000 });
    // The page did not reload on its own: the text is still in the field, and still version A.
    expect(await form.field('description').inputValue()).toBe('Halvskriven mening som inte är klar');
    expect(await page.locator('[data-build-id]').innerText()).toBe('e2e-a');

    await page.getByRole('button', { name: 'Uppdatera' }).click();
    await page.waitForFunction(() => document.querySelector('[data-build-id]')?.textContent === 'e2e-b', undefined, {
      timeout: 30_000,
    });
    await form.field('description').waitFor();
    expect(await form.field('description').inputValue()).toBe('Halvskriven mening som inte är klar');
  });
});
