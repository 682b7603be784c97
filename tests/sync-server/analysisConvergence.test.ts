import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import { analysisCast, sharedAnalysisCase, startSeededRelay, syncClient, type Device } from '../helpers/relayFixture';
import { roomName } from '../../src/protocol/rooms';
import type { MultiplexClient } from '../../src/sync/multiplexClient';

let server: TestServer;
let karin: Device, greta: Device, vera: Device;
const clients: MultiplexClient[] = [];

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

/** A case sent from Göteborg to VGR whose analysis Greta started, with both managers signing. */
async function sharedAnalysis(): Promise<string> {
  return roomName(await sharedAnalysisCase(server, { karin, greta }), 'analysis');
}

async function open(token: string, room: string) {
  const client = syncClient(server, token);
  clients.push(client);
  const doc = new Y.Doc();
  await client.join(room, doc).whenSynced();
  return { client, doc, text: doc.getText('analysis') };
}

/** Deterministic randomness (mulberry32), so a failure replays. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sameState = (a: Y.Doc, b: Y.Doc) => {
  expect(Y.decodeStateVector(Y.encodeStateVector(a))).toEqual(Y.decodeStateVector(Y.encodeStateVector(b)));
  expect(a.toJSON()).toEqual(b.toJSON());
};

describe('two organisations writing one analysis', () => {
  it("converge on one text holding both people's words when they type into it at the same time", async () => {
    const room = await sharedAnalysis();
    const a = await open(greta.token, room);
    const b = await open(vera.token, room);
    a.text.insert(0, '|');
    await vi.waitFor(() => expect(b.text.toString()).toBe('|'));

    // Greta types before the bar, Vera after it, a character each in turn; every few keys the
    // relay gets time to pass them on, so both type while the other's keys are in flight.
    const fromGreta = 'Hemsjukvården fick inget meddelande före utskrivningen.';
    const fromVera = 'Avdelningen trodde att remissen hade skickats.';
    for (let i = 0; i < Math.max(fromGreta.length, fromVera.length); i++) {
      if (i < fromGreta.length) a.text.insert(i, fromGreta[i]!);
      if (i < fromVera.length) b.text.insert(b.text.length, fromVera[i]!);
      if (i % 5 === 4) await new Promise((r) => setTimeout(r, 2));
    }
    await vi.waitFor(() => expect(a.text.toString()).toBe(b.text.toString()));
    expect(a.text.toString()).toBe(`${fromGreta}|${fromVera}`);
    sameState(a.doc, b.doc);
  });

  it('converge to identical state after each edits 1,000 times while disconnected', async () => {
    const room = await sharedAnalysis();
    const a = await open(greta.token, room);
    const b = await open(vera.token, room);
    a.text.insert(0, 'Gemensam början. ');
    await vi.waitFor(() => expect(b.text.toString()).toBe('Gemensam början. '));

    a.client.stop();
    b.client.stop();
    const edit = (text: Y.Text, letter: string, next: () => number) => {
      if (text.length > 20 && next() < 0.3) text.delete(Math.floor(next() * (text.length - 3)), 3);
      else text.insert(Math.floor(next() * (text.length + 1)), letter.repeat(1 + Math.floor(next() * 3)));
    };
    const nextA = random(1);
    const nextB = random(2);
    for (let i = 0; i < 1000; i++) {
      edit(a.text, 'g', nextA);
      edit(b.text, 'v', nextB);
    }
    expect(a.text.toString()).not.toBe(b.text.toString());

    a.client.start();
    b.client.start();
    await vi.waitFor(() => sameState(a.doc, b.doc), { timeout: 10_000 });
    expect(a.text.toString()).toMatch(/g/);
    expect(a.text.toString()).toMatch(/v/);

    // What the relay stored is that same state: a third device gets it from the relay alone.
    const c = await open(greta.token, room);
    sameState(c.doc, a.doc);
  });
});
