import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { MuxKind, type MuxFrame } from '../../src/protocol/multiplex';
import type { TestServer } from '../helpers/appServer';
import {
  analysisCast,
  callApi,
  createdCase,
  deviceToken,
  namedPerson,
  rawMultiplex,
  sharedAnalysisCase,
  startSeededRelay,
  syncClient,
} from '../helpers/relayFixture';

let server: TestServer;
let nurse: { token: string };
let receiver: { token: string };
let outsider: { token: string };
beforeAll(async () => {
  server = await startSeededRelay();
  nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
  receiver = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
  outsider = await deviceToken(server, { unitId: 'gbg-hemtjanst', role: 'manager' });
});
afterAll(async () => {
  await server?.close();
});

const noticeOf = (caseId: string) => (f: MuxFrame) => f.kind === MuxKind.notice && f.room === caseId;
const submit = (caseId: string) =>
  callApi(server, `/api/cases/${caseId}/submit`, { token: nurse.token, body: { receivingUnitId: 'vgr-avd12' } });

describe('the relay pushes case changes over the open socket', () => {
  it("tells the receiving unit's manager of a new case the moment it is submitted, with its seq", async () => {
    const caseId = await createdCase(server, nurse.token);
    const manager = await rawMultiplex(server, receiver.token);
    try {
      const started = Date.now();
      expect((await submit(caseId)).status).toBe(200);
      const notice = await manager.waitFor(noticeOf(caseId), 2000);
      // Not held back by the change the creation just made: a submission is announced at once.
      expect(Date.now() - started).toBeLessThan(500);
      const stored = await server.store.getCase(caseId);
      expect(notice).toMatchObject({ kind: MuxKind.notice, seq: stored!.seq });
    } finally {
      await manager.close();
    }
  });

  it('tells the other side of an edit, once per second at most, and never tells a stranger', async () => {
    const caseId = await createdCase(server, nurse.token);
    await submit(caseId);
    const manager = await rawMultiplex(server, receiver.token);
    const stranger = await rawMultiplex(server, outsider.token);
    const author = syncClient(server, nurse.token);
    try {
      await new Promise((r) => setTimeout(r, 1100)); // past the submission's window
      const doc = new Y.Doc();
      const binding = author.join(caseId, doc);
      await binding.whenSynced();
      for (let i = 0; i < 30; i++) {
        doc.getText('description').insert(0, 'x');
        await new Promise((r) => setTimeout(r, 20));
      }
      await vi.waitFor(() => expect(manager.frames.filter(noticeOf(caseId)).length).toBeGreaterThanOrEqual(2), {
        timeout: 3000,
      });
      // 30 edits over about 0.7 s: the first at once, the rest folded into one more.
      await new Promise((r) => setTimeout(r, 1200));
      expect(manager.frames.filter(noticeOf(caseId)).length).toBeLessThanOrEqual(3);
      expect(stranger.frames.filter((f) => f.kind === MuxKind.notice)).toEqual([]);
    } finally {
      author.stop();
      await manager.close();
      await stranger.close();
    }
  });

  it('tells a person the moment they are put on the analysis team', async () => {
    const cast = await analysisCast(server);
    const sara = await namedPerson(server, { personId: 'sara', name: 'Sara Ny', unitId: 'vgr-avd12', role: 'staff' });
    const saraSocket = await rawMultiplex(server, sara.token);
    try {
      const caseId = await sharedAnalysisCase(server, cast, [{ personId: 'sara', role: 'sjuksköterska' }]);
      const notice = await saraSocket.waitFor(noticeOf(caseId), 2000);
      expect(notice).toMatchObject({ kind: MuxKind.notice });
    } finally {
      await saraSocket.close();
    }
  });

  it('answers a ping with a pong, so a device can tell a live socket from a dead one', async () => {
    const socket = await rawMultiplex(server, nurse.token);
    try {
      socket.send({ kind: MuxKind.ping, room: '' });
      expect(await socket.waitFor((f) => f.kind === MuxKind.pong, 1000)).toEqual({ kind: MuxKind.pong, room: '' });
    } finally {
      await socket.close();
    }
  });
});
