import type { TestServer } from '../../helpers/appServer';
import { callApi, namedPerson, reportedCase } from '../../helpers/relayFixture';
import type { Writer } from '../../../src/storage/analysisDoc';
import { GRETA, VERA } from './analysisContent';

/**
 * The case every analysis bench works on, set up through the relay's real API: Karin
 * (Göteborg, hemsjukvården) reports a failed discharge to VGR's avdelning 12, and the analysis
 * team is Greta (Göteborg's manager, commissioner) and Vera (VGR's manager), both signing.
 */

/** The directory of `startSeededRelay`, for a relay that also serves the app (which that fixture cannot). */
export async function seedDirectory(server: TestServer): Promise<void> {
  const { store } = server;
  if ((await store.listOrgs()).length > 0) return;
  await store.createOrg({ id: 'goteborg', name: 'Göteborgs stad', type: 'kommun', profileId: 'goteborgsomradet' });
  await store.createUnit({ id: 'gbg-hemsjukvard', orgId: 'goteborg', name: 'Hemsjukvården Centrum' });
  await store.createOrg({ id: 'vgr', name: 'Västra Götalandsregionen', type: 'region', profileId: 'goteborgsomradet' });
  await store.createUnit({ id: 'vgr-avd12', orgId: 'vgr', name: 'Sahlgrenska avdelning 12' });
}

/** A device token for Vera, or for Greta when a bench needs her in Node too. */
export const tokenFor = (server: TestServer, who: Writer) =>
  namedPerson(server, {
    personId: who.personId,
    name: who.name,
    unitId: who === VERA ? 'vgr-avd12' : 'gbg-hemsjukvard',
    role: 'manager',
  }).then((device) => device.token);

/** Reports the case and starts its analysis with Vera's token (she leads the receiving side); returns the case id. */
export async function startAnalysis(server: TestServer, veraToken: string): Promise<string> {
  const karin = await namedPerson(server, {
    personId: 'karin',
    name: 'Karin Lind',
    unitId: 'gbg-hemsjukvard',
    role: 'staff',
  });
  const caseId = await reportedCase(server, karin.token);
  const team = [
    { personId: GRETA.personId, role: 'enhetschef', commissioner: true, signer: true },
    { personId: VERA.personId, role: 'avdelningschef', commissioner: false, signer: true },
  ];
  const res = await callApi(server, `/api/cases/${caseId}/analysis/team`, {
    method: 'PUT',
    token: veraToken,
    body: { team },
  });
  if (res.status !== 200) throw new Error(`could not start the analysis (${res.status})`);
  return caseId;
}
