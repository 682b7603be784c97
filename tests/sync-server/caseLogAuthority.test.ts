import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { randomUUID } from 'node:crypto';
import { roomName } from '../../src/protocol/rooms';
import { deriveStatus, parseCaseEvents } from '../../src/domain/caseEvents';
import { decideProposal, REFUSALS_ARRAY } from '../../src/domain/caseLog';
import { CASE_ACTIONS, type CaseAction, type CaseStatus } from '../../src/domain/status';
import { verifyChain } from '../../sync-server/src/caseLog/logHash';
import { RELAY_CLIENT_ID } from '../../sync-server/src/caseLog/caseLogGate';
import type { TestServer } from '../helpers/appServer';
import { deviceToken, reportedCase, startSeededRelay, syncClient } from '../helpers/relayFixture';

type Device = Awaited<ReturnType<typeof deviceToken>>;

let server: TestServer;
let nurse: Device;
let receivingManager: Device;
let sendingManager: Device;
let receivingCoordinator: Device;
beforeAll(async () => {
  server = await startSeededRelay();
  nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
  receivingManager = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager', personId: 'anna' });
  sendingManager = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'manager', personId: 'lena' });
  receivingCoordinator = await deviceToken(server, { unitId: 'vgr-avd12', role: 'coordinator', personId: 'sara' });
});
afterAll(async () => {
  await server?.close();
});

/** A device's view of a case's log: joins the room, returns its doc (call stop when done). */
async function open(device: Device, caseId: string) {
  const client = syncClient(server, device.token);
  const doc = new Y.Doc();
  await client.join(roomName(caseId, 'events'), doc).whenSynced();
  return { doc, client, events: () => parseCaseEvents(doc.getArray('events').toArray()) };
}

/** Proposes an action as the app does (a raw entry), and waits until the relay has decided it. */
async function propose(device: Device, caseId: string, action: CaseAction, comment?: string) {
  const view = await open(device, caseId);
  const id = randomUUID();
  view.doc.getArray('events').push([
    {
      id,
      action,
      at: Date.now(),
      actor: { name: 'Vem som helst', role: 'x', unit: 'x', organisation: 'x' },
      comment,
    },
  ]);
  await vi.waitFor(() => {
    const logged = view.events().some((e) => e.id === id && e.seq !== undefined);
    const refused = view.doc
      .getArray<{ eventId: string }>(REFUSALS_ARRAY)
      .toArray()
      .some((r) => r.eventId === id);
    expect(logged || refused).toBe(true);
  });
  view.client.stop();
  return id;
}

async function submitted(): Promise<string> {
  const caseId = await reportedCase(server, nurse.token);
  await propose(nurse, caseId, 'submit');
  return caseId;
}

describe('the case log the relay keeps', () => {
  it("stamps each event with the acting device's person and the relay's time, whatever the device wrote", async () => {
    const caseId = await submitted();
    const before = Date.now();
    await propose(receivingManager, caseId, 'acknowledge');
    const view = await open(nurse, caseId);
    const acknowledged = view.events().find((e) => e.action === 'acknowledge')!;
    expect(acknowledged.actor).toMatchObject({ personId: 'anna', role: 'manager', unit: 'Sahlgrenska avdelning 12' });
    expect(acknowledged.seq).toBe(2);
    expect(acknowledged.at).toBeGreaterThanOrEqual(before);
    expect(acknowledged.deviceAt).toBeLessThanOrEqual(acknowledged.at);
    view.client.stop();
  });

  it("refuses what the rules refuse: a receiving manager cannot close the case in the reporter's name", async () => {
    const caseId = await submitted();
    await propose(receivingManager, caseId, 'acknowledge');
    await propose(receivingManager, caseId, 'answer');
    const closeId = await propose(receivingManager, caseId, 'close');
    const view = await open(nurse, caseId);
    expect(deriveStatus(view.events())).toBe('answered');
    expect(view.events().some((e) => e.id === closeId)).toBe(false);
    const refusals = view.doc.getArray<{ eventId: string; reason: string; personId: string }>(REFUSALS_ARRAY).toArray();
    expect(refusals).toContainEqual(
      expect.objectContaining({ eventId: closeId, reason: 'not_allowed_for_role', personId: 'anna' }),
    );
    view.client.stop();
  });

  it('changes nothing any other device shows when a participant deletes the log or writes as the relay', async () => {
    const caseId = await submitted();
    await propose(receivingManager, caseId, 'acknowledge');
    const reporter = await open(nurse, caseId);
    const shown = JSON.stringify(reporter.events());
    const stored = (await server.store.loadUpdates(roomName(caseId, 'events'))).length;

    // The receiving manager empties the array in her copy.
    const hostile = await open(receivingManager, caseId);
    hostile.doc.getArray('events').delete(0, hostile.doc.getArray('events').length);
    // … and writes a "logged" close under the relay's own client id.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(hostile.doc));
    // (After applying: Yjs renames a doc whose id arrives in an update.)
    forged.clientID = RELAY_CLIENT_ID;
    forged.getArray('events').push([
      {
        id: 'x',
        action: 'close',
        seq: 99,
        at: 1,
        actor: { name: 'Karin', role: 'staff', unit: '', organisation: '' },
      },
    ]);
    Y.applyUpdate(hostile.doc, Y.encodeStateAsUpdate(forged, Y.encodeStateVector(hostile.doc)));
    // … and adds a type of her own.
    hostile.doc.getMap('status').set('status', 'closed');
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(JSON.stringify(reporter.events())).toBe(shown);
    expect(reporter.doc.getMap('status').size).toBe(0);
    expect((await server.store.loadUpdates(roomName(caseId, 'events'))).length).toBe(stored);
    // A device joining now sees the log as the relay keeps it.
    const fresh = await open(sendingManager, caseId);
    expect(deriveStatus(fresh.events())).toBe('received');
    for (const view of [reporter, hostile, fresh]) view.client.stop();
  });

  it('ends two managers acknowledging offline in one state on every device: the second is refused', async () => {
    const caseId = await submitted();
    const first = await open(receivingManager, caseId);
    const second = await open(receivingCoordinator, caseId);
    first.client.stop();
    second.client.stop();
    // Both act without coverage, then come back.
    first.doc.getArray('events').push([{ id: 'ack-1', action: 'acknowledge', at: Date.now(), actor: {} }]);
    second.doc.getArray('events').push([{ id: 'ack-2', action: 'acknowledge', at: Date.now() - 60_000, actor: {} }]);
    const [a, b] = [syncClient(server, receivingManager.token), syncClient(server, receivingCoordinator.token)];
    await a.join(roomName(caseId, 'events'), first.doc).whenSynced();
    await b.join(roomName(caseId, 'events'), second.doc).whenSynced();
    await vi.waitFor(() => {
      for (const doc of [first.doc, second.doc]) {
        const events = parseCaseEvents(doc.getArray('events').toArray());
        expect(events.filter((e) => e.action === 'acknowledge' && e.seq !== undefined)).toHaveLength(1);
        expect(events.every((e) => e.seq !== undefined)).toBe(true);
        expect(doc.getArray(REFUSALS_ARRAY).length).toBe(1);
      }
    });
    expect(JSON.stringify(first.doc.getArray('events').toJSON())).toBe(
      JSON.stringify(second.doc.getArray('events').toJSON()),
    );
    a.stop();
    b.stop();
  });

  it('keeps the log in an append-only, hash-chained table that the database itself guards', async () => {
    const caseId = await submitted();
    await propose(receivingManager, caseId, 'acknowledge');
    const rows = await server.store.listLog(caseId);
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
    expect(verifyChain(rows)).toEqual([]);
    // A changed entry breaks the chain where it was changed.
    const tampered = rows.map((r, i) => (i === 0 ? { ...r, entry: r.entry.replace('"submit"', '"close"') } : r));
    expect(verifyChain(tampered)).toEqual([{ caseId, seq: 1, problem: 'hash' }]);
  });
});

