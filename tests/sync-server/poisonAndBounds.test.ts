import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from '../../src/protocol/closeCodes';
import { MuxKind } from '../../src/protocol/multiplex';
import { roomName } from '../../src/protocol/rooms';
import { MAX_ROOM_BYTES } from '../../sync-server/src/rooms/room';
import type { TestServer } from '../helpers/appServer';
import { callApi, createdCase, deviceToken, rawMultiplex, startSeededRelay, syncClient } from '../helpers/relayFixture';

const updateMessage = (update: Uint8Array) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
};

/** A room's content as a device would hold it: a few events appended by two people. */
function eventsDoc(): Y.Doc {
  const doc = new Y.Doc();
  const log = doc.getArray<unknown>('events');
  for (let i = 0; i < 5; i++) log.push([{ action: 'acknowledge', at: i, by: `p${i}` }]);
  return doc;
}

/**
 * A real update with three bits flipped (found by fuzzing the relay from outside): it decodes
 * cleanly, but applying it throws, on any doc. Stored, it broke every device that opened the case.
 */
const POISON = Uint8Array.from(
  '0104ce929ef9080004010174016881ce929ef908000184ce929ef90841016a2801016d016b0175037d017d027601016177016201ca929ef928010101'
    .match(/../g)!
    .map((h) => parseInt(h, 16)),
);

let server: TestServer;
let nurse: { token: string };
let nurseTablet: { token: string };
beforeAll(async () => {
  server = await startSeededRelay();
  nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
  // Her second device: a writer of her report too.
  nurseTablet = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
});
afterAll(async () => {
  await server?.close();
});

async function submittedCaseWithEvents(): Promise<{ caseId: string; room: string }> {
  const caseId = await createdCase(server, nurse.token);
  // The report: a room that stores what its writers send (the case log's room has its own gate).
  const room = roomName(caseId, 'report');
  const author = syncClient(server, nurse.token);
  const doc = eventsDoc();
  await author.join(room, doc).whenSynced();
  author.stop();
  await callApi(server, `/api/cases/${caseId}/submit`, { token: nurse.token, body: { receivingUnitId: 'vgr-avd12' } });
  return { caseId, room };
}

describe('an update that decodes but cannot be applied', () => {
  it('is refused with 4400, stored nowhere, and reaches no other device', async () => {
    const { room } = await submittedCaseWithEvents();
    const poison = POISON;
    const before = (await server.store.loadUpdates(room)).length;
    const watcher = await rawMultiplex(server, nurse.token);
    watcher.send({ kind: MuxKind.message, room, payload: new Uint8Array([0, 0, 1, 0]) });
    await watcher.waitFor((f) => f.kind === MuxKind.message && f.room === room);
    const seen = watcher.frames.length;

    const attacker = await rawMultiplex(server, nurseTablet.token);
    const closed = new Promise<number>((resolve) => attacker.onClose(resolve));
    attacker.send({ kind: MuxKind.message, room, payload: new Uint8Array([0, 0, 1, 0]) });
    attacker.send({ kind: MuxKind.message, room, payload: updateMessage(poison) });
    expect(await closed).toBe(CloseCode.badMessage);
    expect((await server.store.loadUpdates(room)).length).toBe(before);
    await new Promise((r) => setTimeout(r, 200));
    expect(watcher.frames.slice(seen).filter((f) => f.kind === MuxKind.message)).toEqual([]);
    await watcher.close();

    // The room still serves everyone, and takes honest writes.
    const client = syncClient(server, nurseTablet.token);
    const doc = new Y.Doc();
    await client.join(room, doc).whenSynced();
    expect(doc.getArray('events').length).toBe(5);
    doc.getArray('events').push([{ action: 'answer' }]);
    await vi.waitFor(async () => expect((await server.store.loadUpdates(room)).length).toBeGreaterThan(before));
    client.stop();
  });

  it('stored before this check, is left out at the next compaction instead of breaking the room for everyone', async () => {
    const { room } = await submittedCaseWithEvents();
    // As a relay without the check stored it.
    await server.store.appendUpdate(room, POISON);
    const client = syncClient(server, nurseTablet.token);
    try {
      const doc = new Y.Doc();
      await client.join(room, doc).whenSynced();
      expect(doc.getArray('events').length).toBe(5);
      expect(client.state).toBe('online');
    } finally {
      client.stop();
    }
  });
});

describe('bounds on what one writer can make the relay hold and send', () => {
  it('refuses a room past its size bound on its own: the socket stays open for the other cases', async () => {
    const caseId = await createdCase(server, nurse.token);
    const other = await createdCase(server, nurse.token);
    const raw = await rawMultiplex(server, nurse.token);
    const big = new Y.Doc();
    const updates: Uint8Array[] = [];
    big.on('update', (u: Uint8Array) => updates.push(u));
    const chunk = 'x'.repeat(1_900_000);
    for (let i = 0; i * chunk.length <= MAX_ROOM_BYTES; i++) big.getText('t').insert(0, chunk);
    raw.send({ kind: MuxKind.message, room: caseId, payload: new Uint8Array([0, 0, 1, 0]) });
    for (const u of updates) raw.send({ kind: MuxKind.message, room: caseId, payload: updateMessage(u) });
    const denied = await raw.waitFor((f) => f.kind === MuxKind.denied && f.room === caseId, 15_000);
    expect(denied).toMatchObject({ code: CloseCode.tooLarge });
    const stored = (await server.store.loadUpdates(caseId)).reduce((n, u) => n + u.length, 0);
    expect(stored).toBeLessThanOrEqual(MAX_ROOM_BYTES);
    // Still open: another case syncs over the same socket.
    raw.send({ kind: MuxKind.message, room: other, payload: new Uint8Array([0, 0, 1, 0]) });
    await raw.waitFor((f) => f.kind === MuxKind.message && f.room === other);
    await raw.close();
  }, 30_000);

  it('counts sync step 1 (which makes the relay send a whole room) against the allowance', async () => {
    const caseId = await createdCase(server, nurse.token);
    const raw = await rawMultiplex(server, nurse.token);
    const closed = new Promise<number>((resolve) => raw.onClose(resolve));
    for (let i = 0; i < 8000; i++)
      raw.send({ kind: MuxKind.message, room: caseId, payload: new Uint8Array([0, 0, 1, 0]) });
    expect(await closed).toBe(CloseCode.tryAgainLater);
  });

  it('creates only cases with a proper id, and knows one spelling of each room', async () => {
    for (const id of ['------------------------------------', '00000000-0000-0000-0000-000000000000'])
      expect((await callApi(server, `/api/cases/${id}`, { method: 'PUT', token: nurse.token })).status).toBe(400);
    const caseId = await createdCase(server, nurse.token);
    const raw = await rawMultiplex(server, nurse.token);
    raw.send({ kind: MuxKind.message, room: caseId.toUpperCase(), payload: new Uint8Array([0, 0, 1, 0]) });
    const denied = await raw.waitFor((f) => f.kind === MuxKind.denied);
    expect(denied).toMatchObject({ code: CloseCode.badMessage });
    await raw.close();
  });
});
