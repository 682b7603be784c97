import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseViewPage } from './pages/CaseViewPage';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { useDevicesAndRelay } from './pages/devices';

const devices = useDevicesAndRelay('access-log-screen');

describe("the coordinator's access log", () => {
  it(
    "lists the other organisation's manager opening her organisation's case, filtered by case, for Excel too",
    { timeout: 240_000 },
    async () => {
      const {
        base,
        pages: [nurse, manager, coordinator],
      } = await devices.cast([
        { unitId: 'gbg-hemsjukvard', name: 'Karin Lind', role: 'staff', personId: 'karin', device: 'Surfplatta' },
        { unitId: 'vgr-avd12', name: 'Anna Berg', role: 'manager', personId: 'anna', device: 'Dator' },
        {
          unitId: 'gbg-hemsjukvard',
          name: 'Sara Ek',
          role: 'coordinator',
          personId: 'sara',
          device: 'Dator samordnare',
        },
      ]);
      if (!nurse || !manager || !coordinator) throw new Error('tre enheter');

      // Karin (Göteborgs stad) reports to avdelning 12 (VGR) while Anna's computer has no network;
      // Anna opens the case's link: not on her device yet, it opens by itself once sync brings it.
      await manager.context().setOffline(true);
      const form = new ReportFormPage(nurse);
      await nurse.goto(base);
      await form.startNew();
      await form.fillAll(SAMPLE_REPORT, { orgId: 'vgr', unitId: 'vgr-avd12' });
      await form.submit();
      await nurse.waitForURL(/\?skickad=1$/);
      const caseUrl = nurse.url().replace(/\?skickad=1$/, '');
      const caseId = caseUrl.split('/').pop()!;
      await manager.goto(caseUrl);
      await manager.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await new CaseViewPage(manager).description.count()).toBe(0);
      await manager.context().setOffline(false);
      await new CaseViewPage(manager).description.waitFor({ timeout: 45_000 });
      expect(manager.url()).toBe(caseUrl);

      // Göteborg's coordinator goes from Inkorg to the access log.
      await coordinator.goto(`${base}inkorg`);
      await coordinator.locator('[data-access-log-link]').click();
      await coordinator.waitForURL(/\/atkomstlogg$/);
      expect(await coordinator.title()).toBe('Åtkomstlogg – Samverka');
      const rows = coordinator.locator('[data-access-rows] li');
      await rows.first().waitFor({ timeout: 30_000 });
      const anna = rows.filter({ hasText: 'Anna Berg' }).filter({ hasText: 'Öppnade rapporten' });
      expect(await anna.count()).toBeGreaterThan(0);
      expect(await anna.first().innerText()).toMatch(/Beviljad[\s\S]*Anna Berg \(enhetschef\), vgr-avd12, vgr/);

      // Filtered by the case, only its accesses remain; focus goes to the count.
      await coordinator.locator('#access-case').fill(caseId);
      await coordinator.getByRole('button', { name: 'Visa' }).click();
      await expect.poll(() => coordinator.evaluate(() => document.activeElement?.id)).toBe('access-count');
      const links = await coordinator
        .locator('[data-access-rows] a')
        .evaluateAll((a) => a.map((l) => l.getAttribute('href')));
      expect(new Set(links)).toEqual(new Set([`/rapport/${caseId}`]));

      // The download is CSV for Swedish Excel.
      const [download] = await Promise.all([
        coordinator.waitForEvent('download'),
        coordinator.getByRole('link', { name: 'Ladda ner som CSV (Excel)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^atkomstlogg-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = readFileSync((await download.path())!);
      const csv = { bom: [...bytes.subarray(0, 3)], text: bytes.toString('utf8') };
      expect(csv.bom).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.text.split('\r\n')[0]).toBe(
        '\uFEFFTid;Vad;Utfall;Person;Person-id;Roll;Enhet;Organisation;Ärende;Del',
      );
      expect(csv.text).toContain(';Anna Berg;anna;manager;vgr-avd12;vgr;');

      const axe = await new AxeBuilder({ page: coordinator })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      // At 320 px nothing scrolls sideways.
      await coordinator.setViewportSize({ width: 320, height: 640 });
      expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      // A manager is told the log is her coordinator's.
      await manager.goto(`${base}atkomstlogg`);
      await manager.getByText('Åtkomstloggen är till för organisationens samordnare.').waitFor();
    },
  );
});
