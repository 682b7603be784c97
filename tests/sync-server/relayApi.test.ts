import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import { createdCase, deviceToken, startSeededRelay, syncClient } from '../helpers/relayFixture';
import { createEnrollmentCode } from '../../sync-server/src/auth/enrollment';
import { CaseListingSchema, DirectorySchema, TokenResponseSchema } from '../../src/protocol/api';
import * as v from 'valibot';

let server: TestServer;
const api = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`http://127.0.0.1:${server.port}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
  });

beforeAll(async () => {
  server = await startSeededRelay();
});
afterAll(async () => {
  await server?.close();
});

describe('relay HTTP API', () => {
  it('exchanges a one-time code for a device token once, with a Swedish error the second time', async () => {
    const { code } = await createEnrollmentCode(server.store, {
      unitId: 'vgr-avd12',
      personName: 'Anna Berg',
      role: 'manager',
    });
    const first = await api('/api/enroll', {
      method: 'POST',
      body: JSON.stringify({ code: code.toLowerCase(), deviceName: 'Dator' }),
    });
    expect(first.status).toBe(200);
    const enrolled = v.parse(TokenResponseSchema, await first.json());
    expect(enrolled.identity).toMatchObject({
      personName: 'Anna Berg',
      role: 'manager',
      unitId: 'vgr-avd12',
      orgType: 'region',
    });
    const again = await api('/api/enroll', { method: 'POST', body: JSON.stringify({ code, deviceName: 'Dator' }) });
    expect(again.status).toBe(401);
    expect((await again.json()).message).toMatch(/Koden är fel, redan använd/);
  });

  it('rejects bad input with 400 and a reason, and never crashes on garbage', async () => {
    expect((await api('/api/enroll', { method: 'POST', body: '{not json' })).status).toBe(400);
    const bad = await api('/api/enroll', { method: 'POST', body: JSON.stringify({ code: 'x', deviceName: '' }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/Ogiltig förfrågan/);
    expect((await api('/api/enroll', { method: 'POST', body: 'x'.repeat(20_000) })).status).toBe(413);
    expect((await api('/healthz')).status).toBe(200);
  });

  it('serves the directory to enrolled devices only', async () => {
    expect((await api('/api/directory')).status).toBe(401);
    const { token } = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff' });
    const directory = v.parse(DirectorySchema, await (await api('/api/directory', { token })).json());
    expect(directory.organisations.map((o) => o.id).sort()).toEqual(['goteborg', 'vgr']);
  });

  it('refreshes a token while it is valid', async () => {
    const { token } = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', ttlMs: 3600_000 });
    const fresh = v.parse(
      TokenResponseSchema,
      await (await api('/api/token/refresh', { method: 'POST', token })).json(),
    );
    expect(fresh.token).not.toBe(token);
    expect(fresh.expiresAt).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
  });

  it('lists the cases a device may see, changed since a cursor', async () => {
    const author = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'author-list' });
    const receiver = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    const client = syncClient(server, author.token);
    const caseId = await createdCase(server, author.token);
    const doc = new Y.Doc();
    await client.join(caseId, doc).whenSynced();
    const list = async (token: string, since: number) =>
      v.parse(CaseListingSchema, await (await api(`/api/cases?since=${since}`, { token })).json());

    expect((await list(receiver.token, 0)).cases.map((c) => c.caseId)).not.toContain(caseId);
    const mine = await list(author.token, 0);
    expect(mine.cases.map((c) => c.caseId)).toContain(caseId);

    await api(`/api/cases/${caseId}/submit`, {
      method: 'POST',
      token: author.token,
      body: JSON.stringify({ receivingUnitId: 'vgr-avd12' }),
    });
    // Let the change marker from the author's first sync land (markers are coalesced per second).
    await new Promise((r) => setTimeout(r, 1300));
    const forReceiver = await list(receiver.token, 0);
    expect(forReceiver.cases.find((c) => c.caseId === caseId)).toMatchObject({ receivingUnitId: 'vgr-avd12' });

    // Nothing new after the cursor; an edit by the author makes the case show up again.
    expect((await list(receiver.token, forReceiver.cursor)).cases).toEqual([]);
    doc.getText('description').insert(0, 'ändrad');
    await vi.waitFor(
      async () => expect((await list(receiver.token, forReceiver.cursor)).cases.map((c) => c.caseId)).toEqual([caseId]),
      { timeout: 5000 },
    );
    client.stop();
  });
});
