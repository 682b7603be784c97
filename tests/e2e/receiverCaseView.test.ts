import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { agreementShortName } from '../../src/domain/caseHeadline';
import { regionProfile } from '../../src/domain/regionProfiles';
import { CaseViewPage } from './pages/CaseViewPage';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { useDevicesAndRelay } from './pages/devices';
import { smallTouchTargets } from './pages/touchTargets';

const devices = useDevicesAndRelay('receiver-case-view');

async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
}

/** Where the report's text starts and how far its first line reaches, in CSS px from the top of the viewport. */
async function descriptionBox(page: Page): Promise<{ top: number; firstLineBottom: number }> {
  return page.locator('[data-field="description"]').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const first = range.getClientRects()[0] ?? el.getBoundingClientRect();
    return { top: Math.round(el.getBoundingClientRect().top), firstLineBottom: Math.round(first.bottom) };
  });
}

describe("the receiver's case view", () => {
  it(
    'the manager opens the case from the inbox, reads the report first, is told what to do, and answers it',
    { timeout: 240_000 },
    async () => {
      const { base, pageA, pageB } = await devices.nurseAndManager();

      // The nurse reports to avdelning 12; her own tablet words the status for her.
      const form = new ReportFormPage(pageA);
      await pageA.goto(base);
      await form.startNew();
      await form.fillAll(SAMPLE_REPORT, { orgId: 'vgr', unitId: 'vgr-avd12' });
      await form.submit();
      await pageA.waitForURL(/\?skickad=1$/);
      const viewA = new CaseViewPage(pageA);
      await viewA.status.filter({ hasText: 'Skickad till Sahlgrenska avdelning 12 – svar senast' }).waitFor({
        timeout: 45_000,
      });

      // The manager, at 1280×800, opens it from the inbox.
      await pageB.setViewportSize({ width: 1280, height: 800 });
      await pageB.goto(`${base}inkorg`);
      await pageB.locator('[data-section="inbox"] .case-row-link').first().click({ timeout: 45_000 });
      const view = new CaseViewPage(pageB);
      await view.description.waitFor();
      expect(await view.description.innerText()).toBe(SAMPLE_REPORT.description);

      // The report's text is in the first viewport, and the heading says what happened, from whom.
      const desktop = await descriptionBox(pageB);
      console.log(`report text at 1280×800: top ${desktop.top} px, first line ends ${desktop.firstLineBottom} px`);
      expect(desktop.firstLineBottom).toBeLessThanOrEqual(800);
      const agreement = agreementShortName(SAMPLE_REPORT, regionProfile('goteborgsomradet')).agreement;
      const title = await view.title.innerText();
      expect(title).toContain('Avvikelse från Hemsjukvården Centrum');
      expect(title).toContain('2 nov');
      expect(title).toContain(agreement);
      expect(await view.title.locator('span[lang="sv"]').count()).toBeGreaterThan(0);

      // The status is worded for the receiver, with the deadline; the one next step is to answer.
      const status = await view.status.innerText();
      expect(status).toMatch(/^Mottagen hos er – svara senast \d{1,2} \p{L}+( \d{4})?$/u);
      expect(status).not.toContain('väntar på synk');
      expect(await pageB.locator('[data-next-step="answer"]').count()).toBe(1);
      expect(await pageB.getByRole('button', { name: 'Påbörja utredning' }).count()).toBe(0);
      // Escalation and the log are folded away until wanted.
      for (const fold of ['escalation', 'trail']) {
        expect(await pageB.locator(`[data-fold="${fold}"] button[aria-expanded]`).getAttribute('aria-expanded')).toBe(
          'false',
        );
      }
      expect(await pageB.locator('#escalation-forum').isVisible()).toBe(false);
      // What the nurse wrote is marked Swedish, for the English interface's screen readers too.
      expect(await view.description.getAttribute('lang')).toBe('sv');

      // On an 800×1280 tablet the text is in view on arrival as well.
      await pageB.setViewportSize({ width: 800, height: 1280 });
      await pageB.reload();
      await view.description.waitFor();
      const tablet = await descriptionBox(pageB);
      console.log(`report text at 800×1280: top ${tablet.top} px, first line ends ${tablet.firstLineBottom} px`);
      expect(tablet.firstLineBottom).toBeLessThanOrEqual(1280);
      await pageB.setViewportSize({ width: 1280, height: 800 });

      // "Skriv svaret" takes her to the first field of the answer.
      await pageB.getByRole('link', { name: 'Skriv svaret' }).click();
      await expect.poll(() => view.focused()).toBe('answer-cause');

      // An incomplete answer: inline errors on the fields, aria-invalid, and a focused summary.
      await pageB.getByRole('button', { name: 'Skicka svaret' }).click();
      const summary = pageB.locator('.problem-summary');
      await summary.waitFor();
      await expect
        .poll(() => pageB.evaluate(() => document.activeElement?.classList.contains('problem-summary')))
        .toBe(true);
      expect(await summary.innerText()).toContain('Svaret är inte komplett');
      for (const field of ['cause', 'actions']) {
        expect(await pageB.locator(`#answer-${field}`).getAttribute('aria-invalid')).toBe('true');
        expect(await pageB.locator(`#answer-${field}-error`).innerText()).toBe('Fältet måste fyllas i.');
      }
      expect(await pageB.locator('#answer-jointAnalysisNeeded').getAttribute('aria-invalid')).toBe('true');
      expect(await pageB.locator('#answer-consequences').getAttribute('aria-invalid')).toBeNull();
      await expectNoAxeViolations(pageB);
      expect(await smallTouchTargets(pageB)).toEqual([]);
      // A link in the summary puts focus in its field.
      await summary.getByRole('link', { name: /Vidtagna och planerade åtgärder/ }).click();
      await expect.poll(() => view.focused()).toBe('answer-actions');

      // She answers straight from "received by you": no step before it. Focus goes to the new status.
      await pageB.locator('#answer-cause').fill('Utskrivningsrutinen var inte känd av helgpersonalen.');
      await expect.poll(() => pageB.locator('#answer-cause').getAttribute('aria-invalid')).toBeNull();
      await pageB.locator('#answer-actions').fill('Genomgång av SVPL-rutinen på APT; checklista införd.');
      await pageB.locator('input[name="answer-jointAnalysisNeeded"][value="no"]').check();
      await pageB.getByRole('button', { name: 'Skicka svaret' }).click();
      await view.status.filter({ hasText: 'Besvarad – Hemsjukvården Centrum följer upp och avslutar' }).waitFor();
      await expect.poll(() => view.focused()).toBe('case-status');
      expect(await pageB.locator('.problem-summary').count()).toBe(0);
      // Nothing left over from before the answer: no "a manager of your unit answers", no "answering acknowledges".
      const main = await pageB.locator('main').innerText();
      expect(main).not.toContain('på er enhet svarar');
      expect(main).not.toContain('Att svara bekräftar mottagandet');

      // The log, once unfolded, says who did what in Swedish: "enhetschef", and the answer acknowledged it.
      await view.openLog();
      await view.log.waitFor();
      const log = await view.log.innerText();
      expect(log).toMatch(/Bekräfta mottagen[^\n]*Anna Berg \(enhetschef\)/);
      expect(log).toMatch(/Besvara[^\n]*Anna Berg \(enhetschef\)/);
      // Who acted is who the relay knows from the device's token, not what a device wrote.
      expect(log).toContain('Karin Lind (personal), Hemsjukvården Centrum, Göteborgs stad');
      expect(log).not.toMatch(/\((manager|staff)\)/);
      await expectNoAxeViolations(pageB);

      // The nurse's tablet tells her the answer has come, and what to do.
      await viewA.status.filter({ hasText: 'Besvarad av Sahlgrenska avdelning 12 – läs svaret' }).waitFor({
        timeout: 30_000,
      });
      expect(await pageA.locator('[data-next-step="readAnswer"]').count()).toBe(1);
    },
  );
});
