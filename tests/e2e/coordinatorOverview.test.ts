import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEnrollmentCode } from '../../sync-server/src/auth/enrollment';
import { namedPerson } from '../helpers/relayFixture';
import { seedSubmittedCase, type SeedParty } from '../helpers/seededCases';
import { EnrollPage } from './pages/EnrollPage';
import { InboxPage } from './pages/InboxPage';
import { useDevicesAndRelay } from './pages/devices';

const devices = useDevicesAndRelay('overview');

const GBG = { orgId: 'goteborg', orgName: 'Göteborgs stad' };
const VGR = { orgId: 'vgr', orgName: 'Västra Götalandsregionen' };
const hemsjukvard: SeedParty = { ...GBG, unitId: 'gbg-hemsjukvard', unitName: 'Hemsjukvården Centrum' };
const hemtjanst: SeedParty = { ...GBG, unitId: 'gbg-hemtjanst', unitName: 'Hemtjänsten Centrum' };
const avd12: SeedParty = { ...VGR, unitId: 'vgr-avd12', unitName: 'Sahlgrenska avdelning 12' };
const avd14: SeedParty = { ...VGR, unitId: 'vgr-avd14', unitName: 'Östra avdelning 14' };

const sorted = (ids: string[]) => [...ids].sort();

async function waitForRows(inbox: InboxPage, n: number): Promise<void> {
  await expect
    .poll(async () => (await inbox.caseIds()).length, { timeout: 45_000, message: `${n} ärenden i inkorgen` })
    .toBe(n);
}

/**
 * Issue 11 §3–§4, as VGR's coordinator and a unit manager meet it: the coordinator's counts per
 * unit match the seeded cases and each links to exactly those cases; cases to and from her units
 * stay apart; the manager lands on Inkorg, her rows say who reported and how many days are left,
 * and what she does herself never marks a case "Ny".
 */
