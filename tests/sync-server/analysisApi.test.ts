import { toBase64 } from 'lib0/buffer';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mayReopen } from '../../src/domain/analysisRules';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import { callApi, namedPerson, reportedCase, startSeededRelay, syncClient } from '../helpers/relayFixture';
import {
  AnalysisStatusSchema,
  PeopleResponseSchema,
  VersionContentSchema,
  type TeamMember,
} from '../../src/protocol/analysisApi';
import { CaseListingSchema } from '../../src/protocol/api';
import { roomName } from '../../src/protocol/rooms';
import type { MultiplexClient } from '../../src/sync/multiplexClient';

let server: TestServer;
type Device = Awaited<ReturnType<typeof namedPerson>>;
let karin: Device, chefGbg: Device, sskGbg: Device, hemtjanst: Device, chefVgr: Device, uskVgr: Device;
let outsider: Device;
const clients: MultiplexClient[] = [];

beforeAll(async () => {
  server = await startSeededRelay();
  await server.store.createOrg({ id: 'annan', name: 'Annan vård AB', type: 'privat', profileId: 'goteborgsomradet' });
  await server.store.createUnit({ id: 'annan-1', orgId: 'annan', name: 'Annan enhet' });
  const person = (personId: string, name: string, unitId: string, role: 'staff' | 'manager') =>
    namedPerson(server, { personId, name, unitId, role });
  karin = await person('karin', 'Karin Lind', 'gbg-hemsjukvard', 'staff');
  chefGbg = await person('chef-gbg', 'Greta Ek', 'gbg-hemsjukvard', 'manager');
  sskGbg = await person('ssk-gbg', 'Sara Ås', 'gbg-hemsjukvard', 'staff');
  hemtjanst = await person('hemtjanst', 'Hugo Holm', 'gbg-hemtjanst', 'staff');
  chefVgr = await person('chef-vgr', 'Vera Berg', 'vgr-avd12', 'manager');
  uskVgr = await person('usk-vgr', 'Ulf Ström', 'vgr-avd12', 'staff');
  outsider = await person('annan-chef', 'Anna Annan', 'annan-1', 'manager');
  const revoked = await person('rolf', 'Rolf Spärrad', 'vgr-avd12', 'staff');
  await server.store.revokeDevice(revoked.deviceId, Date.now());
});
afterEach(() => {
  for (const client of clients.splice(0)) client.stop();
});
afterAll(async () => {
  await server?.close();
});

const member = (personId: string, overrides: Partial<TeamMember> = {}): TeamMember => ({
  personId,
  role: 'deltagare',
  commissioner: false,
  signer: false,
  ...overrides,
});
/** Greta (Göteborg) commissions and signs, Vera (VGR) signs, Hugo from another Göteborg unit takes part. */
const TEAM = [
  member('chef-gbg', { role: 'enhetschef', commissioner: true, signer: true }),
  member('chef-vgr', { role: 'avdelningschef', signer: true }),
  member('hemtjanst', { role: 'undersköterska' }),
];

const putTeam = (caseId: string, token: string, team: TeamMember[]) =>
  callApi(server, `/api/cases/${caseId}/analysis/team`, { method: 'PUT', token, body: { team } });
const status = async (res: Response) => v.parse(AnalysisStatusSchema, await res.json());

/** A case from Göteborg's hemsjukvård to VGR's avdelning 12, with the analysis started by Greta. */
async function startedAnalysis(): Promise<string> {
  const caseId = await reportedCase(server, karin.token);
  const res = await putTeam(caseId, chefGbg.token, TEAM);
  expect(res.status).toBe(200);
  return caseId;
}

/** A device's copy of the analysis, synced with the relay. */
async function openAnalysis(token: string, caseId: string) {
  const client = syncClient(server, token);
  clients.push(client);
  const doc = new Y.Doc();
  const binding = client.join(roomName(caseId, 'analysis'), doc);
  await binding.whenSynced();
  const edit = async (change: (text: Y.Text) => void) => {
    change(doc.getText('analysis'));
    await vi.waitFor(() => expect(binding.state).toBe('synced'));
  };
  return { doc, edit, text: () => doc.getText('analysis').toString() };
}

const signoff = (caseId: string, token: string, doc: Y.Doc, version = 1) =>
  callApi(server, `/api/cases/${caseId}/analysis/signoff`, {
    token,
    body: { version, stateVector: toBase64(Y.encodeStateVector(doc)) },
  });
const reopen = (caseId: string, token: string, version: number) =>
  callApi(server, `/api/cases/${caseId}/analysis/reopen`, { token, body: { version, reason: 'Ny information' } });

