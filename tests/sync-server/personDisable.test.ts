import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode } from '../../src/protocol/closeCodes';
import { runAdminCommand } from '../../sync-server/src/admin/commands';
import { loadOrCreateSigningKeys } from '../../sync-server/src/auth/signingKeys';
import type { TestServer } from '../helpers/appServer';
import { callApi, deviceToken, rawMultiplex, startSeededRelay } from '../helpers/relayFixture';

let server: TestServer;
beforeAll(async () => {
  server = await startSeededRelay();
});
afterAll(async () => {
  await server?.close();
});

describe('npm run admin -- person disable', () => {
  it("closes every open socket of every one of the person's devices within a second, and refuses them after", async () => {
    const tablet = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager', personId: 'anna' });
    const desk = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager', personId: 'anna' });
    const colleague = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager', personId: 'vera' });
    const sockets = await Promise.all([tablet, desk, colleague].map((d) => rawMultiplex(server, d.token)));
    const closed = sockets.map((s) => new Promise<number>((resolve) => s.onClose(resolve)));
    const keys = await loadOrCreateSigningKeys(mkdtempSync(join(tmpdir(), 'samverka-keys-')));

    const started = Date.now();
    expect(await runAdminCommand({ store: server.store, keys }, ['person', 'disable', 'anna'], {})).toMatch(
      /^2 appar för anna är spärrade/,
    );
    expect(await Promise.all(closed.slice(0, 2))).toEqual([CloseCode.revoked, CloseCode.revoked]);
    expect(Date.now() - started).toBeLessThan(1000);
    // Her colleague is untouched; her devices are refused from now on.
    const colleagueStillOpen = await Promise.race([closed[2], new Promise((r) => setTimeout(() => r('open'), 300))]);
    expect(colleagueStillOpen).toBe('open');
    expect((await callApi(server, '/api/me', { token: desk.token })).status).toBe(401);
    await expect(runAdminCommand({ store: server.store, keys }, ['person', 'disable', 'anna'], {})).rejects.toThrow(
      /ingen aktiv kopplad app/,
    );
    await sockets[2]!.close();
  });
});
