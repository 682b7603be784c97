import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type { TestServer } from '../helpers/appServer';
import type { MultiplexClient } from '../../src/sync/multiplexClient';
import { createdCase, deviceToken, docState, startSeededRelay, syncClient } from '../helpers/relayFixture';

let server: TestServer | null = null;
const clients: MultiplexClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.stop();
  await server?.close();
  server = null;
});

async function twoDevicesOfOneNurse() {
  server = await startSeededRelay();
  const personId = 'karin';
  const a = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId });
  const b = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId });
  const clientA = syncClient(server, a.token);
  const clientB = syncClient(server, b.token);
  clients.push(clientA, clientB);
  return { clientA, clientB, token: a.token };
}

describe('relay sync', () => {
  it('two clients converge on text, map and array', async () => {
    const { clientA, clientB, token } = await twoDevicesOfOneNurse();
    const room = await createdCase(server!, token);
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const bindingA = clientA.join(room, docA);
    clientB.join(room, docB);
    await bindingA.whenSynced();
    docA.getText('description').insert(0, 'Utskrivning utan meddelande.');
    docA.getMap('fields').set('area', 'utskrivning');
    docB.getArray('events').push([{ action: 'submit' }]);
    docB.getMap('fields').set('eventType', 'occurred');
    await vi.waitFor(() => expect(docState(docA)).toEqual(docState(docB)));
    expect(docState(docB)).toEqual({
      text: 'Utskrivning utan meddelande.',
      map: { area: 'utskrivning', eventType: 'occurred' },
      array: [{ action: 'submit' }],
    });
  });

  it('both edit offline and converge after reconnecting', async () => {
    const { clientA, clientB, token } = await twoDevicesOfOneNurse();
    const room = await createdCase(server!, token);
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    await clientA.join(room, docA).whenSynced();
    await clientB.join(room, docB).whenSynced();
    docA.getText('description').insert(0, 'Början.');
    await vi.waitFor(() => expect(docB.getText('description').toString()).toBe('Början.'));

    clientA.stop();
    clientB.stop();
    docA.getText('description').insert(7, ' A skrev offline.');
    docB.getText('description').insert(0, 'B först. ');
    docA.getMap('fields').set('severity', 2);
    docB.getArray('events').push(['b']);
    clientA.start();
    clientB.start();
    await vi.waitFor(() => expect(docState(docA)).toEqual(docState(docB)));
    expect(docA.getText('description').toString()).toBe('B först. Början. A skrev offline.');
  });

  it('syncs hundreds of cases over one connection', async () => {
    const { clientA, clientB, token } = await twoDevicesOfOneNurse();
    const rooms = await Promise.all(Array.from({ length: 300 }, () => createdCase(server!, token)));
    const docsA = rooms.map((room, i) => {
      const doc = new Y.Doc();
      doc.getText('description').insert(0, `ärende ${i}`);
      clientA.join(room, doc);
      return doc;
    });
    const docsB = rooms.map((room) => {
      const doc = new Y.Doc();
      clientB.join(room, doc);
      return doc;
    });
    await vi.waitFor(
      () =>
        expect(docsB.map((d) => d.getText('description').toString())).toEqual(
          docsA.map((d) => d.getText('description').toString()),
        ),
      {
        timeout: 15_000,
      },
    );
    expect(clientA.roomCount).toBe(300);
    expect(server!.loadedRooms()).toBe(300);
  });

  it('lets a stock y-websocket WebsocketProvider sync a case', async () => {
    const { clientA, token } = await twoDevicesOfOneNurse();
    const same = await deviceToken(server!, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
    const caseId = await createdCase(server!, token);
    const ours = new Y.Doc();
    await clientA.join(caseId, ours).whenSynced();
    ours.getText('description').insert(0, 'från appen');

    const stock = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${server!.port}/sync`, caseId, stock, {
      WebSocketPolyfill: WebSocket as never,
      params: { token: same.token },
      disableBc: true,
    });
    try {
      await vi.waitFor(() => expect(stock.getText('description').toString()).toBe('från appen'));
      stock.getText('description').insert(0, 'stock: ');
      await vi.waitFor(() => expect(ours.getText('description').toString()).toBe('stock: från appen'));
    } finally {
      provider.destroy();
    }
  });

  it('keeps what it stored across a restart of the relay on the same file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverka-restart-'));
    server = await startSeededRelay({ dataDir });
    const nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
    const room = await createdCase(server, nurse.token);
    const doc = new Y.Doc();
    const client = syncClient(server, nurse.token);
    clients.push(client);
    await client.join(room, doc).whenSynced();
    doc.getText('description').insert(0, 'sparad text');
    await vi.waitFor(() => expect(client.join(room, doc).state).toBe('synced'));
    client.stop();
    await server.close();

    server = await startSeededRelay({ dataDir });
    const reader = syncClient(server, nurse.token);
    clients.push(reader);
    const fresh = new Y.Doc();
    await reader.join(room, fresh).whenSynced();
    expect(fresh.getText('description').toString()).toBe('sparad text');
    rmSync(dataDir, { recursive: true, force: true });
  });
});
