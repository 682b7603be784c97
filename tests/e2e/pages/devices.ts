import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent } from '../../helpers/chromium';
import { startTestServer, type TestServer } from '../../helpers/appServer';
import type { RelayStore } from '../../../sync-server/src/store/types';
import type { Role } from '../../../src/protocol/identity';
import { createEnrollmentCode } from '../../../sync-server/src/auth/enrollment';
import { EnrollPage } from './EnrollPage';
import { waitForServiceWorkerControl } from './serviceWorker';

/**
 * Devices (persistent Chromium profiles, like tablets) against a relay that a test may stop and
 * start again on the same port and data directory, as when coverage goes and comes back.
 * Everything is closed and removed after the file.
 */
export function useDevicesAndRelay(name: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `samverka-${name}-`));
  const profiles: string[] = [];
  const contexts: BrowserContext[] = [];
  let server: TestServer | null = null;
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await server?.close();
    for (const dir of [dataDir, ...profiles]) rmSync(dir, { recursive: true, force: true });
  });
  return {
    contexts,
    /** Starts the relay with the built app (version A); `port` 0 picks one. */
    async startRelay(port = 0): Promise<TestServer> {
      server = await startTestServer(inject('distA'), port, { dataDir });
      return server;
    },
    async stopRelay(): Promise<void> {
      await server?.close();
      server = null;
    },
    /**
     * The usual cast on a fresh relay: Karin Lind (staff, Hemsjukvården Centrum, Göteborgs stad)
     * on tablet A and Anna Berg (manager, avdelning 12, VGR) on computer B, both enrolled.
     */
    async nurseAndManager(): Promise<{ server: TestServer; base: string; pageA: Page; pageB: Page }> {
      const relay = await this.startRelay();
      const base = `http://127.0.0.1:${relay.port}/`;
      await seedTwoOrganisations(relay.store);
      const codeA = await createEnrollmentCode(relay.store, {
        unitId: 'gbg-hemsjukvard',
        personName: 'Karin Lind',
        role: 'staff',
      });
      const codeB = await createEnrollmentCode(relay.store, {
        unitId: 'vgr-avd12',
        personName: 'Anna Berg',
        role: 'manager',
      });
      const pageA = await this.openDevice(base);
      const pageB = await this.openDevice(base);
      await new EnrollPage(pageA).enroll(codeA.code, 'Surfplatta hemsjukvården');
      await new EnrollPage(pageB).enroll(codeB.code, 'Dator avdelning 12');
      return { server: relay, base, pageA, pageB };
    },
    /**
     * Devices enrolled on a fresh relay with the two organisations, one per person given (a
     * person on two devices is listed twice, with the same id).
     */
    async cast(
      people: { unitId: string; name: string; role: Role; personId: string; device: string }[],
    ): Promise<{ server: TestServer; base: string; pages: Page[] }> {
      const relay = await this.startRelay();
      const base = `http://127.0.0.1:${relay.port}/`;
      await seedTwoOrganisations(relay.store);
      const pages: Page[] = [];
      for (const person of people) {
        const { code } = await createEnrollmentCode(relay.store, {
          unitId: person.unitId,
          personName: person.name,
          role: person.role,
          personId: person.personId,
        });
        const page = await this.openDevice(base);
        await new EnrollPage(page).enroll(code, person.device);
        pages.push(page);
      }
      return { server: relay, base, pages };
    },
    /** A new device with the app loaded and its service worker in control. */
    async openDevice(base: string): Promise<Page> {
      const profile = mkdtempSync(join(tmpdir(), 'samverka-device-'));
      profiles.push(profile);
      const context = await launchPersistent(profile);
      contexts.push(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(base);
      await waitForServiceWorkerControl(page);
      return page;
    },
  };
}

/** Göteborgs stad (kommun: hemsjukvården) and VGR (region: avdelning 12), as in the routines. */
export async function seedTwoOrganisations(store: RelayStore): Promise<void> {
  await store.createOrg({ id: 'goteborg', name: 'Göteborgs stad', type: 'kommun', profileId: 'goteborgsomradet' });
  await store.createUnit({ id: 'gbg-hemsjukvard', orgId: 'goteborg', name: 'Hemsjukvården Centrum' });
  await store.createOrg({ id: 'vgr', name: 'Västra Götalandsregionen', type: 'region', profileId: 'goteborgsomradet' });
  await store.createUnit({ id: 'vgr-avd12', orgId: 'vgr', name: 'Sahlgrenska avdelning 12' });
}