describe("the coordinator's overview and the manager's inbox", () => {
  it('count, link and word the cases as the seeded log says', { timeout: 240_000 }, async () => {
    const server = await devices.startRelay();
    const base = `http://127.0.0.1:${server.port}/`;
    const store = server.store;
    for (const org of [GBG, VGR]) {
      await store.createOrg({
        id: org.orgId,
        name: org.orgName,
        type: org === GBG ? 'kommun' : 'region',
        profileId: 'goteborgsomradet',
      });
    }
    for (const unit of [hemsjukvard, hemtjanst, avd12, avd14]) {
      await store.createUnit({ id: unit.unitId, orgId: unit.orgId, name: unit.unitName });
    }
    const karin = {
      ...(await namedPerson(server, {
        personId: 'karin',
        name: 'Karin Lind',
        unitId: hemsjukvard.unitId,
        role: 'staff',
      })),
      name: 'Karin Lind',
    };
    const hanna = {
      ...(await namedPerson(server, { personId: 'hanna', name: 'Hanna Ek', unitId: hemtjanst.unitId, role: 'staff' })),
      name: 'Hanna Ek',
    };
    const olle = {
      ...(await namedPerson(server, { personId: 'olle', name: 'Olle Berg', unitId: avd12.unitId, role: 'staff' })),
      name: 'Olle Berg',
    };

    // Seven cases: five to avdelning 12 or 14 from Göteborg, one answered, two overdue, and one VGR sent.
    const a = await seedSubmittedCase(server, karin, {
      from: hemsjukvard,
      to: avd12,
      submittedDaysAgo: 70,
      description: 'Utskrivning på fredagskvällen utan meddelande till hemsjukvården',
    });
    const b = await seedSubmittedCase(server, hanna, {
      from: hemtjanst,
      to: avd12,
      submittedDaysAgo: 5,
      description: 'SIP-mötet ställdes in utan att hemtjänsten fick veta',
      agreementId: 'vg-sip',
    });
    const c = await seedSubmittedCase(server, karin, {
      from: hemsjukvard,
      to: avd14,
      submittedDaysAgo: 80,
      description: 'Läkemedelslistan saknades vid hemgång',
    });
    const d = await seedSubmittedCase(server, karin, {
      from: hemsjukvard,
      to: avd14,
      submittedDaysAgo: 3,
      description: 'Hjälpmedel kom inte fram före hemgång',
      then: ['acknowledge', 'answer'],
    });
    const e = await seedSubmittedCase(server, olle, {
      from: avd12,
      to: hemsjukvard,
      submittedDaysAgo: 2,
      description: 'Ingen tog emot patienten i hemmet',
    });
    const f = await seedSubmittedCase(server, karin, {
      from: hemsjukvard,
      to: avd12,
      submittedDaysAgo: 20,
      description: 'Ännu en utskrivning utan meddelande',
    });
    const g = await seedSubmittedCase(server, karin, {
      from: hemsjukvard,
      to: avd12,
      submittedDaysAgo: 10,
      description: 'Återigen utskriven utan meddelande en lördag',
    });

    const codeCoordinator = await createEnrollmentCode(store, {
      unitId: avd12.unitId,
      personName: 'Cecilia Samordnare',
      role: 'coordinator',
    });
    const codeManager = await createEnrollmentCode(store, {
      unitId: avd12.unitId,
      personName: 'Vera Berg',
      role: 'manager',
    });
    const coordinator = await devices.openDevice(base);
    const manager = await devices.openDevice(base);
    for (const page of [coordinator, manager]) await page.setViewportSize({ width: 1280, height: 800 });
    await new EnrollPage(coordinator).enroll(codeCoordinator.code, 'Dator samordnare');
    await new EnrollPage(manager).enroll(codeManager.code, 'Dator avdelning 12');

    // --- The coordinator opens the app and lands on Inkorg: cases to her units first.
    await coordinator.goto(base);
    await coordinator.waitForURL(/\/inkorg$/);
    const inbox = new InboxPage(coordinator);
    await waitForRows(inbox, 6);
    expect(sorted(await inbox.caseIds())).toEqual(sorted([a, b, c, d, f, g]));
    expect(await inbox.direction('received').getAttribute('aria-current')).toBe('page');
    expect(await inbox.direction('received').innerText()).toBe('Till våra enheter (6)');
    expect(await inbox.direction('sent').innerText()).toBe('Från våra enheter (1)');
    // The cases are on the first screen, above the filters, which wait behind "Filtrera".
    const firstRow = await inbox.results.locator('.case-row').first().boundingBox();
    expect(firstRow!.y + 40).toBeLessThan(800);
    expect(await inbox.filterToggle.getAttribute('aria-expanded')).toBe('false');
    expect(await coordinator.locator('#inbox-status').count()).toBe(0);

    // Per unit: new, overdue and unanswered, as seeded (nothing opened on this device yet).
    const expected: Record<string, Record<'new' | 'overdue' | 'unanswered', string[]>> = {
      'vgr-avd12': { new: [a, b, f, g], overdue: [a], unanswered: [a, b, f, g] },
      'vgr-avd14': { new: [c, d], overdue: [c], unanswered: [c] },
    };
    for (const [unit, kinds] of Object.entries(expected)) {
      for (const [kind, ids] of Object.entries(kinds) as ['new' | 'overdue' | 'unanswered', string[]][]) {
        expect(await inbox.count(unit, kind), `${unit} ${kind}`).toBe(String(ids.length));
      }
    }
    // Each count links to the list showing exactly those cases, with the filter in the address.
    for (const [unit, kinds] of Object.entries(expected)) {
      for (const [kind, ids] of Object.entries(kinds) as ['new' | 'overdue' | 'unanswered', string[]][]) {
        await inbox.countCell(unit, kind).locator('a').click();
        await coordinator.waitForURL((url) => url.searchParams.get('enhet') === unit);
        await expect
          .poll(async () => sorted(await inbox.caseIds()), { message: `${unit} ${kind}` })
          .toEqual(sorted(ids));
        // The address alone shows the same list (a link that works when shared or reloaded).
        await coordinator.reload();
        await expect.poll(async () => sorted(await inbox.caseIds()), { timeout: 15_000 }).toEqual(sorted(ids));
        await coordinator.goto(`${base}inkorg`);
        await waitForRows(inbox, 6);
      }
    }
    // The recurring pattern (three from Hemsjukvården Centrum about discharge) links to its cases.
    const pattern = coordinator.locator('[data-recurrence-pattern]');
    await pattern.first().waitFor();
    expect(await pattern.count()).toBe(1);
    const patternLinks = await pattern.locator('a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(sorted(patternLinks as string[])).toEqual(sorted([a, f, g].map((id) => `/rapport/${id}`)));

    // The reporting organisation filter offers every organisation in the directory.
    await inbox.filterToggle.click();
    expect(await inbox.filterToggle.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() => coordinator.locator('#inbox-counterpart option').allInnerTexts())
      .toEqual(['Alla', 'Göteborgs stad', 'Västra Götalandsregionen']);

    // Sent apart from received: what her units reported, addressed to the other side.
    await inbox.direction('sent').click();
    await coordinator.waitForURL(/riktning=fran/);
    await expect.poll(() => inbox.caseIds()).toEqual([e]);
    expect(await inbox.row(e).locator('[data-row-unit]').innerText()).toBe('Till Hemsjukvården Centrum');
    expect(await inbox.count('Sahlgrenska avdelning 12', 'unanswered')).toBe('1');
    expect(await coordinator.locator('main').innerText()).not.toContain('Skickade');

    // --- The manager of avdelning 12 opens the app and lands on Inkorg too.
    await manager.goto(base);
    await manager.waitForURL(/\/inkorg$/);
    const own = new InboxPage(manager);
    await waitForRows(own, 4);
    expect(sorted(await own.caseIds())).toEqual(sorted([a, b, f, g]));
    // Her rows say who reported, how late or how many days are left, and what happened.
    const rowA = own.row(a);
    expect(await rowA.locator('[data-row-unit]').innerText()).toBe('Från Hemsjukvården Centrum');
    expect(await rowA.locator('[data-days]').innerText()).toBe('försenad 10 dagar');
    expect(await rowA.locator('.case-row-title').innerText()).toBe(
      'Utskrivning på fredagskvällen utan meddelande till hemsjukvården',
    );
    expect(await own.row(b).locator('[data-row-unit]').innerText()).toBe('Från Hemtjänsten Centrum');
    expect(await own.row(b).locator('[data-days]').innerText()).toBe('55 dagar kvar');
    expect(await own.row(b).locator('[data-flag="new"]').count()).toBe(1);

    // She opens a case and acknowledges it: her own action does not make it "Ny" again.
    await own.row(b).locator('.case-row-link').click();
    await manager.getByRole('button', { name: 'Bekräfta mottagen' }).click();
    await waitForStatus(manager, own, b, 'Bekräfta mottagen', 'Mottagen');
    expect(await own.row(b).locator('[data-flag="new"]').count()).toBe(0);
    // Nor does answering it.
    await own.row(b).locator('.case-row-link').click();
    await manager.locator('#answer-cause').fill('Kallelsen gick till fel adress.');
    await manager.locator('#answer-actions').fill('Adresslistan är rättad.');
    await manager.locator('input[name="answer-jointAnalysisNeeded"][value="no"]').check();
    await manager.getByRole('button', { name: 'Skicka svaret' }).click();
    await waitForStatus(manager, own, b, 'Skicka svaret', 'Besvarad');
    // Still not new after the relay has confirmed it and the background pass has run.
    await manager.waitForTimeout(2_000);
    expect(await own.row(b).locator('[data-flag="new"]').count()).toBe(0);
    expect(await own.row(a).locator('[data-flag="new"]').count()).toBe(1);
  });
});

/** Reads a case's index row on the device (what the lists read). */
function indexRowOf(page: Page, caseId: string): Promise<{ status: string } | undefined> {
  return page.evaluate(
    (id) =>
      new Promise<{ status: string } | undefined>((resolve, reject) => {
        const open = indexedDB.open('samverka');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('cases').objectStore('cases').get(id);
          get.onsuccess = () => resolve(get.result as { status: string } | undefined);
          get.onerror = () => reject(get.error);
        };
      }),
    caseId,
  );
}

const STATUS_IDS: Record<string, string> = { Mottagen: 'received', Besvarad: 'answered' };

/**
 * Once the pressed button is gone and the case's index row holds the new status (written 50 ms
 * after the action), goes back to the inbox until the case's row shows it.
 */
async function waitForStatus(page: Page, inbox: InboxPage, caseId: string, pressed: string, status: string) {
  await page.getByRole('button', { name: pressed }).waitFor({ state: 'detached', timeout: 15_000 });
  await expect.poll(async () => (await indexRowOf(page, caseId))?.status).toBe(STATUS_IDS[status]);
  await page.goto(page.url().replace(/\/rapport\/.*$/, '/inkorg'));
  await expect.poll(() => inbox.row(caseId).locator('.badge--status').innerText(), { timeout: 15_000 }).toBe(status);
}
