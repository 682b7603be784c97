import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/chromium';
import { startTestServer } from '../helpers/appServer';
import type { TestServer as AppServer } from '../helpers/appServer';
import { smallTouchTargets } from './pages/touchTargets';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';

let server: AppServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
let draftUrl: string;
let submittedUrl: string;

/** WCAG 2.1 A and AA: what Swedish public-sector law (2018:1937) requires. */
async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function visit(path: string): Promise<void> {
  await page.goto(path.startsWith('http') ? path : `${base}${path}`);
  await page.locator('main h1').first().waitFor();
  // Lazily loaded banners and rows settle before axe looks.
  await page.waitForLoadState('networkidle');
}

beforeAll(async () => {
  server = await startTestServer(inject('distA'));
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'sv-SE' });
  page = await context.newPage();
  await page.goto(base);
  const form = new ReportFormPage(page);
  // One submitted report and one draft with problems and PII hits showing, so every state is checked.
  await form.startNew();
  await form.fillAll(SAMPLE_REPORT);
  await form.submit();
  await page.waitForURL(/\?skickad=1$/);
  submittedUrl = page.url();
  await page.goto(base);
  await form.startNew();
  await form.gotoStep(4);
  await form.type('description', 'Kvinna född 1931, pnr 811218-9876, ring 070-123 45 67.');
  await form.submit();
  draftUrl = form.caseUrl();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility of every route (axe-core, WCAG 2.1 AA)', () => {
  const routes = () => [
    '/',
    '/ny',
    ...[1, 2, 3, 4, 5, 6].map((step) => `${draftUrl}/steg/${step}`),
    draftUrl,
    submittedUrl,
    `${submittedUrl}/analys`,
    `${submittedUrl}/analys/utskrift`,
    '/installningar',
    '/tillganglighet',
    '/koppla',
    '/finns-inte',
  ];

  it('has zero violations in Swedish', async () => {
    const failures: string[] = [];
    for (const route of routes()) {
      await visit(route);
      for (const violation of await axeViolations()) failures.push(`${route} → ${violation}`);
    }
    expect(failures).toEqual([]);
  });

  it('has zero violations in English, and the language switch changes the page language', async () => {
    await visit('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My reports' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const failures: string[] = [];
    for (const route of ['/', `${draftUrl}/steg/4`, `${draftUrl}/steg/6`, '/installningar']) {
      await visit(route);
      for (const violation of await axeViolations()) failures.push(`${route} → ${violation}`);
    }
    await page.getByRole('button', { name: 'Svenska' }).click();
    expect(failures).toEqual([]);
  });

  it('gives every button, link and field a touch target of at least 44 × 44 px', async () => {
    const small: string[] = [];
    for (const route of ['/', `${draftUrl}/steg/2`, `${draftUrl}/steg/4`, `${draftUrl}/steg/6`, '/installningar']) {
      await visit(route);
      small.push(...(await smallTouchTargets(page)));
    }
    expect(small).toEqual([]);
  });

  it('says in words what installing gives, and the footer gives a version to quote', async () => {
    await visit('/');
    // Chromium offers installing only for a served-over-HTTPS app: stand in for its event.
    await page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => {},
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(event);
    });
    const box = page.locator('[data-install-prompt]');
    await box.waitFor();
    expect(await box.innerText()).toMatch(/hemskärmen[\s\S]*utan täckning/);
    expect(await box.getByRole('button', { name: 'Installera appen' }).count()).toBe(1);
    expect(await axeViolations()).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    // The version is drawn once the browser is idle (it stays off the first screen's path).
    await page.locator('.app-footer [data-build-id]').waitFor();
    expect(await page.locator('.app-footer').innerText()).toMatch(/Version \d+\.\d+\.\d+ · e2e-a/);
    await box.getByRole('button', { name: 'Stäng' }).click();
    await box.waitFor({ state: 'detached' });
  });

  it('can be used with the keyboard alone: skip link, then the form reached by Tab', async () => {
    await visit('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ny rapport');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/steg\/1$/);
    await page.locator('#field-reporterName').waitFor();
    await page.locator('#field-reporterName').focus();
    // The name is prefilled from the last submitted report; replace it.
    expect(await page.locator('#field-reporterName').inputValue()).toBe(SAMPLE_REPORT.reporterName);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Tangentbordsanvändare');
    expect(await page.locator('#field-reporterName').inputValue()).toBe('Tangentbordsanvändare');
  });
});
