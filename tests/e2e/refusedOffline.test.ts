import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { CaseViewPage } from './pages/CaseViewPage';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { useDevicesAndRelay } from './pages/devices';

const devices = useDevicesAndRelay('refused-offline');

describe('an action taken offline and refused on arrival', () => {
  it(
    'is shown to the person who took it, with why, and changes nothing on the other devices',
    { timeout: 240_000 },
    async () => {
      // Karin Lind, nurse in Göteborg; Anna Berg, manager of avdelning 12, on her computer and her tablet.
      const {
        base,
        pages: [nurse, desk, tablet],
      } = await devices.cast([
        { unitId: 'gbg-hemsjukvard', name: 'Karin Lind', role: 'staff', personId: 'karin', device: 'Surfplatta' },
        { unitId: 'vgr-avd12', name: 'Anna Berg', role: 'manager', personId: 'anna', device: 'Dator' },
        { unitId: 'vgr-avd12', name: 'Anna Berg', role: 'manager', personId: 'anna', device: 'Surfplatta' },
      ]);
      if (!nurse || !desk || !tablet) throw new Error('tre enheter');
      // The tablet's sync socket opens with a single-use ticket: its device token is never in a URL.
      const sockets: string[] = [];
      tablet.on('websocket', (ws) => sockets.push(ws.url()));
      await tablet.reload();

      // Karin reports to avdelning 12.
      const form = new ReportFormPage(nurse);
      await nurse.goto(base);
      await form.startNew();
      await form.fillAll(SAMPLE_REPORT, { orgId: 'vgr', unitId: 'vgr-avd12' });
      await form.submit();
      await nurse.waitForURL(/\?skickad=1$/);
      const caseUrl = nurse.url().replace(/\?skickad=1$/, '');

      // Anna's tablet has the case, then loses coverage; she acknowledges it there.
      await tablet.goto(caseUrl);
      const onTablet = new CaseViewPage(tablet);
      await onTablet.description.waitFor({ timeout: 45_000 });
      await tablet.context().setOffline(true);
      await tablet.getByRole('button', { name: 'Bekräfta mottagen' }).click();
      await onTablet.openLog();
      await onTablet.log.locator('[data-pending="true"]', { hasText: 'Bekräfta mottagen' }).waitFor();

      // Meanwhile, at her desk, she answers it (acknowledging it on the way).
      await desk.goto(caseUrl);
      await desk.getByRole('button', { name: 'Bekräfta mottagen' }).click({ timeout: 45_000 });
      const onDesk = new CaseViewPage(desk);
      await onDesk.openLog();
      await onDesk.log.locator('li:not([data-pending])', { hasText: 'Bekräfta mottagen' }).waitFor({ timeout: 30_000 });

      // The tablet comes back: its acknowledgement arrives after hers and is refused, and says so.
      await tablet.context().setOffline(false);
      const notice = tablet.locator('[data-refusals] [data-refused-action="acknowledge"]');
      await notice.waitFor({ timeout: 45_000 });
      expect(await notice.innerText()).toBe(
        'Din åtgärd ”Bekräfta mottagen” godtogs inte: ärendet hade redan gått vidare när den kom fram.',
      );
      expect(await onTablet.log.locator('[data-refused="true"]').innerText()).toContain('Avvisad: Bekräfta mottagen');
      expect(await onTablet.log.locator('[data-pending="true"]').count()).toBe(0);
      expect(sockets.length).toBeGreaterThan(0);
      for (const url of sockets) expect(url).toMatch(/\/sync-multi\?ticket=[A-Za-z0-9_-]+$/);
      const axe = await new AxeBuilder({ page: tablet })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      // Every device reads one acknowledgement, in Anna's name as the relay knows her.
      for (const page of [nurse, desk, tablet]) {
        await page.goto(caseUrl);
        const view = new CaseViewPage(page);
        await view.openLog();
        const logged = view.log.locator('li[data-applied="true"]', { hasText: 'Bekräfta mottagen' });
        await logged.first().waitFor({ timeout: 30_000 });
        expect(await logged.count()).toBe(1);
        expect(await logged.innerText()).toContain('Anna Berg');
      }
    },
  );
});
