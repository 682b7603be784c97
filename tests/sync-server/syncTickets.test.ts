import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/appServer';
import { callApi, closeCodeOf, deviceToken, startSeededRelay } from '../helpers/relayFixture';
import { CloseCode } from '../../src/protocol/closeCodes';

let server: TestServer;
beforeAll(async () => {
  server = await startSeededRelay();
});
afterAll(async () => {
  await server?.close();
});

const ticketFor = async (token: string) => {
  const res = await callApi(server, '/api/sync-ticket', { method: 'POST', token });
  return { status: res.status, body: (await res.json()) as { ticket?: string } };
};

describe('the sync socket opens with a single-use ticket, not the token', () => {
  it('opens with a fresh ticket, once; a used or made-up ticket is closed with 1008 (retry), never 4401', async () => {
    const { token } = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    const { status, body } = await ticketFor(token);
    expect(status).toBe(200);
    expect(body.ticket).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const url = `ws://127.0.0.1:${server.port}/sync-multi?ticket=${body.ticket}`;
    expect(await closeCodeOf(url, 500)).toBe('open');
    expect(await closeCodeOf(url, 500)).toBe(1008);
    expect(await closeCodeOf(`ws://127.0.0.1:${server.port}/sync-multi?ticket=gissad`, 500)).toBe(1008);
  });

  it('gives no ticket to a revoked device, and a ticket issued before the revocation no longer opens', async () => {
    const device = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager' });
    const { body } = await ticketFor(device.token);
    await server.store.revokeDevice(device.deviceId, Date.now());
    expect((await ticketFor(device.token)).status).toBe(401);
    expect(await closeCodeOf(`ws://127.0.0.1:${server.port}/sync-multi?ticket=${body.ticket}`, 500)).toBe(
      CloseCode.revoked,
    );
  });
});
