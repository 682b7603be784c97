import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBase64 } from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import {
  callApi,
  namedPerson,
  rawMultiplex,
  startSeededRelay,
  syncClient,
  type RawMultiplex,
  analysisCast,
  sharedAnalysisCase,
  type Device,
} from '../helpers/relayFixture';
import { AnalysisStatusSchema, VersionContentSchema } from '../../src/protocol/analysisApi';
import { MuxKind, type MuxFrame } from '../../src/protocol/multiplex';
import { roomName } from '../../src/protocol/rooms';
import type { MultiplexClient } from '../../src/sync/multiplexClient';
import { encodeSync, SyncStep } from '../../sync-server/src/rooms/yMessages';

let server: TestServer;
/** Kept across a restart of the relay in one test. */
const dataDir = mkdtempSync(join(tmpdir(), 'samverka-lock-'));
let karin: Device, greta: Device, vera: Device, hugo: Device;
const clients: MultiplexClient[] = [];
const sockets: RawMultiplex[] = [];

beforeAll(async () => {
  server = await startSeededRelay({ dataDir });
  ({ karin, greta, vera } = await analysisCast(server));
  hugo = await namedPerson(server, { personId: 'hugo', name: 'Hugo Holm', unitId: 'gbg-hemtjanst', role: 'staff' });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.stop();
  for (const socket of sockets.splice(0)) await socket.close();
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The y-websocket sync message inside a frame for `room`, if it is one. */
function syncIn(frame: MuxFrame, room: string): { step: number; data: Uint8Array } | null {
  if (frame.kind !== MuxKind.message || frame.room !== room) return null;
  const decoder = decoding.createDecoder(frame.payload);
  if (decoding.readVarUint(decoder) !== 0) return null;
  return { step: decoding.readVarUint(decoder), data: decoding.readVarUint8Array(decoder) };
}

/**
 * A client that ignores the app: raw frames over its own socket, holding its own Y.Doc. It
 * joined with write access (Hugo is on the team) and keeps sending whatever it likes.
 */
async function rogue(room: string, doc = new Y.Doc()) {
  const socket = await rawMultiplex(server, hugo.token);
  sockets.push(socket);
  const sent = { count: 0 };
  const send = (step: number, data: Uint8Array) =>
    socket.send({ kind: MuxKind.message, room, payload: encodeSync(step, data) });
  const sendUpdate = async (step: number, data: Uint8Array) => {
    send(step, data);
    const count = ++sent.count;
    await socket.waitFor((f) => f.kind === MuxKind.ack && f.room === room && f.count >= count);
  };
  send(SyncStep.step1, Y.encodeStateVector(doc));
  const welcome = await socket.waitFor((f) => syncIn(f, room)?.step === SyncStep.step2);
  Y.applyUpdate(doc, syncIn(welcome, room)!.data);
  /** Answers the relay's requests (sync step 1) with what it lacks, as any client would. */
  const answerRequests = async () => {
    for (const frame of socket.frames.splice(0)) {
      const message = syncIn(frame, room);
      if (message?.step === SyncStep.step1) await sendUpdate(SyncStep.step2, Y.encodeStateAsUpdate(doc, message.data));
    }
  };
  return {
    doc,
    socket,
    answerRequests,
    /** Edits its doc and sends the change, as an update or as a sync step 2. */
    async write(change: (text: Y.Text) => void, step: number = SyncStep.update) {
      const before = Y.encodeStateVector(doc);
      change(doc.getText('analysis'));
      await sendUpdate(step, Y.encodeStateAsUpdate(doc, before));
    },
  };
}

/** An observer on its own socket: asks for the room's state and records every frame it gets. */
async function observer(room: string) {
  const socket = await rawMultiplex(server, vera.token);
  sockets.push(socket);
  let asked = 0;
  const ask = async () => {
    asked++;
    socket.send({ kind: MuxKind.message, room, payload: encodeSync(SyncStep.step1, new Uint8Array([0])) });
    await vi.waitFor(() =>
      expect(socket.frames.filter((f) => syncIn(f, room)?.step === SyncStep.step2)).toHaveLength(asked),
    );
  };
  await ask();
  return {
    /**
     * Updates relayed so far: asks again and waits for the answer first, so anything relayed
     * before this call (frames on one socket arrive in order) has arrived.
     */
    async relayedUpdates() {
      await ask();
      return socket.frames.filter((f) => syncIn(f, room)?.step === SyncStep.update);
    },
  };
}

const storedText = async (room: string) => {
  const doc = new Y.Doc();
  for (const update of await server.store.loadUpdates(room)) Y.applyUpdate(doc, update);
  return doc.getText('analysis').toString();
};
const versionOne = async (caseId: string) =>
  v.parse(
    VersionContentSchema,
    await (await callApi(server, `/api/cases/${caseId}/analysis/versions/1`, { token: greta.token })).json(),
  );
const analysis = async (caseId: string) =>
  v.parse(
    AnalysisStatusSchema,
    await (await callApi(server, `/api/cases/${caseId}/analysis`, { token: greta.token })).json(),
  );

/**
 * A started analysis (Greta and Vera sign, Hugo writes), Greta's synced copy of it with `text`,
 * and a rogue Hugo that joined with write access before it was locked.
 */
async function analysisAboutToLock(text: string) {
  const caseId = await sharedAnalysisCase(server, { karin, greta }, [{ personId: 'hugo', role: 'undersköterska' }]);
  const room = roomName(caseId, 'analysis');
  const client = syncClient(server, greta.token);
  clients.push(client);
  const gretaDoc = new Y.Doc();
  const binding = client.join(room, gretaDoc);
  await binding.whenSynced();
  gretaDoc.getText('analysis').insert(0, text);
  await vi.waitFor(() => expect(binding.state).toBe('synced'));
  const hugoRogue = await rogue(room);
  const lock = async () => {
    const stateVector = toBase64(Y.encodeStateVector(gretaDoc));
    for (const token of [greta.token, vera.token]) {
      const res = await callApi(server, `/api/cases/${caseId}/analysis/signoff`, {
        token,
        body: { version: 1, stateVector },
      });
      expect(res.status).toBe(200);
    }
    expect((await analysis(caseId)).locked).toBe(true);
  };
  return { caseId, room, gretaDoc, hugoRogue, lock };
}

describe('a locked analysis version', () => {
  it('cannot be changed by a writer that joined before the lock and ignores the app', async () => {
    const { caseId, room, gretaDoc, hugoRogue, lock } = await analysisAboutToLock('Orsak: rutinen saknades.');
    // Before the lock the same socket may write: its edit is stored and reaches Greta.
    await hugoRogue.write((t) => t.insert(t.length, ' Hugo: bekräftat.'));
    await vi.waitFor(() =>
      expect(gretaDoc.getText('analysis').toString()).toBe('Orsak: rutinen saknades. Hugo: bekräftat.'),
    );
    await lock();
    const watcher = await observer(room);
    const storedBefore = await storedText(room);
    const snapshotBefore = (await versionOne(caseId)).update;

    await hugoRogue.write((t) => t.insert(0, 'FÖRFALSKAT '));
    await hugoRogue.write((t) => t.delete(0, 6), SyncStep.step2);

    expect(await watcher.relayedUpdates()).toEqual([]);
    expect(await storedText(room)).toBe(storedBefore);
    expect(storedBefore).toBe('Orsak: rutinen saknades. Hugo: bekräftat.');
    expect((await versionOne(caseId)).update).toBe(snapshotBefore);
    expect(gretaDoc.getText('analysis').toString()).toBe(storedBefore);
    expect(await analysis(caseId)).toMatchObject({ version: 1, locked: true });
  });

  it('stays locked when the relay restarts and loads the room from its database', async () => {
    const { room, hugoRogue, lock } = await analysisAboutToLock('Före omstart.');
    await lock();
    for (const client of clients.splice(0)) client.stop();
    for (const socket of sockets.splice(0)) await socket.close();
    await server.close();
    server = await startSeededRelay({ dataDir });
    const again = await rogue(room, hugoRogue.doc);
    await again.write((t) => t.insert(0, 'Efter låsning: '));
    expect(await storedText(room)).toBe('Före omstart.');
  });

  it('takes the edits a client made while it was locked once it is reopened: nothing is lost', async () => {
    const { caseId, room, gretaDoc, hugoRogue, lock } = await analysisAboutToLock('Version ett.');
    await lock();
    await hugoRogue.write((t) => t.insert(t.length, ' Under låsningen.'));
    await hugoRogue.socket.close();
    hugoRogue.doc.getText('analysis').insert(0, 'Offline: ');

    const reopened = await callApi(server, `/api/cases/${caseId}/analysis/reopen`, {
      token: greta.token,
      body: { version: 1, reason: 'Hugo har mer att lägga till' },
    });
    expect(reopened.status).toBe(200);
    const back = await rogue(room, hugoRogue.doc);
    await back.answerRequests();

    const expected = 'Offline: Version ett. Under låsningen.';
    await vi.waitFor(() => expect(gretaDoc.getText('analysis').toString()).toBe(expected));
    expect(await storedText(room)).toBe(expected);
    const locked = new Y.Doc();
    Y.applyUpdate(locked, Buffer.from((await versionOne(caseId)).update, 'base64'));
    expect(locked.getText('analysis').toString()).toBe('Version ett.');
  });

  it('asks a writer still connected at the reopen for what it kept, without a reconnect', async () => {
    const { caseId, room, gretaDoc, lock } = await analysisAboutToLock('Version ett.');
    await lock();
    const client = syncClient(server, hugo.token);
    clients.push(client);
    const hugoDoc = new Y.Doc();
    const binding = client.join(room, hugoDoc);
    await binding.whenSynced();
    hugoDoc.getText('analysis').insert(0, 'Hugo under låsningen: ');
    await vi.waitFor(() => expect(binding.state).toBe('synced'));
    expect(await storedText(room)).toBe('Version ett.');

    await callApi(server, `/api/cases/${caseId}/analysis/reopen`, {
      token: vera.token,
      body: { version: 1, reason: 'Tillägg' },
    });
    await vi.waitFor(() => expect(gretaDoc.getText('analysis').toString()).toBe('Hugo under låsningen: Version ett.'));
    expect(client.state).toBe('online');
  });
});
