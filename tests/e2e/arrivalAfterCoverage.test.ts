import { describe, expect, it } from 'vitest';
import { ReportFormPage, SAMPLE_REPORT } from './pages/ReportFormPage';
import { useDevicesAndRelay } from './pages/devices';

const devices = useDevicesAndRelay('arrival');

/**
 * Issue 9 §3/§4: a report submitted without coverage reaches the receiving manager's open
 * inbox as soon as the tablet has coverage again, even when the relay restarted meanwhile; no
 * join is refused for arriving first, nobody reloads, and the sync state updates on screen.
 * The 2 s budget itself is checked by `npm run bench`; this test fails when arrival takes
 * longer than a few seconds (before: a 10 s listing poll, and refused joins that took 48 s
 * to over two minutes).
 */
describe('a case submitted offline arrives without a wait', () => {
  it(
    "reaches B's open inbox moments after A regains coverage, right after a relay restart",
    { timeout: 180_000 },
    async () => {
      const cast = await devices.nurseAndManager();
      let server = cast.server;
      const { base, pageA, pageB } = cast;
      const port = server.port;
      const [contextA] = devices.contexts;

      // B keeps the inbox open from here on, and never reloads it.
      await pageB.goto(`${base}inkorg`);
      await pageB.locator('[data-sync-connection="online"]').waitFor({ timeout: 15_000 });
      const inbox = pageB.locator('[data-section="inbox"]');

      // A loses coverage; the relay restarts while A writes and submits the whole report.
      await contextA!.setOffline(true);
      await devices.stopRelay();
      await pageA.goto(base);
      const form = new ReportFormPage(pageA);
      await form.startNew();
      const description = `${SAMPLE_REPORT.description} Ankomsttest.`;
      await form.fillAll({ ...SAMPLE_REPORT, description }, { orgId: 'vgr', unitId: 'vgr-avd12' });
      await form.submit();
      await pageA.waitForURL(/\?skickad=1$/);
      // Not synced yet: the case view says it once, in its status ("Skickad – väntar på synk").
      expect(await pageA.locator('[data-case-status]').getAttribute('data-phrase')).toBe('sentWaitingForSync');

      server = await devices.startRelay(port);
      await pageB.locator('[data-sync-connection="online"]').waitFor({ timeout: 15_000 });
      expect(await inbox.getByText('In- och utskrivning', { exact: true }).count()).toBe(0);

      // Coverage returns to A's tablet.
      const back = Date.now();
      await contextA!.setOffline(false);
      await inbox.getByText('In- och utskrivning', { exact: true }).waitFor({ timeout: 5_000 });
      const arrivedMs = Date.now() - back;
      console.info(`ärendet syntes i B:s öppna inkorg ${arrivedMs} ms efter att A fick täckning`);

      // A's open report view shows the new sync state by itself.
      await pageA.locator('[data-sync-state="synced"]').first().waitFor({ timeout: 5_000 });
      // The relay holds the case, owned by A's unit and sent to B's.
      const cases = await server.store.listChangedCases(0, 10, { unitIds: ['vgr-avd12'], orgIds: [], personId: '' });
      expect(cases.map((c) => [c.ownerUnitId, c.receivingUnitId])).toEqual([['gbg-hemsjukvard', 'vgr-avd12']]);
      // Opening it in B's inbox shows A's words.
      await inbox.locator('.case-row-link').first().click();
      await pageB.locator('[data-field="description"]').waitFor();
      expect(await pageB.locator('[data-field="description"]').innerText()).toBe(description);
    },
  );
});
