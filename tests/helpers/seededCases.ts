import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { TestServer } from './appServer';
import { callApi, createdCase, syncClient } from './relayFixture';
import type { CaseAction } from '../../src/domain/status';
import type { LoggedActor } from '../../src/domain/caseLog';
import { importCaseLog } from '../../sync-server/src/caseLog/importLog';

const DAY = 24 * 3600 * 1000;

export interface SeedParty {
  orgId: string;
  orgName: string;
  unitId: string;
  unitName: string;
}

export interface SeedCase {
  from: SeedParty;
  to: SeedParty;
  /** Days since the report was submitted (the deadline counts from it in Göteborgsområdet). */
  submittedDaysAgo: number;
  description: string;
  agreementId?: string;
  /** Later steps in the case log, by the receiving unit, a minute apart. */
  then?: CaseAction[];
}

/**
 * A case as the author's device writes it (report and log in their relay rooms, as the app lays
 * them out), then submitted to the receiving unit: quick seeding for list and inbox tests.
 * Returns the case id.
 */
export async function seedSubmittedCase(
  server: TestServer,
  author: { token: string; personId: string; name: string },
  input: SeedCase,
  now = Date.now(),
): Promise<string> {
  const caseId = await createdCase(server, author.token);
  const submittedAt = now - input.submittedDaysAgo * DAY;
  const eventDate = new Date(submittedAt - DAY).toISOString().slice(0, 10);
  const report = new Y.Doc();
  report.transact(() => {
    const meta = report.getMap('meta');
    meta.set('createdAt', submittedAt - 3600_000);
    meta.set('authorPersonId', author.personId);
    const fields = report.getMap('fields');
    const scalars: Record<string, string> = {
      profileId: 'goteborgsomradet',
      eventType: 'occurred',
      eventDate,
      discoveredDate: eventDate,
      reporterName: author.name,
      reporterRole: 'Sjuksköterska',
      reporterUnit: input.from.unitName,
      reporterOrganisation: input.from.orgName,
      receivingOrganisation: input.to.orgName,
      receivingUnit: input.to.unitName,
      receivingOrgId: input.to.orgId,
      receivingUnitId: input.to.unitId,
      agreementId: input.agreementId ?? 'vg-utskrivning',
      area: 'utskrivning',
    };
    for (const [key, value] of Object.entries(scalars)) fields.set(key, value);
    report.getText('description').insert(0, input.description);
  });
  const actor = (party: SeedParty, personId: string, name: string, role: 'staff' | 'manager'): LoggedActor => ({
    personId,
    name,
    role,
    unitId: party.unitId,
    unit: party.unitName,
    orgId: party.orgId,
    organisation: party.orgName,
  });
  // Back-dated history, logged as the relay would have logged it then.
  await importCaseLog(server.store, caseId, [
    {
      id: randomUUID(),
      action: 'submit',
      at: submittedAt,
      actor: actor(input.from, author.personId, author.name, 'staff'),
    },
    ...(input.then ?? []).map((action, i) => ({
      id: randomUUID(),
      action,
      at: submittedAt + (i + 1) * 60_000,
      actor: actor(input.to, `chef-${input.to.unitId}`, 'Enhetschef', 'manager'),
    })),
  ]);
  const client = syncClient(server, author.token);
  try {
    await client.join(caseId, report).whenSynced();
  } finally {
    client.stop();
  }
  const res = await callApi(server, `/api/cases/${caseId}/submit`, {
    token: author.token,
    body: { receivingUnitId: input.to.unitId },
  });
  if (!res.ok) throw new Error(`kunde inte skicka ärendet (${res.status})`);
  return caseId;
}
