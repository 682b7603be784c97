import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/appServer';
import { createEnrollmentCode } from '../../sync-server/src/auth/enrollment';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { CaseViewPage } from './pages/CaseViewPage';
import { EnrollPage } from './pages/EnrollPage';
import { seedTwoOrganisations, useDevicesAndRelay } from './pages/devices';

const devices = useDevicesAndRelay('two-orgs');
const openDevice = devices.openDevice;
const contexts = devices.contexts;

describe('two organisations through the real relay', () => {
  it(
    'A writes offline, syncs when the relay is back, submits to B; B sees it; revoking A ends its sync',
    { timeout: 240_000 },
    async () => {
      let server: TestServer = await devices.startRelay();
      const port = server.port;
      const base = `http://127.0.0.1:${port}/`;
      const { store } = server;
      await seedTwoOrganisations(store);
      const codeA = await createEnrollmentCode(store, {
        unitId: 'gbg-hemsjukvard',
        personName: 'Karin Lind',
        role: 'staff',
      });
      const codeB = await createEnrollmentCode(store, {
        unitId: 'vgr-avd12',
        personName: 'Anna Berg',
        role: 'manager',
      });

      const pageA = await openDevice(base);
      const pageB = await openDevice(base);
      await new EnrollPage(pageA).enroll(codeA.code, 'Surfplatta hemsjukvården');
      await new EnrollPage(pageB).enroll(codeB.code, 'Dator avdelning 12');
      expect(await pageA.locator('[data-enrolled]').innerText()).toContain(
        'Karin Lind (personal), Hemsjukvården Centrum, Göteborgs stad',
      );

      // The relay goes away (no coverage for A): A writes and submits the whole report offline.
      await devices.stopRelay();
      const form = new ReportFormPage(pageA);
      await pageA.goto(base);
      await form.startNew();
      await form.fillAll(SAMPLE_REPORT, { orgId: 'vgr', unitId: 'vgr-avd12' });
      await form.submit();
      await pageA.waitForURL(/\?skickad=1$/);
      expect(await pageA.locator('[data-case-status]').innerText()).toContain('Skickad');
      await pageA.goto(base);
      const sentRow = pageA.locator('[data-section="submitted"] .case-row').first();
      expect(await sentRow.locator('[data-sync-state]').innerText()).toBe('Väntar på synk');

      // Coverage returns: A syncs by itself and registers the receiver.
      server = await devices.startRelay(port);
      await sentRow.locator('[data-sync-state="synced"]').waitFor({ timeout: 45_000 });

      // B's inbox shows the case, with its report synced to B's device.
      await pageB.goto(base);
      const inbox = pageB.locator('[data-section="inbox"]');
      await inbox.getByText('In- och utskrivning', { exact: true }).waitFor({ timeout: 45_000 });
      // The Inkorg screen lists it as new until B opens it.
      await pageB.goto(`${base}inkorg`);
      await pageB.locator('[data-section="inbox"] [data-flag="new"]').waitFor({ timeout: 30_000 });
      await pageB.locator('[data-section="inbox"] .case-row-link').first().click();
      await pageB.locator('[data-field="description"]').waitFor();
      expect(await pageB.locator('[data-field="description"]').innerText()).toBe(SAMPLE_REPORT.description);

      const caseUrlB = pageB.url();
      // The inbox sorts and marks: the case shows as overdue with the clock 70 days ahead (60-day deadline).
      // Playwright's clock belongs to the whole context, so B's later actions carry that future time,
      // like a device whose clock is wrong: causal timestamps keep A's later actions after them.
      const futureA = await contexts[0]!.newPage();
      await futureA.clock.install({ time: new Date(Date.now() + 70 * 24 * 3600 * 1000) });
      const caseUrlA = new URL((await sentRow.locator('.case-row-link').getAttribute('href'))!, base).href;
      await futureA.goto(caseUrlA);
      await futureA.locator('[data-deadline].overdue').waitFor({ timeout: 30_000 });
      expect(await futureA.locator('[data-deadline]').innerText()).toMatch(/försenat \d+ dagar/);
      await futureA.close();
      const future = await contexts[1]!.newPage();
      await future.clock.install({ time: new Date(Date.now() + 70 * 24 * 3600 * 1000) });
      await future.goto(`${base}inkorg`);
      await future.locator('[data-section="inbox"] [data-flag="overdue"]').waitFor({ timeout: 30_000 });
      await future.goto(caseUrlB);
      await future.locator('[data-deadline].overdue').waitFor();
      expect(await future.locator('[data-deadline]').innerText()).toMatch(/försenat \d+ dagar/);
      await future.close();

      // B acknowledges and answers; the answer is de-identified and complete before it can be sent.
      await pageB.getByRole('button', { name: 'Bekräfta mottagen' }).click();
      await new CaseViewPage(pageB).openLog();
      await pageB.locator('[data-audit-trail]').getByText('Bekräfta mottagen').waitFor();
      await pageB.locator('#answer-cause').fill('Utskrivningsrutinen var inte känd av helgpersonalen.');
      await pageB.locator('#answer-actions').fill('Genomgång av SVPL-rutinen på APT; checklista införd.');
      await pageB.getByRole('button', { name: 'Skicka svaret' }).click();
      await pageB.getByRole('alert').filter({ hasText: 'inte komplett' }).waitFor();
      await pageB.locator('input[name="answer-jointAnalysisNeeded"][value="no"]').check();
      await pageB.getByRole('button', { name: 'Skicka svaret' }).click();
      await pageB.locator('[data-case-status]', { hasText: 'Besvarad' }).waitFor();

      // A sees the answer on its own device and closes the case.
      await pageA.goto(base);
      await sentRow.locator('.case-row-link').click();
      await pageA.locator('[data-answer="cause"]').waitFor({ timeout: 30_000 });
      expect(await pageA.locator('[data-answer="cause"]').innerText()).toBe(
        'Utskrivningsrutinen var inte känd av helgpersonalen.',
      );
      await pageA.getByRole('button', { name: 'Avsluta' }).click();
      await pageA.locator('[data-case-status]', { hasText: 'Avslutad' }).waitFor();

      // Both devices show the same case log, who did what and when.
      await pageB.goto(caseUrlB);
      await pageB.locator('[data-case-status]', { hasText: 'Avslutad' }).waitFor({ timeout: 30_000 });
      await new CaseViewPage(pageA).openLog();
      const trailA = await pageA.locator('[data-audit-trail]').innerText();
      const trailB = await pageB.locator('[data-audit-trail]').innerText();
      expect(trailB).toBe(trailA);
      expect(trailA).toMatch(
        /Skicka[\s\S]*Karin Lind[\s\S]*Bekräfta mottagen[\s\S]*Anna Berg[\s\S]*Besvara[\s\S]*Avsluta/,
      );

      // Two more reports on the same agreement from the same unit: B's inbox suggests escalation
      // (Göteborgsområdet: 3 within 90 days), showing the cases behind the suggestion.
      for (let i = 0; i < 2; i++) {
        await pageA.goto(base);
        await form.startNew();
        await form.fillAll(
          { ...SAMPLE_REPORT, description: `${SAMPLE_REPORT.description} Gång ${i + 2}.` },
          { orgId: 'vgr', unitId: 'vgr-avd12' },
        );
        await form.submit();
        await pageA.waitForURL(/\?skickad=1$/);
      }
      await pageB.goto(`${base}inkorg`);
      const suggestion = pageB.locator('[data-recurrence]');
      await suggestion.waitFor({ timeout: 90_000 });
      expect(await suggestion.innerText()).toContain('3 avvikelser från Hemsjukvården Centrum');
      expect(await suggestion.locator('li').count()).toBe(3);

      // B escalates the recurring failure to NOSAM with a de-identified summary; A sees it on its side.
      await pageB.goto(caseUrlB);
      await new CaseViewPage(pageB).openEscalation();
      await pageB.locator('#escalation-forum').selectOption('nosam');
      await pageB.locator('#escalation-summary').fill('Utskrivning utan meddelande, ring 070-123 45 67.');
      await pageB.getByRole('button', { name: 'Markera som systemfel och eskalera' }).click();
      await pageB.getByRole('alert').filter({ hasText: 'personuppgifter' }).waitFor();
      await pageB
        .locator('#escalation-summary')
        .fill('Utskrivning utan meddelande till hemsjukvården, tredje gången på tre månader.');
      await pageB.getByRole('button', { name: 'Markera som systemfel och eskalera' }).click();
      await pageB.locator('[data-escalations]').getByText('eskalerat till NOSAM').waitFor();
      await pageA.goto(caseUrlA);
      await new CaseViewPage(pageA).openEscalation();
      await pageA.locator('[data-escalations]').getByText('eskalerat till NOSAM').waitFor({ timeout: 30_000 });
      // The escalation is in the case log too, with who did it.
      expect(await pageA.locator('[data-audit-trail]').innerText()).toMatch(
        /Eskalerad som systemfel: NOSAM[^\n]*Anna Berg/,
      );

      // The enrolled screens (inbox, sync indicator, enrollment, the case with its review) are accessible too.
      for (const path of [base, `${base}koppla`, `${base}inkorg`, caseUrlB]) {
        await pageB.goto(path);
        await pageB.locator('main h1').first().waitFor();
        await pageB.waitForLoadState('networkidle');
        const result = await new AxeBuilder({ page: pageB })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(result.violations.map((v) => v.id)).toEqual([]);
      }

      // An administrator revokes A's tablet: its connection is cut and it says so.
      const deviceA = (await server.store.listDevices()).find((d) => d.personName === 'Karin Lind')!;
      await server.store.revokeDevice(deviceA.id, Date.now());
      await pageA.locator('[data-sync-connection="revoked"]').waitFor({ timeout: 15_000 });
      expect(await pageA.getByRole('alert').filter({ hasText: 'spärrad' }).count()).toBeGreaterThan(0);
    },
  );
});