describe('joint analysis API', () => {
  it("lists the enrolled people of the case's two organisations to its leads, once the case is submitted", async () => {
    const draft = await reportedCase(server, chefGbg.token, null);
    expect((await callApi(server, `/api/cases/${draft}/people`, { token: chefGbg.token })).status).toBe(409);

    const caseId = await reportedCase(server, karin.token);
    const res = await callApi(server, `/api/cases/${caseId}/people`, { token: chefVgr.token });
    expect(res.status).toBe(200);
    const { people } = v.parse(PeopleResponseSchema, await res.json());
    expect(people.map((p) => p.personId).sort()).toEqual(
      ['chef-gbg', 'chef-vgr', 'hemtjanst', 'karin', 'ssk-gbg', 'usk-vgr'].sort(),
    );
    expect(people.find((p) => p.personId === 'hemtjanst')).toEqual({
      personId: 'hemtjanst',
      name: 'Hugo Holm',
      role: 'staff',
      unitId: 'gbg-hemtjanst',
      orgId: 'goteborg',
    });
    for (const device of [karin, sskGbg, outsider]) {
      expect((await callApi(server, `/api/cases/${caseId}/people`, { token: device.token })).status).toBe(403);
    }
    expect((await callApi(server, `/api/cases/${caseId}/people`)).status).toBe(401);
  });

  it('refuses a team that breaks a rule, with the reason in Swedish', async () => {
    const caseId = await reportedCase(server, karin.token);
    const refused = async (team: TeamMember[], pattern: RegExp) => {
      const res = await putTeam(caseId, chefGbg.token, team);
      expect(res.status).toBe(400);
      expect((await res.json()).message).toMatch(pattern);
    };
    await refused([...TEAM, member('annan-chef')], /okänd person/);
    await refused([...TEAM, member('rolf')], /okänd person/);
    await refused([...TEAM, member('hemtjanst')], /bara finnas en gång/);
    await refused([...TEAM, member('ssk-gbg', { commissioner: true })], /exakt en uppdragsgivare/);
    await refused([TEAM[0]!, member('chef-vgr'), member('usk-vgr')], /en ansvarig chef per organisation/);
    await refused([TEAM[0]!, member('usk-vgr', { signer: true }), member('chef-vgr')], /chef eller samordnare/);
    await refused([TEAM[0]!], /Ogiltig förfrågan/);
    expect((await putTeam(caseId, sskGbg.token, TEAM)).status).toBe(403);
    expect((await callApi(server, `/api/cases/${caseId}/analysis`, { token: chefGbg.token })).status).toBe(404);
  });

  it('lets a staff member on the team see the case and write the analysis; a colleague off the team cannot join', async () => {
    const caseId = await startedAnalysis();
    const listing = v.parse(
      CaseListingSchema,
      await (await callApi(server, '/api/cases?since=0', { token: hemtjanst.token })).json(),
    );
    expect(listing.cases.find((c) => c.caseId === caseId)).toMatchObject({ analysis: { version: 1, locked: false } });

    const current = await status(await callApi(server, `/api/cases/${caseId}/analysis`, { token: hemtjanst.token }));
    expect(current).toMatchObject({
      version: 1,
      locked: false,
      signingOrgIds: ['goteborg', 'vgr'],
      startedBy: 'chef-gbg',
    });
    expect(current.team.find((m) => m.personId === 'hemtjanst')).toMatchObject({
      name: 'Hugo Holm',
      orgId: 'goteborg',
    });

    const hugo = await openAnalysis(hemtjanst.token, caseId);
    await hugo.edit((t) => t.insert(0, 'Hugos iakttagelse. '));
    const vera = await openAnalysis(chefVgr.token, caseId);
    await vi.waitFor(() => expect(vera.text()).toBe('Hugos iakttagelse. '));

    const stranger = syncClient(server, uskVgr.token);
    clients.push(stranger);
    await expect(stranger.join(roomName(caseId, 'analysis'), new Y.Doc()).whenSynced()).rejects.toThrow(/4403/);
    const strangerListing = await (await callApi(server, '/api/cases?since=0', { token: sskGbg.token })).json();
    expect(strangerListing.cases.map((c: { caseId: string }) => c.caseId)).not.toContain(caseId);
  });

  it('lets the commissioner change the team, and drops a signature whose signer no longer signs', async () => {
    const caseId = await reportedCase(server, karin.token);
    const team = [
      member('hemtjanst', { commissioner: true }),
      ...TEAM.slice(0, 2).map((m) => ({ ...m, commissioner: false })),
    ];
    expect((await putTeam(caseId, chefGbg.token, team)).status).toBe(200);
    const greta = await openAnalysis(chefGbg.token, caseId);
    expect((await signoff(caseId, chefGbg.token, greta.doc)).status).toBe(200);

    const withoutGreta = [team[0]!, team[2]!, member('ssk-gbg', { commissioner: false }), member('chef-gbg')];
    expect((await putTeam(caseId, hemtjanst.token, withoutGreta)).status).toBe(400); // no Göteborg signer
    const coordinator = await namedPerson(server, {
      personId: 'samordnare-gbg',
      name: 'Siv Samordnare',
      unitId: 'gbg-hemtjanst',
      role: 'coordinator',
    });
    const changed = await status(
      await putTeam(caseId, hemtjanst.token, [...withoutGreta, member(coordinator.personId, { signer: true })]),
    );
    expect(changed.team.map((m) => m.personId)).toContain('samordnare-gbg');
    expect(changed.signatures).toEqual([]);
    expect((await putTeam(caseId, sskGbg.token, team)).status).toBe(403);
  });

  // Two devices edit and sign over a real relay: on two busy cores with every file in parallel it
  // has taken just over the default 5 s.
  it(
    'takes a signature only from the signer for their organisation, only on the current state, and locks when both have signed',
    { timeout: 20_000 },
    async () => {
      const caseId = await startedAnalysis();
      const greta = await openAnalysis(chefGbg.token, caseId);
      const vera = await openAnalysis(chefVgr.token, caseId);
      await greta.edit((t) => t.insert(0, 'Orsak: rutinen saknades.'));
      await vi.waitFor(() => expect(vera.text()).toBe('Orsak: rutinen saknades.'), { timeout: 5_000 });
      const before = Y.encodeStateVector(greta.doc);
      await vera.edit((t) => t.insert(t.length, ' Åtgärd: ny rutin.'));
      await vi.waitFor(() => expect(greta.text()).toBe(vera.text()), { timeout: 5_000 });

      expect((await signoff(caseId, hemtjanst.token, greta.doc)).status).toBe(403);
      const stale = await callApi(server, `/api/cases/${caseId}/analysis/signoff`, {
        token: chefGbg.token,
        body: { version: 1, stateVector: toBase64(before) },
      });
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({
        error: 'stale',
        message: expect.stringMatching(/ändrats sedan du läste/),
      });
      expect((await signoff(caseId, chefGbg.token, greta.doc, 2)).status).toBe(409);
      const huge = await callApi(server, `/api/cases/${caseId}/analysis/signoff`, {
        token: chefGbg.token,
        body: { version: 1, stateVector: 'A'.repeat(600_000) },
      });
      expect(huge.status).toBe(413);

      const first = await status(await signoff(caseId, chefGbg.token, greta.doc));
      expect(first).toMatchObject({
        locked: false,
        signatures: [{ orgId: 'goteborg', personId: 'chef-gbg', name: 'Greta Ek' }],
      });
      const second = await status(await signoff(caseId, chefVgr.token, vera.doc));
      expect(second).toMatchObject({ version: 1, locked: true });
      expect(second.signatures.map((s) => s.orgId).sort()).toEqual(['goteborg', 'vgr']);
      expect(second.versions).toMatchObject([{ number: 1, reopened: null }]);
      const again = await signoff(caseId, chefVgr.token, vera.doc);
      expect(again.status).toBe(409);
      expect((await again.json()).error).toBe('locked');
    },
  );

  it('does not lock when the text changed after the first signature, even by a deletion alone', async () => {
    const caseId = await startedAnalysis();
    const greta = await openAnalysis(chefGbg.token, caseId);
    const vera = await openAnalysis(chefVgr.token, caseId);
    await greta.edit((t) => t.insert(0, 'Personalen var inte informerad.'));
    await vi.waitFor(() => expect(vera.text()).toBe('Personalen var inte informerad.'));
    expect((await status(await signoff(caseId, chefGbg.token, greta.doc))).locked).toBe(false);

    // A deletion does not move the state vector, so Vera's vector still equals Greta's.
    await vera.edit((t) => t.delete(t.toString().indexOf(' inte'), 5));
    await vi.waitFor(() => expect(greta.text()).toBe('Personalen var informerad.'));
    expect(Y.encodeStateVector(vera.doc)).toEqual(Y.encodeStateVector(greta.doc));
    expect((await status(await signoff(caseId, chefVgr.token, vera.doc))).locked).toBe(false);
    expect((await status(await signoff(caseId, chefGbg.token, greta.doc))).locked).toBe(true);
  });

  it('reopens a locked version for its commissioner too, as the app offers (one rule for both)', async () => {
    const caseId = await reportedCase(server, karin.token);
    const team = [
      member('hemtjanst', { commissioner: true }),
      ...TEAM.slice(0, 2).map((m) => ({ ...m, commissioner: false })),
    ];
    expect((await putTeam(caseId, chefGbg.token, team)).status).toBe(200);
    const greta = await openAnalysis(chefGbg.token, caseId);
    await greta.edit((t) => t.insert(0, 'Version ett.'));
    await signoff(caseId, chefGbg.token, greta.doc);
    expect((await status(await signoff(caseId, chefVgr.token, greta.doc))).locked).toBe(true);
    expect(mayReopen({ locked: true, team: team.map((m) => ({ ...m, orgId: 'goteborg' })) }, 'hemtjanst', false)).toBe(
      true,
    );
    expect((await status(await reopen(caseId, hemtjanst.token, 1))).version).toBe(2);
  });

  it('reopens a locked version for a signer or a lead, as the next version without signatures', async () => {
    const caseId = await startedAnalysis();
    const greta = await openAnalysis(chefGbg.token, caseId);
    await greta.edit((t) => t.insert(0, 'Version ett.'));
    expect((await reopen(caseId, chefGbg.token, 1)).status).toBe(409); // not locked yet
    await signoff(caseId, chefGbg.token, greta.doc);
    await signoff(caseId, chefVgr.token, greta.doc);

    // The team may change while locked; the locked version keeps its signatures.
    const regrouped = await status(await putTeam(caseId, chefVgr.token, [...TEAM, member('ssk-gbg')]));
    expect(regrouped).toMatchObject({ version: 1, locked: true });
    expect(regrouped.signatures).toHaveLength(2);

    expect((await reopen(caseId, hemtjanst.token, 1)).status).toBe(403);
    expect((await reopen(caseId, chefVgr.token, 2)).status).toBe(409);
    // The reason is shown to both organisations: an identity number in it is refused, in Swedish.
    const withNumber = await callApi(server, `/api/cases/${caseId}/analysis/reopen`, {
      token: chefVgr.token,
      body: { version: 1, reason: 'Gäller 811218 - 9876' },
    });
    expect(withNumber.status).toBe(400);
    expect(await withNumber.json()).toMatchObject({
      error: 'personal_data',
      message: expect.stringMatching(/personnummer/),
    });
    const next = await status(await reopen(caseId, chefVgr.token, 1));
    expect(next).toMatchObject({ version: 2, locked: false, signatures: [] });
    expect(next.versions).toMatchObject([
      { number: 1, reopened: { personId: 'chef-vgr', name: 'Vera Berg', reason: 'Ny information' } },
    ]);
    const twice = await reopen(caseId, chefVgr.token, 1);
    expect(twice.status).toBe(409);
    expect((await twice.json()).error).toBe('not_locked');
    const listing = v.parse(
      CaseListingSchema,
      await (await callApi(server, '/api/cases?since=0', { token: hemtjanst.token })).json(),
    );
    expect(listing.cases.find((c) => c.caseId === caseId)?.analysis).toEqual({ version: 2, locked: false });
  });

  it("serves a locked version's content as it was at the lock, to participants only", async () => {
    const caseId = await startedAnalysis();
    const greta = await openAnalysis(chefGbg.token, caseId);
    await greta.edit((t) => t.insert(0, 'Låst innehåll.'));
    await signoff(caseId, chefGbg.token, greta.doc);
    await signoff(caseId, chefVgr.token, greta.doc);
    await reopen(caseId, chefGbg.token, 1);
    await greta.edit((t) => t.insert(t.length, ' Tillägg i version två.'));

    const res = await callApi(server, `/api/cases/${caseId}/analysis/versions/1`, { token: hemtjanst.token });
    expect(res.status).toBe(200);
    const content = v.parse(VersionContentSchema, await res.json());
    expect(content).toMatchObject({ number: 1, reopened: { personId: 'chef-gbg' } });
    const locked = new Y.Doc();
    Y.applyUpdate(locked, Buffer.from(content.update, 'base64'));
    expect(locked.getText('analysis').toString()).toBe('Låst innehåll.');
    expect((await callApi(server, `/api/cases/${caseId}/analysis/versions/2`, { token: hemtjanst.token })).status).toBe(
      404,
    );
    expect((await callApi(server, `/api/cases/${caseId}/analysis/versions/1`, { token: uskVgr.token })).status).toBe(
      403,
    );
  });
});
