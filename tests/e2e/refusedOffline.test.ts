import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { createEnrollmentCode } from '../../sync-server/src/auth/enrollment';
import { CaseViewPage } from './pages/CaseViewPage';
import { EnrollPage } from './pages/EnrollPage';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { seedTwoOrganisations, useDevicesAndRelay } from './pages/devices';

const devices = useDevicesAndRelay('refused-offline');

describe('an action taken offline and refused on arrival', () => {
  it(
    'is shown to the person who took it, with why, and changes nothing on the other devices',
    { timeout: 240_000 },
    async () => {
      const relay = await devices.startRelay();
      const base = `http://127.0.0.1:${relay.port}/`;
      await seedTwoOrganisations(relay.store);
      const code = (unitId: string, personName: string, role: 'staff' | 'manager', personId: string) =>
        createEnrollmentCode(relay.store, { unitId, personName, role, personId }).then((c) => c.code);
      const nurse = await devices.openDevice(base);
      const desk = await devices.openDevice(base);
      const tablet = await devices.openDevice(base);
      await new EnrollPage(nurse).enroll(await code('gbg-hemsjukvard', 'Karin Lind', 'staff', 'karin'), 'Surfplatta');
      // Anna Berg, manager of avdelning 12, on her computer and on her tablet.
      await new EnrollPage(desk).enroll(await code('vgr-avd12', 'Anna Berg', 'manager', 'anna'), 'Dator');
      await new EnrollPage(tablet).enroll(await code('vgr-avd12', 'Anna Berg', 'manager', 'anna'), 'Surfplatta');

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
