import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestServer } from '../helpers/appServer';
import { createEnrollmentCode } from '../../sync-server/src/auth/enrollment';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { EnrollPage } from './pages/EnrollPage';
import { AnalysisPage } from './pages/AnalysisPage';
import { CaseViewPage } from './pages/CaseViewPage';
import { smallTouchTargets } from './pages/touchTargets';
import { seedTwoOrganisations, useDevicesAndRelay } from './pages/devices';

const devices = useDevicesAndRelay('analysis');
const openDevice = devices.openDevice;

async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('a joint analysis by two organisations through the real relay', () => {
  it(
    'both type in one cause and see each other; offline edits merge with a conflict to decide; both sign and it locks',
    { timeout: 300_000 },
    async () => {
      const server: TestServer = await devices.startRelay();
      const port = server.port;
      const base = `http://127.0.0.1:${port}/`;
      const { store } = server;
      await seedTwoOrganisations(store);
      const codeA = await createEnrollmentCode(store, {
        unitId: 'gbg-hemsjukvard',
        personName: 'Karin Lind',
        role: 'manager',
      });
      const codeB = await createEnrollmentCode(store, {
        unitId: 'vgr-avd12',
        personName: 'Anna Berg',
        role: 'manager',
      });

      const pageA = await openDevice(base);
      const pageB = await openDevice(base);
      // Any uncaught error in either app fails the test, even one the screen hides.
      const pageErrors: string[] = [];
      for (const page of [pageA, pageB]) page.on('pageerror', (error) => pageErrors.push(error.message));
      await new EnrollPage(pageA).enroll(codeA.code, 'Dator hemsjukvården');
      await new EnrollPage(pageB).enroll(codeB.code, 'Dator avdelning 12');

      // A reports a failed discharge to B; B receives it.
      const form = new ReportFormPage(pageA);
      await pageA.goto(base);
      await form.startNew();
      await form.fillAll(SAMPLE_REPORT, { orgId: 'vgr', unitId: 'vgr-avd12' });
      const caseId = form.caseUrl().split('/').at(-1)!;
      await form.submit();
      await pageA.waitForURL(/\?skickad=1$/);
      await pageB.goto(base);
      // Known flaky arrival (issue 9 §3/§4, being fixed in sync): fail fast and say so, no long silent wait.
      await expect
        .poll(
          () =>
            pageB
              .locator('[data-section="inbox"]')
              .getByText('In- och utskrivning', { exact: true })
              .count(),
          {
            timeout: 15_000,
            message:
              "B's start page did not show A's submitted case within 15 s: the report did not arrive at B (issue 9 §3/§4, sync push/arrival order)",
          },
        )
        .toBeGreaterThan(0);

      // B receives and answers that a joint analysis is needed; the answered case then offers to start it.
      await pageB.goto(`${base}rapport/${caseId}`);
      await pageB.getByRole('button', { name: 'Bekräfta mottagen' }).click();
      await new CaseViewPage(pageB).openLog();
      await pageB.locator('[data-audit-trail]').getByText('Bekräfta mottagen').waitFor();
      await pageB.locator('#answer-cause').fill('Utskrivningsmeddelandet skickades inte under helgen.');
      await pageB.locator('#answer-actions').fill('Vi går igenom händelsen tillsammans med hemsjukvården.');
      await pageB.locator('input[name="answer-jointAnalysisNeeded"][value="yes"]').check();
      await pageB.getByRole('button', { name: 'Skicka svaret' }).click();
      await pageB.locator('[data-case-status]', { hasText: 'Besvarad' }).waitFor();
      expect(await pageB.locator('[data-answer="jointAnalysisNeeded"]').innerText()).toBe('Ja, gemensam analys behövs');
      const start = pageB.getByRole('button', { name: 'Starta gemensam analys' });
      expect(await start.count()).toBe(1);
      await expectNoAxeViolations(pageB);
      expect(await smallTouchTargets(pageB)).toEqual([]);

      // B, a manager, starts it from the answered case and names the team: both managers sign, B commissions.
      await start.click();
      await pageB.locator('[data-case-status]', { hasText: 'Gemensam analys' }).waitFor();
      await expect
        .poll(() => pageB.evaluate(() => document.activeElement?.hasAttribute('data-analysis-link')))
        .toBe(true);
      await pageB.locator('[data-analysis-link]').click();
      const b = new AnalysisPage(pageB);
      await b.startWithTeam(
        [
          { name: 'Anna Berg', role: 'Enhetschef avdelning 12' },
          { name: 'Karin Lind', role: 'Enhetschef hemsjukvården' },
        ],
        'Anna Berg (Västra Götalandsregionen)',
        ['Anna Berg', 'Karin Lind'],
      );
      expect(await pageB.locator('[data-team-member]').count()).toBe(2);

      // The reporting side sees every part of the answer, the joint-analysis decision too.
      await pageA.goto(`${base}rapport/${caseId}`);
      await pageA
        .locator('[data-answer="jointAnalysisNeeded"]')
        .getByText('Ja, gemensam analys behövs')
        .waitFor({ timeout: 30_000 });
      expect(await pageA.locator('[data-answer="cause"]').innerText()).toBe(
        'Utskrivningsmeddelandet skickades inte under helgen.',
      );

      // A, now on the team, opens it too; B adds the course of events and a cause.
      const a = new AnalysisPage(pageA);
      await a.open(base, caseId);
      await pageA.locator('#timeline-heading').waitFor({ timeout: 30_000 });
      const event = await b.add('timeline-entry', 'Lägg till händelse');
      await b.field(`timeline-${event}-when`).fill('2026-10-01T14:30');
      await b.field(`timeline-${event}-org`).selectOption('vgr');
      await b.field(`timeline-${event}-what`).fill('Patienten skrevs ut utan meddelande till hemsjukvården.');
      await b.field(`timeline-${event}-handover`).check();
      await b.field(`timeline-${event}-failed`).check();
      const cause = await b.add('cause', 'Lägg till orsak');
      await b.field(`cause-${cause}-category`).selectOption('communication');
      await a.waitForEntity('cause', cause);
      await a.edit('cause', cause);

      // Both type into the same cause text at once, and see each other's text and presence.
      const description = `cause-${cause}-description`;
      await a.field(description).click();
      await b.field(description).click();
      await pageB.locator(`[data-presence="${description}"]`).getByText('Karin Lind').waitFor({ timeout: 5_000 });
      await pageA.locator(`[data-presence="${description}"]`).getByText('Anna Berg').waitFor({ timeout: 5_000 });
      await Promise.all([
        a.field(description).pressSequentially('Karin: meddelandet kom aldrig. ', { delay: 40 }),
        b.field(description).pressSequentially('Anna: rutinen var okänd. ', { delay: 40 }),
      ]);
      for (const page of [pageA, pageB]) {
        await expect
          .poll(() => page.locator(`#${description}`).inputValue(), { timeout: 5_000 })
          .toMatch(/(?=.*Karin: meddelandet kom aldrig\.)(?=.*Anna: rutinen var okänd\.)/s);
      }
      expect(await a.field(description).inputValue()).toBe(await b.field(description).inputValue());
      // What was typed is on each device's disk, and says so.
      await pageA.locator('[data-save-state="saved"]').waitFor();
      expect(await pageA.locator('[data-presence-list]').innerText()).toContain('Anna Berg (Västra Götalandsregionen)');

      // A types in an event while B adds an earlier one elsewhere: A's list keeps its order while
      // A works in it, so A's caret and typing stay where they were.
      await a.edit('timeline-entry', event);
      await a.field(`timeline-${event}-what`).click();
      await pageA.keyboard.press('End');
      const earlier = await b.add('timeline-entry', 'Lägg till händelse');
      await b.field(`timeline-${earlier}-when`).fill('2026-09-30T08:00');
      await b.field(`timeline-${earlier}-what`).fill('Inskrivning på avdelning 12.');
      await a.waitForEntity('timeline-entry', earlier);
      await pageA.keyboard.type(' Ingen ringde.', { delay: 30 });
      expect(await a.field(`timeline-${event}-what`).inputValue()).toBe(
        'Patienten skrevs ut utan meddelande till hemsjukvården. Ingen ringde.',
      );
      expect(await pageA.evaluate(() => document.activeElement?.id)).toBe(`timeline-${event}-what`);
      // Once A leaves the list, it is in time order again: B's earlier event first.
      await a.field(description).click();
      await expect
        .poll(() => pageA.locator('[data-timeline-entry]').first().getAttribute('data-timeline-entry'))
        .toBe(earlier);

      // An identity number never reaches the other organisation, not even digit by digit: the
      // text stays on A's device until A replaces the number, then the rest is shared.
      await a.field('conclusions').click();
      await pageA.keyboard.type('Gäller 811218-9876 i journalen.', { delay: 20 });
      await pageA.locator('#conclusions-error').waitFor();
      await pageB.waitForTimeout(1500);
      expect(await b.field('conclusions').inputValue()).not.toMatch(/\d/);
      await pageA.locator('#conclusions-pii button').first().click();
      await expect
        .poll(() => b.field('conclusions').inputValue(), { timeout: 5_000 })
        .toBe('Gäller [personuppgift borttagen] i journalen.');

      // An action both will change apart.
      const action = await a.add('action', 'Lägg till åtgärd');
      await a.field(`action-${action}-what`).fill('Gå igenom utskrivningsrutinen på APT');
      await a.field(`action-${action}-end`).fill('2027-01-15');
      await b.waitForEntity('action', action);
      // On B the action is one line until opened.
      expect(await pageB.locator(`[data-action="${action}"] button.entry-summary`).innerText()).toContain(
        'Gå igenom utskrivningsrutinen på APT',
      );
      await b.edit('action', action);
      await expect.poll(() => b.field(`action-${action}-end`).inputValue(), { timeout: 10_000 }).toBe('2027-01-15');

      // The relay goes away. Both keep working: each changes the due date and adds an action.
      await devices.stopRelay();
      await a.field(`action-${action}-end`).fill('2027-01-31');
      await b.field(`action-${action}-end`).fill('2027-02-28');
      const actionA = await a.add('action', 'Lägg till åtgärd');
      await a.field(`action-${actionA}-what`).fill('Checklista vid utskrivning');
      const actionB = await b.add('action', 'Lägg till åtgärd');
      await b.field(`action-${actionB}-what`).fill('Larm i journalen vid utskrivning');
      // The offline edits are on disk: they survive a reload without the relay.
      await pageA.reload();
      await a.edit('action', actionA);
      expect(await a.field(`action-${actionA}-what`).inputValue()).toBe('Checklista vid utskrivning');

      // Back online: both actions on both devices, and the due date shows the conflict.
      await devices.startRelay(port);
      for (const [page, view] of [
        [pageA, a],
        [pageB, b],
      ] as const) {
        await view.waitForEntity('action', actionA, 45_000);
        await view.waitForEntity('action', actionB, 45_000);
        const conflict = page.locator(`[data-conflict="action-${action}-end"]`);
        await conflict.waitFor({ timeout: 45_000 });
        expect(await conflict.innerText()).toMatch(/Också angivet av (Karin Lind|Anna Berg)/);
        expect(await page.locator('[data-conflicts]').innerText()).toContain('olika värden');
      }
      await a.edit('action', actionB);
      expect(await a.field(`action-${actionB}-what`).inputValue()).toBe('Larm i journalen vid utskrivning');
      // A chooses B's date; the conflict is gone on both devices.
      await pageA
        .locator(`[data-conflict="action-${action}-end"]`)
        .getByRole('button', { name: /Behåll 2027-02-28/ })
        .first()
        .click();
      for (const page of [pageA, pageB]) {
        await page.locator(`[data-conflict="action-${action}-end"]`).waitFor({ state: 'detached', timeout: 20_000 });
        await expect.poll(() => page.locator(`#action-${action}-end`).inputValue()).toBe('2027-02-28');
      }

      await expectNoAxeViolations(pageB);
      expect(await smallTouchTargets(pageB)).toEqual([]);

      // Both responsible managers sign; the analysis locks as version 1 on both devices.
      const signA = pageA.getByRole('button', { name: 'Signera för Göteborgs stad' });
      await expect.poll(() => signA.isEnabled(), { timeout: 30_000 }).toBe(true);
      await signA.click();
      await pageA.locator('[data-signature-org="goteborg"][data-signed="current"]').waitFor({ timeout: 15_000 });
      // Everyone editing now is told that a change would void Karin's signature.
      await pageB.reload();
      await pageB.locator('[data-signed-warning]').getByText('Karin Lind har signerat').waitFor({ timeout: 15_000 });
      await pageB.reload();
      const signB = pageB.getByRole('button', { name: 'Signera för Västra Götalandsregionen' });
      await expect.poll(() => signB.isEnabled(), { timeout: 30_000 }).toBe(true);
      await signB.click();
      await pageB.locator('[data-locked]').waitFor({ timeout: 15_000 });
      expect(await pageB.locator('[data-locked]').innerText()).toContain('låst som version 1');
      await pageA.reload();
      await pageA.locator('[data-locked]').waitFor({ timeout: 15_000 });
      // Locked: nothing is editable any more.
      expect(await pageA.locator('#timeline-heading').count()).toBe(0);

      // The printable final report of version 1.
      await pageA.goto(`${base}rapport/${caseId}/analys/utskrift?version=1`);
      await pageA.locator('#report-title').waitFor({ timeout: 15_000 });
      expect(await pageA.locator('#report-title').innerText()).toBe('Gemensam händelseanalys, version 1');
      const report = await pageA.locator('.analysis-report').innerText();
      // The report says which deviation it is about (from the case index on the device).
      expect(report).toMatch(
        /Avvikelse: .+\. Rapporterad av Hemsjukvården Centrum till Sahlgrenska avdelning 12, händelsen 2026-11-02/,
      );
      expect(report).toContain('Checklista vid utskrivning');
      expect(report).toContain('Larm i journalen vid utskrivning');
      expect(report).toContain('Bristande överlämning');
      expect(report).toMatch(
        /Göteborgs stad: Karin Lind[\s\S]*Västra Götalandsregionen: Anna Berg|Västra Götalandsregionen: Anna Berg[\s\S]*Göteborgs stad: Karin Lind/,
      );
      await pageA.emulateMedia({ media: 'print' });
      expect(await pageA.locator('.app-header').isVisible()).toBe(false);
      await pageA.emulateMedia({ media: 'screen' });
      await expectNoAxeViolations(pageA);
      await a.open(base, caseId);
      await pageA.locator('[data-locked]').waitFor();
      await expectNoAxeViolations(pageA);

      // Reopening makes version 2 to work on; version 1 stays readable as it was signed.
      await pageA.locator('#reopen-reason').fill('Uppföljningen visade att checklistan inte räcker.');
      await pageA.getByRole('button', { name: 'Öppna som ny version' }).click();
      await pageA.locator('#timeline-heading').waitFor({ timeout: 15_000 });
      expect(await pageA.locator('#signoff-heading + p + p').innerText()).toBe('Version 2');
      await a.edit('action', actionA);
      await a.field(`action-${actionA}-what`).fill('Checklista vid utskrivning, reviderad');
      await pageA.getByRole('link', { name: /^Version 1, låst/ }).click();
      await pageA.locator('#report-title').waitFor();
      const version1 = await pageA.locator('.analysis-report').innerText();
      expect(version1).toContain('Checklista vid utskrivning');
      expect(version1).not.toContain('reviderad');
      expect(pageErrors).toEqual([]);
    },
  );
});