/** Every action, by each kind of participant, at the status a submitted case has: as the shared rules decide. */
describe('the rules the relay applies are the rules the app offers', () => {
  const PEOPLE = {
    author: () => nurse,
    receivingManager: () => receivingManager,
    sendingManager: () => sendingManager,
  };
  const PARTICIPANTS = {
    authorPersonId: 'karin',
    ownerUnitId: 'gbg-hemsjukvard',
    ownerOrgId: 'goteborg',
    receivingUnitId: 'vgr-avd12',
    receivingOrgId: 'vgr',
  };
  const WHO = {
    author: { personId: 'karin', role: 'staff', unitId: 'gbg-hemsjukvard', orgId: 'goteborg' },
    receivingManager: { personId: 'anna', role: 'manager', unitId: 'vgr-avd12', orgId: 'vgr' },
    sendingManager: { personId: 'lena', role: 'manager', unitId: 'gbg-hemsjukvard', orgId: 'goteborg' },
  } as const;
  const status: CaseStatus = 'submitted';
  const cases = CASE_ACTIONS.filter((a) => a !== 'submit').flatMap((action) =>
    (Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]).map((person) => [action, person] as const),
  );
  it.each(cases)('%s by the %s', async (action, person) => {
    const caseId = await submitted();
    const comment = action === 'reopen' ? 'Svaret räckte inte' : undefined;
    const expected = decideProposal(WHO[person], PARTICIPANTS, status, { action, comment });
    const id = await propose(PEOPLE[person](), caseId, action, comment);
    const view = await open(nurse, caseId);
    const logged = view.events().some((e) => e.id === id);
    const refusal = view.doc
      .getArray<{ eventId: string; reason: string }>(REFUSALS_ARRAY)
      .toArray()
      .find((r) => r.eventId === id);
    view.client.stop();
    expect(logged ? null : refusal?.reason).toBe(expected);
  });
});

describe('escalations in the case log', () => {
  it('are logged with the escalating manager as the token names her, and refused for staff', async () => {
    const caseId = await submitted();
    const escalate = async (device: Device) => {
      const view = await open(device, caseId);
      const id = randomUUID();
      view.doc.getArray('escalations').push([
        {
          id,
          forum: 'nosam',
          summary: 'Utskrivning utan meddelande, tredje gången.',
          at: Date.now(),
          actor: { name: 'Någon' },
        },
      ]);
      await vi.waitFor(() => {
        const decided = [...view.doc.getArray<{ id: string; seq?: number }>('escalations').toArray()].some(
          (e) => e.id === id && e.seq !== undefined,
        );
        const refused = view.doc
          .getArray<{ eventId: string }>(REFUSALS_ARRAY)
          .toArray()
          .some((r) => r.eventId === id);
        expect(decided || refused).toBe(true);
      });
      view.client.stop();
      return id;
    };
    const byManager = await escalate(receivingManager);
    const byNurse = await escalate(nurse);
    const view = await open(sendingManager, caseId);
    const escalations = view.doc.getArray<{ id: string; actor: { personId: string } }>('escalations').toArray();
    expect(escalations.map((e) => [e.id, e.actor.personId])).toEqual([[byManager, 'anna']]);
    expect(view.doc.getArray<{ eventId: string; reason: string }>(REFUSALS_ARRAY).toArray()).toContainEqual(
      expect.objectContaining({ eventId: byNurse, reason: 'not_allowed_for_role' }),
    );
    expect(verifyChain(await server.store.listLog(caseId))).toEqual([]);
    view.client.stop();
  });
});
