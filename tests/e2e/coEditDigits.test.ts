import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEnrollmentCode } from '../../sync-server/src/auth/enrollment';
import { analysisCast, sharedAnalysisCase } from '../helpers/relayFixture';
import { AnalysisPage } from './pages/AnalysisPage';
import { EnrollPage } from './pages/EnrollPage';
import { seedTwoOrganisations, useDevicesAndRelay } from './pages/devices';

const devices = useDevicesAndRelay('coedit');

/** Sorted characters: equal for two texts when nothing was lost or added, whatever the order. */
const characters = (text: string) => [...text].sort().join('');

describe('two organisations typing numbers into one analysis text at the same time', () => {
  it(
    'keeps every character both typed on both devices, in place, though numbers are held while typed',
    { timeout: 240_000 },
    async () => {
      const server = await devices.startRelay();
      const base = `http://127.0.0.1:${server.port}/`;
      await seedTwoOrganisations(server.store);
      // The case and its analysis come from the relay's API (Karin reports, Greta starts it with
      // Vera); the two browsers are Greta's and Vera's own devices.
      const cast = await analysisCast(server);
      const caseId = await sharedAnalysisCase(server, cast);
      const enroll = async (page: Page, unitId: string, personId: string, personName: string) => {
        const { code } = await createEnrollmentCode(server.store, { unitId, personId, personName, role: 'manager' });
        await new EnrollPage(page).enroll(code, `Dator ${personName}`);
      };
      const pageA = await devices.openDevice(base);
      const pageB = await devices.openDevice(base);
      const pageErrors: string[] = [];
      for (const page of [pageA, pageB]) page.on('pageerror', (error) => pageErrors.push(error.message));
      await enroll(pageA, 'gbg-hemsjukvard', 'greta', 'Greta Ek');
      await enroll(pageB, 'vgr-avd12', 'vera', 'Vera Berg');

      const a = new AnalysisPage(pageA);
      const b = new AnalysisPage(pageB);
      for (const side of [a, b]) {
        await side.open(base, caseId);
        await side.page.locator('fieldset.analysis-editor:not([disabled])').waitFor({ timeout: 30_000 });
      }

      // A mark both can see; Greta then types before it and Vera after it, both at once.
      await a.field('conclusions').click();
      await pageA.keyboard.type('|');
      await expect.poll(() => b.field('conclusions').inputValue(), { timeout: 10_000 }).toBe('|');
      await b.field('conclusions').click();
      await pageB.keyboard.press('Control+End');
      await pageA.keyboard.press('Control+Home');
      const fromGreta = 'Kl 14.30 ringde avd 12 om 2 doser à 500 mg; svar 16.05. ';
      const fromVera = ' Remiss 3 av 4 saknades, 07.45 och 08.10 (rum 221B).';
      await Promise.all([
        a.field('conclusions').pressSequentially(fromGreta, { delay: 35 }),
        b.field('conclusions').pressSequentially(fromVera, { delay: 35 }),
      ]);

      const expected = `${fromGreta}|${fromVera}`;
      for (const side of [a, b]) {
        await expect.poll(() => side.field('conclusions').inputValue(), { timeout: 10_000 }).toBe(expected);
      }
      // Said once more as "nothing lost or added", for when the order is what differs.
      for (const side of [a, b])
        expect(characters(await side.field('conclusions').inputValue())).toBe(characters(expected));
      // What is shared is what is shown: a reload draws the same text from the device's doc.
      await pageB.reload();
      await b.page.locator('fieldset.analysis-editor:not([disabled])').waitFor({ timeout: 30_000 });
      await expect.poll(() => b.field('conclusions').inputValue(), { timeout: 10_000 }).toBe(expected);
      expect(pageErrors).toEqual([]);
    },
  );
});
