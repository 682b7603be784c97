import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEnrollmentCode } from '../../sync-server/src/auth/enrollment';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { EnrollPage } from './pages/EnrollPage';
import { seedTwoOrganisations, useDevicesAndRelay } from './pages/devices';
import { smallTouchTargets } from './pages/touchTargets';
import { TEXT_SPACING_CSS, clippedText, sidewaysScroll } from './pages/reflow';

/*
 * WCAG 2.1 AA beyond what axe sees (issue 11 §5), over every route of src/app/App.tsx, on the
 * enrolled device of a receiving manager with a real case in her inbox and a draft of her own.
 */
const devices = useDevicesAndRelay('wcag');
let page: Page;
let base: string;
let caseUrl: string;
let draftUrl: string;

/** Every screen, with real content: the case came through the relay, the draft was typed here. */
const routes = () => [
  '/',
  ...[1, 2, 3, 4, 5, 6].map((step) => `${draftUrl}/steg/${step}`),
  draftUrl,
  caseUrl,
  '/inkorg',
  `${caseUrl}/analys`,
  `${caseUrl}/analys/utskrift`,
  '/koppla',
  '/installningar',
  '/tillganglighet',
  '/atkomstlogg',
  '/finns-inte',
];

async function visit(path: string): Promise<void> {
  await page.goto(path.startsWith('http') ? path : new URL(path, base).href);
  await page.locator('main h1').first().waitFor();
  // Lazily loaded banners, rows and case content settle before anything is measured.
  await page.waitForLoadState('networkidle');
}

async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until focus rests on the screen's h1, and returns its text (or what holds focus instead). */
async function focusedHeading(): Promise<string> {
  await page
    .waitForFunction(() => document.activeElement?.matches('main h1'), undefined, { timeout: 10_000 })
    .catch(() => {});
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.matches('main h1') ? (active.textContent ?? '') : `not the heading: <${active?.tagName}>`;
  });
}

beforeAll(async () => {
  const server = await devices.startRelay();
  base = `http://127.0.0.1:${server.port}/`;
  await seedTwoOrganisations(server.store);
  const nurse = await createEnrollmentCode(server.store, {
    unitId: 'gbg-hemsjukvard',
    personName: 'Karin Lind',
    role: 'staff',
  });
  const manager = await createEnrollmentCode(server.store, {
    unitId: 'vgr-avd12',
    personName: 'Anna Berg',
    role: 'manager',
  });
  const tablet = await devices.openDevice(base);
  page = await devices.openDevice(base);
  await new EnrollPage(tablet).enroll(nurse.code, 'Surfplatta hemsjukvården');
  await new EnrollPage(page).enroll(manager.code, 'Dator avdelning 12');

  // The nurse reports to the manager's unit; the case reaches the manager's inbox.
  const report = new ReportFormPage(tablet);
  await tablet.goto(base);
  await report.startNew();
  await report.fillAll(SAMPLE_REPORT, { orgId: 'vgr', unitId: 'vgr-avd12' });
  await report.submit();
  await tablet.waitForURL(/\?skickad=1$/);
  await page.goto(`${base}inkorg`);
  await page.locator('.case-row-link').first().waitFor({ timeout: 45_000 });
  caseUrl = new URL((await page.locator('.case-row-link').first().getAttribute('href'))!, base).href;

  // A draft of her own, for the form's steps.
  const form = new ReportFormPage(page);
  await page.goto(base);
  await form.startNew();
  await form.type('reporterName', 'Anna Berg');
  await form.waitUntilSaved();
  draftUrl = form.caseUrl();
}, 240_000);

describe('WCAG 2.1 AA on every route, beyond axe (issue 11 §5)', () => {
  it('gives every route its own title, ending in the app name, in the current language (2.4.2)', async () => {
    const titles = new Map<string, string>();
    for (const route of routes()) {
      await visit(route);
      // A route that forwards (a manager's start page to Inkorg) is the screen it lands on.
      titles.set(new URL(page.url()).pathname, await page.title());
    }
    expect([...titles.values()].filter((title) => !title.endsWith(' – Samverka'))).toEqual([]);
    const shared = [...titles].filter(([, title]) => [...titles.values()].filter((t) => t === title).length > 1);
    expect(shared).toEqual([]);
    const titleOf = (route: string) => titles.get(new URL(route, base).pathname);
    expect(titleOf('/inkorg')).toMatch(/^Inkorg( \(\d+ nya?\))? – Samverka$/);
    // The report form is one page (issue 11 §1): every old step number leads to it.
    expect(titleOf(`${draftUrl}/steg/1`)).toBe('Skriv avvikelserapport – Samverka');
    expect(titleOf(caseUrl)).toBe(`Avvikelse från ${SAMPLE_REPORT.reporterUnit} – Samverka`);

    await visit('/installningar');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.title()).toBe('Settings – Samverka');
    await visit('/inkorg');
    expect(await page.title()).toMatch(/^Inbox( \(\d+ new\))? – Samverka$/);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => page.title()).toMatch(/^Inkorg/);
  });

  it('moves focus to the new heading after a change of screen, but not on the first load', async () => {
    await visit('/installningar');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.locator('nav').getByRole('link', { name: 'Inkorg' }).click();
    await page.waitForURL(/\/inkorg$/);
    expect(await focusedHeading()).toBe('Inkorg');
    // A link inside the screen: the case row opens the case.
    await page.locator('.case-row-link').first().click();
    await page.waitForURL(caseUrl);
    expect(await focusedHeading()).toBe(await page.locator('main h1').first().innerText());
    await page.locator('nav').getByRole('link', { name: 'Inställningar' }).click();
    await page.waitForURL(/\/installningar$/);
    expect(await focusedHeading()).toBe('Inställningar');
    await page.locator('footer').getByRole('link').first().click();
    await page.waitForURL(/\/tillganglighet$/);
    expect(await focusedHeading()).toBe('Tillgänglighetsredogörelse');
    // Back in history is a change of screen too.
    await page.goBack();
    expect(await focusedHeading()).toBe('Inställningar');
  });

  it('scrolls no route sideways at 320 × 640 px (1.4.10 Reflow)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      const failures: string[] = [];
      for (const route of routes()) {
        await visit(route);
        const scroll = await sidewaysScroll(page);
        if (scroll) failures.push(`${route}: ${scroll}`);
      }
      expect(failures).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1024, height: 1366 });
    }
  });

  it('with the WCAG text-spacing styles, scrolls no route sideways at 320 px and clips no text (1.4.12)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      const failures: string[] = [];
      for (const route of routes()) {
        await visit(route);
        await page.addStyleTag({ content: TEXT_SPACING_CSS });
        const scroll = await sidewaysScroll(page);
        if (scroll) failures.push(`${route}: ${scroll}`);
        for (const clipped of await clippedText(page)) failures.push(`${route}: clipped ${clipped}`);
      }
      expect(failures).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1024, height: 1366 });
    }
  });

  it('has zero axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa) on every route', async () => {
    const failures: string[] = [];
    for (const route of routes()) {
      await visit(route);
      for (const violation of await axeViolations()) failures.push(`${route} → ${violation}`);
    }
    expect(failures).toEqual([]);
  });

  it('gives every button, link and field a 44 × 44 px target on every route, the not-found page too', async () => {
    const small: string[] = [];
    for (const route of routes()) {
      await visit(route);
      for (const target of await smallTouchTargets(page)) small.push(`${route}: ${target}`);
    }
    expect(small).toEqual([]);
  });
});
