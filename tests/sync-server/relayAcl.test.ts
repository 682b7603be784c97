import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import { closeCodeOf, createdCase, deviceToken, startSeededRelay, syncClient } from '../helpers/relayFixture';
import { CloseCode } from '../../src/protocol/closeCodes';
import { roomName } from '../../src/protocol/rooms';

let server: TestServer;
let author: { token: string; personId: string; deviceId: string };
let caseId: string;
const url = (room: string, token?: string) =>
  `ws://127.0.0.1:${server.port}/sync/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;

const submit = (id: string, token: string, receivingUnitId: string) =>
  fetch(`http://127.0.0.1:${server.port}/api/cases/${id}/submit`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ receivingUnitId }),
  });

beforeAll(async () => {
  server = await startSeededRelay();
  author = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
  // The author's device creates the case before it joins any part of it.
  caseId = await createdCase(server, author.token);
  const client = syncClient(server, author.token);
  const doc = new Y.Doc();
  await client.join(caseId, doc).whenSynced();
  doc.getText('description').insert(0, 'rapporttext');
  await vi.waitFor(() => expect(client.join(caseId, doc).state).toBe('synced'));
  client.stop();
});
afterAll(async () => {
  await server?.close();
});

describe('who may connect (each row: the documented close code)', () => {
  it('no token → 4401', async () => {
    expect(await closeCodeOf(url(caseId))).toBe(CloseCode.unauthorized);
  });

  it('a token with a bad signature → 4401', async () => {
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT({ idn: {} })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('x')
      .sign(other.privateKey);
    expect(await closeCodeOf(url(caseId, forged))).toBe(CloseCode.unauthorized);
    const tampered = author.token.slice(0, -4) + (author.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(await closeCodeOf(url(caseId, tampered))).toBe(CloseCode.unauthorized);
  });

  it('an expired token → 4401', async () => {
    const expired = await deviceToken(server, {
      unitId: 'gbg-hemsjukvard',
      role: 'staff',
      personId: 'karin',
      ttlMs: -60_000,
    });
    expect(await closeCodeOf(url(caseId, expired.token))).toBe(CloseCode.unauthorized);
  });

  it("the author's other device before submission → allowed", async () => {
    const second = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
    expect(await closeCodeOf(url(caseId, second.token))).toBe('open');
  });

  it('another person of the same unit before submission → 4403, even a manager', async () => {
    const colleague = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'manager' });
    expect(await closeCodeOf(url(caseId, colleague.token))).toBe(CloseCode.forbidden);
  });

  it('the receiving unit before submission → 4403', async () => {
    const receiver = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    expect(await closeCodeOf(url(caseId, receiver.token))).toBe(CloseCode.forbidden);
    expect(await closeCodeOf(url(roomName(caseId, 'answer'), receiver.token))).toBe(CloseCode.forbidden);
  });

  it('only a participant may submit, and only to a unit in the directory', async () => {
    const stranger = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    expect((await submit(caseId, stranger.token, 'vgr-avd12')).status).toBe(403);
    expect((await submit(caseId, author.token, 'no-such-unit')).status).toBe(400);
    expect((await submit(caseId, author.token, 'vgr-avd12')).status).toBe(200);
    expect((await submit(caseId, author.token, 'gbg-hemtjanst')).status).toBe(409);
  });

  it('after submission: the receiving manager reads the report, writes the answer; its staff is refused', async () => {
    const manager = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    const staff = await deviceToken(server, { unitId: 'vgr-avd12', role: 'staff' });
    expect(await closeCodeOf(url(caseId, manager.token))).toBe('open');
    expect(await closeCodeOf(url(roomName(caseId, 'answer'), manager.token))).toBe('open');
    expect(await closeCodeOf(url(caseId, staff.token))).toBe(CloseCode.forbidden);

    // Read-only join: the manager receives the report; an edit to it is dropped and refused (4403),
    // so that device shows a sync error rather than "synced".
    const client = syncClient(server, manager.token);
    const report = new Y.Doc();
    const reportBinding = client.join(caseId, report);
    await reportBinding.whenSynced();
    expect(report.getText('description').toString()).toBe('rapporttext');
    report.getText('description').insert(0, 'ÄNDRAT AV MOTTAGAREN ');
    await vi.waitFor(() => expect(reportBinding.state).toBe('denied'));
    expect(reportBinding.deniedCode).toBe(CloseCode.forbidden);
    const answer = new Y.Doc();
    await client.join(roomName(caseId, 'answer'), answer).whenSynced();
    answer.getText('cause').insert(0, 'Orsak: rutinen var okänd.');
    await vi.waitFor(() => expect(client.join(roomName(caseId, 'answer'), answer).state).toBe('synced'));
    client.stop();

    const check = syncClient(server, author.token);
    const fresh = new Y.Doc();
    await check.join(caseId, fresh).whenSynced();
    expect(fresh.getText('description').toString()).toBe('rapporttext');
    const answerSeen = new Y.Doc();
    await check.join(roomName(caseId, 'answer'), answerSeen).whenSynced();
    expect(answerSeen.getText('cause').toString()).toBe('Orsak: rutinen var okänd.');
    check.stop();
  });

  it('a reader whose copy holds deletions syncs again without being refused (only new content is)', async () => {
    // The author corrects the report: the room now holds a deletion.
    const authorClient = syncClient(server, author.token);
    const authored = new Y.Doc();
    const authorBinding = authorClient.join(caseId, authored);
    await authorBinding.whenSynced();
    authored.getText('description').insert(0, 'felskrivet ');
    authored.getText('description').delete(0, 'felskrivet '.length);
    await vi.waitFor(() => expect(authorBinding.state).toBe('synced'));
    authorClient.stop();

    const manager = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    const copy = new Y.Doc();
    const first = syncClient(server, manager.token);
    await first.join(caseId, copy).whenSynced();
    first.stop();
    // Reconnecting, the reader answers the relay's sync step 1 with its delete set: no write.
    const again = syncClient(server, manager.token);
    const binding = again.join(caseId, copy);
    await binding.whenSynced();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(binding.state).toBe('synced');
    again.stop();
  });

  it('a coordinator of the receiving organisation may join; staff of the sending unit may not', async () => {
    const coordinator = await deviceToken(server, { unitId: 'vgr-avd12', role: 'coordinator' });
    const senderStaff = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff' });
    const senderManager = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'manager' });
    expect(await closeCodeOf(url(caseId, coordinator.token))).toBe('open');
    expect(await closeCodeOf(url(caseId, senderStaff.token))).toBe(CloseCode.forbidden);
    expect(await closeCodeOf(url(caseId, senderManager.token))).toBe('open');
  });

  it('a multiplexed connection is told which room it may not join, and keeps the others', async () => {
    const outsider = await deviceToken(server, { unitId: 'gbg-hemtjanst', role: 'manager' });
    const client = syncClient(server, outsider.token);
    const own = await createdCase(server, outsider.token);
    const ownDoc = new Y.Doc();
    const forbidden = client.join(caseId, new Y.Doc());
    const allowed = client.join(own, ownDoc);
    await expect(forbidden.whenSynced()).rejects.toThrow(/4403/);
    await allowed.whenSynced();
    expect(forbidden.deniedCode).toBe(CloseCode.forbidden);
    client.stop();
  });

  it('a device revoked mid-session is cut off at once with 4410, and cannot come back', async () => {
    const device = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
    const closed = closeCodeOf(url(caseId, device.token), 5000);
    await new Promise((r) => setTimeout(r, 300));
    await server.store.revokeDevice(device.deviceId, Date.now());
    expect(await closed).toBe(CloseCode.revoked);
    expect(await closeCodeOf(url(caseId, device.token))).toBe(CloseCode.revoked);
  });
});
