import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../src/protocol/closeCodes';
import { MuxKind } from '../../src/protocol/multiplex';
import { roomName, type CasePart } from '../../src/protocol/rooms';
import type { TestServer } from '../helpers/appServer';
import {
  callApi,
  createdCase,
  deviceToken,
  newCaseId,
  rawMultiplex,
  startSeededRelay,
  syncClient,
} from '../helpers/relayFixture';

const PARTS: CasePart[] = ['report', 'events', 'answer', 'analysis'];
const ORDERS: CasePart[][] = [
  ['report', 'events', 'answer', 'analysis'],
  ['analysis', 'answer', 'events', 'report'],
  ['answer', 'report', 'analysis', 'events'],
  ['events', 'analysis', 'report', 'answer'],
];

let server: TestServer;
let nurse: { token: string; personId: string };
beforeAll(async () => {
  server = await startSeededRelay();
  nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
});
afterAll(async () => {
  await server?.close();
});

describe('a case exists before any part of it is joined', () => {
  it.each(ORDERS.map((order) => [order.join(' → '), order] as const))(
    "lets the author's new device join all four parts at once, in the order %s",
    async (_name, order) => {
      const caseId = await createdCase(server, nurse.token);
      const newDevice = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
      const client = syncClient(server, newDevice.token);
      try {
        const bindings = order.map((part) => client.join(roomName(caseId as never, part), new Y.Doc()));
        await Promise.all(bindings.map((b) => b.whenSynced()));
        expect(bindings.map((b) => b.state)).toEqual(['synced', 'synced', 'synced', 'synced']);
      } finally {
        client.stop();
      }
    },
  );

  it('refuses every part of a case the relay does not hold with 4404, and creates nothing', async () => {
    const caseId = newCaseId();
    const raw = await rawMultiplex(server, nurse.token);
    try {
      for (const part of PARTS) {
        const room = roomName(caseId as never, part);
        raw.send({ kind: MuxKind.message, room, payload: new Uint8Array([0, 0, 1, 0]) });
        const denied = await raw.waitFor((f) => f.kind === MuxKind.denied && f.room === room);
        expect(denied).toMatchObject({ code: CloseCode.unknownCase, reason: 'okänt ärende' });
      }
      expect(await server.store.getCase(caseId)).toBeNull();
    } finally {
      await raw.close();
    }
  });

  it("creates a case for its author only: again is fine, someone else's id is refused with 409", async () => {
    const caseId = newCaseId();
    const first = await callApi(server, `/api/cases/${caseId}`, { method: 'PUT', token: nurse.token });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ caseId, ownerUnitId: 'gbg-hemsjukvard', receivingUnitId: null });
    const again = await callApi(server, `/api/cases/${caseId}`, { method: 'PUT', token: nurse.token });
    expect(again.status).toBe(200);

    const other = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    const claim = await callApi(server, `/api/cases/${caseId}`, { method: 'PUT', token: other.token });
    expect(claim.status).toBe(409);
    expect(await claim.json()).toMatchObject({ error: 'taken' });
    expect(await server.store.getCase(caseId)).toMatchObject({ authorPersonId: 'karin' });
    expect((await callApi(server, `/api/cases/${newCaseId()}`, { method: 'PUT' })).status).toBe(401);
  });

  it('keeps one owner when two devices of different people create one id at the same moment', async () => {
    const caseId = newCaseId();
    const other = await deviceToken(server, { unitId: 'gbg-hemtjanst', role: 'staff' });
    const answers = await Promise.all(
      [nurse.token, other.token, nurse.token, other.token].map((token) =>
        callApi(server, `/api/cases/${caseId}`, { method: 'PUT', token }).then((r) => r.status),
      ),
    );
    const owner = (await server.store.getCase(caseId))!.authorPersonId;
    const ownerToken = owner === 'karin' ? [0, 2] : [1, 3];
    expect(answers.filter((status, i) => ownerToken.includes(i) && status < 300)).toHaveLength(2);
    expect(answers.filter((status, i) => !ownerToken.includes(i) && status === 409)).toHaveLength(2);
  });
});

describe('case creation is bounded', () => {
  it('refuses a device that creates cases without end with 429, in Swedish, and keeps its cases', async () => {
    const script = await deviceToken(server, { unitId: 'gbg-hemtjanst', role: 'staff' });
    const statuses: number[] = [];
    for (let i = 0; i < 505; i++)
      statuses.push(
        (await callApi(server, `/api/cases/${newCaseId()}`, { method: 'PUT', token: script.token })).status,
      );
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(500);
    expect(statuses.at(-1)).toBe(429);
    const refused = await callApi(server, `/api/cases/${newCaseId()}`, { method: 'PUT', token: script.token });
    expect(await refused.json()).toMatchObject({ error: 'too_many', message: expect.stringMatching(/För många/) });
    // Another device is not affected.
    expect((await callApi(server, `/api/cases/${newCaseId()}`, { method: 'PUT', token: nurse.token })).status).toBe(
      201,
    );
  });
});

describe('a refused room recovers', () => {
  it('joins once the case is created: a room refused as unknown is asked again, without a reconnect', async () => {
    const caseId = newCaseId();
    const client = syncClient(server, nurse.token);
    try {
      const binding = client.join(caseId, new Y.Doc());
      await expect(binding.whenSynced()).rejects.toThrow(/4404/);
      const started = Date.now();
      // Another device of the same nurse creates it; the relay's notice lets the client ask at once.
      await createdCase(server, nurse.token, caseId);
      await binding.whenSynced();
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      client.stop();
    }
  });

  it('a receiving manager refused before the submission gets the case once it is submitted', async () => {
    const caseId = await createdCase(server, nurse.token);
    const manager = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    const client = syncClient(server, manager.token);
    try {
      const answer = client.join(roomName(caseId as never, 'answer'), new Y.Doc());
      await expect(answer.whenSynced()).rejects.toThrow(/4403/);
      const submitted = await callApi(server, `/api/cases/${caseId}/submit`, {
        token: nurse.token,
        body: { receivingUnitId: 'vgr-avd12' },
      });
      expect(submitted.status).toBe(200);
      await answer.whenSynced();
      expect(answer.state).toBe('synced');
    } finally {
      client.stop();
    }
  });
});
