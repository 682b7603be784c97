import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import { deviceToken, startSeededRelay } from '../helpers/relayFixture';
import {
  awarenessMessage,
  awarenessUpdate,
  closeCodeAfter,
  ENDPOINTS,
  frameFor,
  pathOf,
  plainClient,
  sampleUpdate,
  storedCase,
  syncMessage,
  type Endpoint,
} from '../helpers/hostileInput';
import { CloseCode } from '../../src/protocol/closeCodes';

let server: TestServer;
let author: string;
let reader: string;

beforeAll(async () => {
  server = await startSeededRelay();
  author = (await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' })).token;
  reader = (await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager', personId: 'vera' })).token;
});
afterAll(async () => {
  await server?.close();
});

const update = sampleUpdate('hejhopp');
/** The same update with its text's first bytes replaced by invalid UTF-8. */
const badUtf8Update = (() => {
  const copy = Uint8Array.from(update);
  const at = Buffer.from(copy).indexOf('hejhopp');
  copy.set([0xff, 0xfe], at);
  return copy;
})();
const bytes = (...b: number[]) => new Uint8Array(b);

const badMessages: [string, Uint8Array][] = [
  ['an empty message', bytes()],
  ['an unknown message type', bytes(9)],
  ['an unknown sync step', syncMessage(7, bytes())],
  ['a sync message without its payload', bytes(0, 2)],
  ['a payload longer than the message', bytes(0, 2, 50, 1, 2, 3)],
  ['a truncated state vector', syncMessage(0, bytes(3, 1))],
  ['a state vector with an integer out of range', syncMessage(0, bytes(1, ...Array(10).fill(0xff), 1))],
  ['garbage as an update', syncMessage(2, bytes(255, 255, 255, 1))],
  ['garbage as sync step 2', syncMessage(1, bytes(7, 7, 7))],
  ['a truncated update', syncMessage(2, update.slice(0, Math.floor(update.length / 2)))],
  ['an update whose text is invalid UTF-8', syncMessage(2, badUtf8Update)],
  ['a truncated awareness update', awarenessMessage(bytes(1, 5))],
  [
    'an awareness update naming 65 clients',
    awarenessMessage(awarenessUpdate(Array.from({ length: 65 }, (_, i) => [i + 1, 1, '{}']))),
  ],
  ['an awareness state that is not JSON', awarenessMessage(awarenessUpdate([[1, 1, '{inte json']]))],
  ['an awareness state of invalid UTF-8', awarenessMessage(awarenessUpdate([[1, 1, bytes(0x22, 0xff, 0x22)]]))],
  ['an awareness state over 4 KB', awarenessMessage(awarenessUpdate([[1, 1, JSON.stringify('x'.repeat(5000))]]))],
];

describe('a malformed message closes its socket with 4400, never 1011', () => {
  const table = ENDPOINTS.flatMap((endpoint) => badMessages.map(([what, message]) => ({ endpoint, what, message })));

  it.each(table)('$what on $endpoint', async ({ endpoint, what, message }) => {
    const room = await storedCase(server, 'karin');
    const code = await closeCodeAfter(server, author, pathOf(endpoint, room), [frameFor(endpoint, room, message)]);
    expect(code, what).toBe(CloseCode.badMessage);
  });

  it.each(ENDPOINTS)('a reader’s malformed update on %s', async (endpoint) => {
    const room = await storedCase(server, 'karin');
    await server.store.markSubmitted(room, 'vgr-avd12', 'vgr', Date.now());
    const frames = [frameFor(endpoint, room, syncMessage(2, update.slice(0, 7)))];
    expect(await closeCodeAfter(server, reader, pathOf(endpoint, room), frames)).toBe(CloseCode.badMessage);
  });

  it.each([
    ['an empty frame', bytes()],
    ['an unknown frame kind', bytes(9, 0)],
    ['a room name longer than the frame', bytes(0, 40, 0x61)],
  ])('%s on /sync-multi', async (_what, frame) => {
    expect(await closeCodeAfter(server, author, '/sync-multi', [frame])).toBe(CloseCode.badMessage);
  });

  it.each(ENDPOINTS)('a well-formed update and awareness keep the socket open on %s', async (endpoint) => {
    const room = await storedCase(server, 'karin');
    const frames = [
      frameFor(endpoint, room, syncMessage(2, update)),
      frameFor(endpoint, room, awarenessMessage(awarenessUpdate([[1, 1, '{"user":{"name":"Karin"}}']]))),
    ];
    expect(await closeCodeAfter(server, author, pathOf(endpoint, room), frames, 500)).toBe('open');
  });
});

/** A small deterministic PRNG, so a failure can be replayed. */
function prng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function mutate(message: Uint8Array, random: () => number): Uint8Array {
  const copy = Uint8Array.from(message);
  const at = () => Math.floor(random() * copy.length);
  switch (Math.floor(random() * 5)) {
    case 0: // flip bits
      for (let i = 0; i < 1 + random() * 3; i++) copy[at()]! ^= 1 << Math.floor(random() * 8);
      return copy;
    case 1: // overwrite bytes
      for (let i = 0; i < 1 + random() * 4; i++) copy[at()] = Math.floor(random() * 256);
      return copy;
    case 2: // truncate
      return copy.slice(0, at());
    case 3: // extend with garbage
      return Uint8Array.from([...copy, ...Array.from({ length: 1 + random() * 20 }, () => Math.floor(random() * 256))]);
    default: // noise
      return Uint8Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * 256));
  }
}

