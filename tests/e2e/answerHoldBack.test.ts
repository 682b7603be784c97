import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CaseViewPage } from './pages/CaseViewPage';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { useDevicesAndRelay } from './pages/devices';
import { smallTouchTargets } from './pages/touchTargets';

const devices = useDevicesAndRelay('answer-hold');

const NUMBER = '811218-9876';
/** What a page could put the number together from: its digits, whole and in groups. */
const PIECES = [NUMBER, '8112189876', '811218', '9876'];
const REPLACEMENT = '[personuppgift borttagen]';

/** Every WebSocket frame a page receives, as bytes, from now on. */
function recordFrames(page: Page): Buffer[] {
  const frames: Buffer[] = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => frames.push(Buffer.from(payload)));
  });
  return frames;
}

describe('the answer, held back while it holds a number', () => {
  it(
    'holds a number being typed and says why; the reporting side never sees a digit of it, then gets the rest',
    { timeout: 240_000 },
    async () => {
      const { base, pageA, pageB } = await devices.nurseAndManager();
      const pageErrors: string[] = [];
      for (const page of [pageA, pageB]) page.on('pageerror', (error) => pageErrors.push(error.message));

      // A reports to B; B acknowledges, so the answer form opens.
      const form = new ReportFormPage(pageA);
      await pageA.goto(base);
      await form.startNew();
      const caseUrlA = form.caseUrl();
      await form.fillAll(SAMPLE_REPORT, { orgId: 'vgr', unitId: 'vgr-avd12' });
      await form.submit();
      await pageA.waitForURL(/\?skickad=1$/);
      // The relay knows whom the case goes to once A's submission has synced.
      await pageA.locator('[data-sync-state="synced"]').waitFor({ timeout: 45_000 });
      await pageB.goto(`${base}inkorg`);
      await pageB.locator('[data-section="inbox"] .case-row-link').first().click({ timeout: 45_000 });
      await pageB.getByRole('button', { name: 'Bekräfta mottagen' }).click();
      const cause = pageB.locator('#answer-cause');
      await cause.waitFor();

      // A watches the case, recording every frame its socket receives.
      const framesA = recordFrames(pageA);
      await pageA.goto(caseUrlA);
      await new CaseViewPage(pageA).openLog();
      await pageA.locator('[data-audit-trail]').getByText('Bekräfta mottagen').waitFor({ timeout: 30_000 });

      // B types; while the number is being typed, the field says it is kept here for now.
      await cause.click();
      await cause.pressSequentially('Orsak: patienten 8112', { delay: 30 });
      const note = pageB.locator('#answer-cause-held');
      await expect.poll(() => note.innerText()).toContain('delas med den andra organisationen först när det är klart');
      expect(await cause.getAttribute('aria-describedby')).toContain('answer-cause-held');
      expect(await note.getAttribute('aria-live')).toBe('polite');
      await cause.pressSequentially('18-9876 fick fel lista.', { delay: 30 });
      const error = pageB.locator('#answer-cause-error');
      await expect.poll(() => error.innerText()).toContain('förrän personnumret är ersatt');
      expect(await cause.getAttribute('aria-describedby')).toContain('answer-cause-error');
      const axe = await new AxeBuilder({ page: pageB })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      expect(await smallTouchTargets(pageB)).toEqual([]);

      // A has what was typed before the number, and not one digit of the answer.
      const answerA = pageA.locator('[data-answer="cause"]');
      await expect.poll(() => answerA.innerText(), { timeout: 15_000 }).toBe('Orsak: patienten ');
      // The held text stays on B's device across a reload.
      await pageB.reload();
      await expect
        .poll(() => cause.inputValue(), { timeout: 15_000 })
        .toBe(`Orsak: patienten ${NUMBER} fick fel lista.`);
      await error.waitFor();

      // B replaces the number, from the field (its replace button is part of it): the rest reaches A.
      await cause.click();
      await pageB.getByRole('button', { name: `Ersätt Personnummer ${NUMBER}` }).click();
      const expected = `Orsak: patienten ${REPLACEMENT} fick fel lista.`;
      await expect.poll(() => cause.inputValue()).toBe(expected);
      await expect.poll(() => error.count()).toBe(0);
      await expect.poll(() => answerA.innerText(), { timeout: 15_000 }).toBe(expected);

      const textA = await pageA.locator('body').innerText();
      for (const piece of PIECES) expect(textA, piece).not.toContain(piece);
      expect(framesA.length).toBeGreaterThan(0);
      for (const piece of PIECES)
        expect(framesA.filter((frame) => frame.includes(Buffer.from(piece))).length, `frames carrying ${piece}`).toBe(
          0,
        );
      expect(pageErrors).toEqual([]);
    },
  );
});
