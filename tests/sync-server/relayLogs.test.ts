import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRelay } from '../../sync-server/src/relay';
import { createSqliteStore } from '../../sync-server/src/store/sqliteStore';
import { loadOrCreateSigningKeys } from '../../sync-server/src/auth/signingKeys';
import { registerDevice } from '../../sync-server/src/auth/enrollment';
import { createTokenIssuer } from '../../sync-server/src/auth/deviceTokens';
import { MultiplexClient } from '../../src/sync/multiplexClient';
import { nodeSocket } from '../helpers/relayFixture';

const dir = mkdtempSync(join(tmpdir(), 'samverka-logs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relay logs', () => {
  it('carry no tokens and no case text, even on errors', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const store = createSqliteStore(join(dir, 'r.sqlite'));
    const keys = await loadOrCreateSigningKeys(dir);
    await store.createOrg({ id: 'goteborg', name: 'Göteborgs stad', type: 'kommun', profileId: 'goteborgsomradet' });
    await store.createUnit({ id: 'u', orgId: 'goteborg', name: 'Enhet' });
    const { token } = await registerDevice(store, createTokenIssuer(keys), {
      name: 'x',
      unitId: 'u',
      personId: 'p',
      personName: 'P',
      role: 'staff',
    });
    const relay = await createRelay({
      port: 0,
      host: '127.0.0.1',
      storage: store,
      auth: { keys },
      logger: pino({ level: 'trace' }, sink),
    });

    const secret = 'Patienten 811218-9876 hemlig text';
    const client = new MultiplexClient({
      url: `ws://127.0.0.1:${relay.port}/sync-multi`,
      token: () => token,
      createSocket: nodeSocket,
    });
    client.start();
    const doc = new Y.Doc();
    const caseId = crypto.randomUUID();
    await fetch(`http://127.0.0.1:${relay.port}/api/cases/${caseId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}` },
    });
    await client.join(caseId, doc).whenSynced();
    doc.getText('t').insert(0, secret);
    // Failures: a bad frame, a wrong token, a malformed API call.
    const bad = new WebSocket(`ws://127.0.0.1:${relay.port}/sync/${caseId}?token=${token}`);
    await new Promise((r) => bad.on('open', r));
    bad.send(new Uint8Array([0, 2, 200, 1, 2]));
    await new Promise((r) => bad.on('close', r));
    await fetch(`http://127.0.0.1:${relay.port}/api/directory`, { headers: { Authorization: `Bearer ${token}x` } });
    await vi.waitFor(() => expect(lines.length).toBeGreaterThan(0));
    client.stop();
    await relay.close();
    await store.close();

    const all = lines.join('\n');
    expect(all).toContain('relä startat');
    expect(all).not.toContain(token.slice(20, 60));
    expect(all).not.toContain('811218');
    expect(all).not.toContain('hemlig');
  });
});
