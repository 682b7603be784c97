import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/chromium';
import { startTestServer } from '../helpers/appServer';
import type { TestServer as AppServer } from '../helpers/appServer';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer(inject('distA'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('text over the limit', () => {
  it('is kept, flagged as too long, and never lost by the next keystroke', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/`);
    const form = new ReportFormPage(page);
    await form.startNew();
    await form.fillAll(SAMPLE_REPORT);
    await form.gotoStep(4);
    const pasted = 'Lång inklistrad text. '.repeat(1000); // 22,000 characters, as one paste
    await form.field('description').fill(pasted);
    await form.field('description').press('End');
    await form.field('description').pressSequentially('!');
    await form.waitUntilSaved();
    await page.reload();
    await form.field('description').waitFor();
    expect(await form.field('description').inputValue()).toBe(`${pasted}!`);

    await form.submit();
    const summary = page.getByRole('alert').filter({ hasText: 'behöver rättas' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Texten är för lång');
    await page.close();
  });
});