describe('fuzzing the relay', () => {
  it('never answers random, truncated or bit-flipped messages with 1011, and keeps serving', async () => {
    const random = prng(20261201);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'avvikelse vid utskrivning');
    const sv = Y.encodeStateVector(doc);
    doc.getText('t').insert(5, ' (rättad)');
    doc.getMap('fields').set('severity', 2);
    const seeds = [
      syncMessage(0, sv),
      syncMessage(1, Y.encodeStateAsUpdate(doc)),
      syncMessage(2, Y.encodeStateAsUpdate(doc, sv)),
      syncMessage(2, sampleUpdate('någon annan skrev')),
      awarenessMessage(awarenessUpdate([[42, 3, '{"user":{"name":"Karin","color":"#30bced"}}']])),
      bytes(3),
    ];
    const fuzzers = await Promise.all(
      [1, 2, 3, 4].map(() => deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' })),
    );
    const rooms = await Promise.all([1, 2].map(() => storedCase(server, 'karin')));
    const codes = new Map<number, number>();
    let sent = 0;

    /** One socket: joins, sends a few mutated messages, and records how the relay ended it. */
    const round = (token: string, endpoint: Endpoint, room: string) =>
      new Promise<void>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}${pathOf(endpoint, room)}?token=${token}`);
        let byUs = false;
        const quiet = setTimeout(() => {
          byUs = true;
          ws.close();
        }, 150);
        ws.on('open', () => {
          for (let i = 0; i < 8; i++) {
            const message = mutate(seeds[Math.floor(random() * seeds.length)]!, random);
            // Mostly well-framed for the mux, so the message reaches the room; sometimes a bad frame.
            const frame =
              random() < 0.9 ? frameFor(endpoint, room, message) : mutate(frameFor(endpoint, room, message), random);
            ws.send(frame);
            sent++;
          }
        });
        ws.on('close', (code) => {
          clearTimeout(quiet);
          if (!byUs) codes.set(code, (codes.get(code) ?? 0) + 1);
          resolve();
        });
        ws.on('error', () => undefined);
      });

    await Promise.all(
      fuzzers.map(async ({ token }, i) => {
        for (let r = 0; r < 150; r++) await round(token, ENDPOINTS[(i + r) % 2]!, rooms[r % 2]!);
      }),
    );

    expect(sent).toBeGreaterThan(4000);
    expect(codes.get(CloseCode.internalError) ?? 0, JSON.stringify([...codes])).toBe(0);
    expect(codes.get(1006) ?? 0).toBe(0);
    expect(codes.get(CloseCode.badMessage)).toBeGreaterThan(100);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);

    // The fuzzed rooms still load and sync, whatever well-formed nonsense they stored.
    for (const room of rooms) {
      const client = await plainClient(server, author, room);
      expect(Y.encodeStateAsUpdate(client.doc).length).toBeGreaterThan(2);
      await client.close();
    }
    // And a fresh room still takes an edit and hands it to another client.
    const room = await storedCase(server, 'karin');
    const writer = await plainClient(server, author, room);
    writer.doc.getText('t').insert(0, 'fortfarande här');
    await writer.confirmStored();
    const other = await plainClient(server, fuzzers[0]!.token, room);
    expect(other.doc.getText('t').toString()).toBe('fortfarande här');
    await Promise.all([writer.close(), other.close()]);
  }, 60_000);
});
