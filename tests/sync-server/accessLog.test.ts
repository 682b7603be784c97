import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roomName } from '../../src/protocol/rooms';
import { CloseCode } from '../../src/protocol/closeCodes';
import { runAdminCommand } from '../../sync-server/src/admin/commands';
import { loadOrCreateSigningKeys } from '../../sync-server/src/auth/signingKeys';
import type { TestServer } from '../helpers/appServer';
import { callApi, deviceToken, reportedCase, startSeededRelay, syncClient } from '../helpers/relayFixture';

let server: TestServer;
beforeAll(async () => {
  server = await startSeededRelay();
});
afterAll(async () => {
  await server?.close();
});

describe('the access log', () => {
  it('records every join, granted or refused with its code, and reads of case data: who, which case, which part', async () => {
    const nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
    const manager = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager', personId: 'anna' });
    const outsider = await deviceToken(server, { unitId: 'gbg-hemtjanst', role: 'manager', personId: 'olle' });
    const caseId = await reportedCase(server, nurse.token);

    const reader = syncClient(server, manager.token);
    await reader.join(roomName(caseId, 'report'), new Y.Doc()).whenSynced();
    reader.stop();
    const stranger = syncClient(server, outsider.token);
    stranger.join(roomName(caseId, 'report'), new Y.Doc());
    await callApi(server, '/api/cases?since=0', { token: manager.token });
    await callApi(server, `/api/cases/${caseId}/analysis`, { token: outsider.token });

    await vi.waitFor(async () => {
      const rows = await server.store.listAccess({ caseId });
      expect(rows).toContainEqual(
        expect.objectContaining({
          kind: 'join',
          personId: 'anna',
          role: 'manager',
          unitId: 'vgr-avd12',
          orgId: 'vgr',
          part: 'report',
          granted: true,
        }),
      );
      expect(rows).toContainEqual(
        expect.objectContaining({
          kind: 'join',
          personId: 'olle',
          part: 'report',
          granted: false,
          code: CloseCode.forbidden,
        }),
      );
      expect(rows).toContainEqual(
        expect.objectContaining({ kind: 'read', personId: 'olle', part: 'analysis', granted: false, code: 403 }),
      );
    });
    stranger.stop();
    const listing = await server.store.listAccess({ personId: 'anna' });
    expect(listing).toContainEqual(
      expect.objectContaining({ kind: 'read', part: 'listing', caseId: null, granted: true }),
    );
    // Only accesses to cases the organisation takes part in, for its coordinator's screen.
    const vgr = await server.store.listAccess({ orgId: 'vgr' });
    expect(vgr.every((r) => r.caseId !== null)).toBe(true);
    expect(vgr.some((r) => r.caseId === caseId)).toBe(true);
  });

  it('records enrollment attempts with the client address, never the code', async () => {
    const res = await callApi(server, '/api/enroll', { body: { code: 'ABCD-EFGH-JKLM', deviceName: 'Surfplatta' } });
    expect(res.status).toBe(401);
    const rows = await server.store.listAccess({});
    const attempt = rows.find((r) => r.kind === 'enroll');
    expect(attempt).toMatchObject({ granted: false, code: 401, address: expect.stringMatching(/127\.0\.0\.1/) });
    expect(JSON.stringify(rows)).not.toContain('ABCD');
  });

  it('is listed by `npm run admin -- access-log`, filtered by case and person', async () => {
    const keys = await loadOrCreateSigningKeys(mkdtempSync(join(tmpdir(), 'samverka-keys-')));
    const out = await runAdminCommand({ store: server.store, keys }, ['access-log'], { person: 'olle' });
    expect(out).toMatch(/NEKAD \(4403\)/);
    expect(out).not.toMatch(/anna/);
    const json = JSON.parse(
      await runAdminCommand({ store: server.store, keys }, ['access-log'], { json: true, person: 'anna' }),
    ) as unknown[];
    expect(json.length).toBeGreaterThan(0);
  });
});
