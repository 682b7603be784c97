import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { TestServer } from '../helpers/appServer';
import { analysisCast, sharedAnalysisCase, startSeededRelay, syncClient, type Device } from '../helpers/relayFixture';
import { roomName } from '../../src/protocol/rooms';
import type { MultiplexClient } from '../../src/sync/multiplexClient';
import { addEntity, readAnalysis, setScalar, type Writer } from '../../src/storage/analysisDoc';

let server: TestServer;
let karin: Device, greta: Device, vera: Device;
const clients: MultiplexClient[] = [];
const gretaWriter: Writer = { personId: 'greta', name: 'Greta Ek', orgName: 'Göteborgs stad' };
const veraWriter: Writer = { personId: 'vera', name: 'Vera Berg', orgName: 'Västra Götalandsregionen' };
let keys = 0;
const key = () => `key-${++keys}`;

beforeAll(async () => {
  server = await startSeededRelay();
  ({ karin, greta, vera } = await analysisCast(server));
});
afterEach(() => {
  for (const client of clients.splice(0)) client.stop();
});
afterAll(async () => {
  await server?.close();
});

async function sharedAnalysisRoom(): Promise<string> {
  return roomName(await sharedAnalysisCase(server, { karin, greta }), 'analysis');
}

function connect(token: string, room: string, doc: Y.Doc, awareness?: Awareness) {
  const client = syncClient(server, token);
  clients.push(client);
  return { client, binding: client.join(room, doc, awareness) };
}

describe('the analysis between two organisations, with the app’s own sync code', () => {
  it('shows who is in which field to the other side, and forgets them when they leave', async () => {
    const room = await sharedAnalysisRoom();
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    const [presenceA, presenceB] = [new Awareness(docA), new Awareness(docB)];
    presenceA.setLocalState({ user: { name: 'Greta Ek', orgName: 'Göteborgs stad' }, field: null });
    const a = connect(greta.token, room, docA, presenceA);
    const b = connect(vera.token, room, docB, presenceB);
    await Promise.all([a.binding.whenSynced(), b.binding.whenSynced()]);

    presenceA.setLocalStateField('field', 'cause-1-description');
    await vi.waitFor(
      () => expect(presenceB.getStates().get(presenceA.clientID)).toMatchObject({ field: 'cause-1-description' }),
      {
        timeout: 1000,
      },
    );
    a.client.leave(room);
    await vi.waitFor(() => expect(presenceB.getStates().has(presenceA.clientID)).toBe(false), { timeout: 2000 });
    presenceA.destroy();
    presenceB.destroy();
  });

  it('keeps both values of a due date set on each side offline, identically on both, until one is chosen', async () => {
    const room = await sharedAnalysisRoom();
    const [docA, docB] = [new Y.Doc(), new Y.Doc()];
    let a = connect(greta.token, room, docA);
    let b = connect(vera.token, room, docB);
    await Promise.all([a.binding.whenSynced(), b.binding.whenSynced()]);
    addEntity(docA, 'action', 'x1', 1, gretaWriter);
    await vi.waitFor(() => expect(readAnalysis(docB).actions).toHaveLength(1));

    // Both go offline, and change the same date and add an action each.
    a.client.stop();
    b.client.stop();
    setScalar(docA, { kind: 'action', id: 'x1', field: 'plannedEnd' }, '2027-01-31', gretaWriter, 100, key);
    setScalar(docB, { kind: 'action', id: 'x1', field: 'plannedEnd' }, '2027-02-28', veraWriter, 101, key);
    addEntity(docA, 'action', 'from-greta', 200, gretaWriter);
    addEntity(docB, 'action', 'from-vera', 201, veraWriter);

    a = connect(greta.token, room, docA);
    b = connect(vera.token, room, docB);
    await Promise.all([a.binding.whenSynced(), b.binding.whenSynced()]);
    await vi.waitFor(() => expect(readAnalysis(docA)).toEqual(readAnalysis(docB)));
    const merged = readAnalysis(docA);
    expect(merged.actions.map((x) => x.id)).toEqual(['x1', 'from-greta', 'from-vera']);
    expect(merged.actions[0]!.plannedEnd.value).toBe('2027-02-28');
    expect(merged.actions[0]!.plannedEnd.alternatives.map((x) => [x.entry.value, x.entry.name])).toEqual([
      ['2027-01-31', 'Greta Ek'],
    ]);

    // Greta keeps her date: the choice reaches Vera and the conflict is gone on both.
    setScalar(docA, { kind: 'action', id: 'x1', field: 'plannedEnd' }, '2027-01-31', gretaWriter, 300, key);
    await vi.waitFor(() =>
      expect(readAnalysis(docB).actions[0]!.plannedEnd).toEqual({ value: '2027-01-31', alternatives: [] }),
    );
  });
});
