import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MuxKind, type MuxFrame } from '../../src/protocol/multiplex';
import { roomName } from '../../src/protocol/rooms';
import type { TestServer } from '../helpers/appServer';
import {
  analysisCast,
  callApi,
  createdCase,
  rawMultiplex,
  sharedAnalysisCase,
  startSeededRelay,
  syncClient,
  type Device,
} from '../helpers/relayFixture';

const NUMBER = '720908-6425';
const REPLACEMENT = '[personuppgift borttagen]';

/** Every string a frame's Yjs content carries (text, map values), decoded: never the raw bytes alone. */
function stringsIn(frame: MuxFrame): string[] {
  if (frame.kind !== MuxKind.message) return [];
  const decoder = decoding.createDecoder(frame.payload);
  if (decoding.readVarUint(decoder) !== 0) return []; // awareness: presence, no content
  decoding.readVarUint(decoder); // sync step
  const update = decoding.readVarUint8Array(decoder);
  if (update.length === 0 || decoding.createDecoder(update).arr.length === 0) return [];
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return []; // a state vector (step 1)
  }
  return structs.flatMap((struct) => {
    if (!(struct instanceof Y.Item)) return [];
    const content = struct.content;
    if (content instanceof Y.ContentString) return [content.str];
    return content.getContent().map((value: unknown) => JSON.stringify(value));
  });
}

const digitsIn = (frames: MuxFrame[]) => frames.flatMap(stringsIn).filter((s) => /\d/.test(s));
const bytesHold = (frames: MuxFrame[], needle: string) =>
  frames.some((f) => f.kind === MuxKind.message && Buffer.from(f.payload).includes(Buffer.from(needle)));

/** Types `text` into a doc's text one keystroke (one update) at a time, then replaces `NUMBER`. */
async function typeThenReplace(doc: Y.Doc, field: string, text: string): Promise<void> {
  const ytext = doc.getText(field);
  for (const ch of text) {
    ytext.insert(ytext.length, ch);
    await new Promise((r) => setImmediate(r));
  }
  const at = ytext.toString().indexOf(NUMBER);
  doc.transact(() => {
    ytext.delete(at, NUMBER.length);
    ytext.insert(at, REPLACEMENT);
  });
}

/** A reader's first sync of a room over a raw socket, recording every frame it gets. */
async function firstSync(server: TestServer, token: string, room: string): Promise<MuxFrame[]> {
  const raw = await rawMultiplex(server, token);
  try {
    const emptyStep1 = new Uint8Array([0, 0, 1, 0]);
    raw.send({ kind: MuxKind.message, room, payload: emptyStep1 });
    await raw.waitFor((f) => f.kind === MuxKind.message && f.room === room && f.payload[1] === 1);
    return raw.frames;
  } finally {
    await raw.close();
  }
}

let server: TestServer;
let cast: { karin: Device; greta: Device; vera: Device };
beforeAll(async () => {
  server = await startSeededRelay();
  cast = await analysisCast(server);
});
afterAll(async () => {
  await server?.close();
});

describe('deleted text never reaches another organisation', () => {
  it('a number typed, replaced and submitted in the report never reaches the receiving unit', async () => {
    const caseId = await createdCase(server, cast.karin.token);
    const author = syncClient(server, cast.karin.token);
    const doc = new Y.Doc();
    const binding = author.join(caseId, doc);
    await binding.whenSynced();
    await typeThenReplace(doc, 'description', `Patienten ${NUMBER} fick ingen utskrivningsinformation.`);
    await binding.whenSynced();
    author.stop();
    // The relay holds every keystroke as its own row until the submission.
    expect((await server.store.loadUpdates(caseId)).length).toBeGreaterThan(50);

    const submitted = await callApi(server, `/api/cases/${caseId}/submit`, {
      token: cast.karin.token,
      body: { receivingUnitId: 'vgr-avd12' },
    });
    expect(submitted.status).toBe(200);
    expect(await server.store.loadUpdates(caseId)).toHaveLength(1);

    const frames = await firstSync(server, cast.vera.token, caseId);
    const received = frames.flatMap(stringsIn).join('');
    expect(received).toContain(REPLACEMENT);
    expect(digitsIn(frames)).toEqual([]);
    expect(bytesHold(frames, '0908')).toBe(false);
  });

  it.each(['answer', 'analysis'] as const)(
    "text deleted in the %s before the other side's first sync never reaches it",
    async (part) => {
      const caseId = await sharedAnalysisCase(server, cast);
      const room = roomName(caseId, part);
      // Vera (the receiving unit) writes and replaces a number, in a client that ignores the app's hold-back.
      const writer = syncClient(server, cast.vera.token);
      const doc = new Y.Doc();
      const binding = writer.join(room, doc);
      await binding.whenSynced();
      await typeThenReplace(doc, 'cause', `Orsak: ${NUMBER} saknades i remissen.`);
      await binding.whenSynced();
      writer.stop();

      const frames = await firstSync(server, cast.greta.token, room);
      expect(frames.flatMap(stringsIn).join('')).toContain(REPLACEMENT);
      expect(digitsIn(frames)).toEqual([]);
    },
  );

  it('compacts the room it serves, so the stored rows hold no deleted text after a first sync', async () => {
    const caseId = await sharedAnalysisCase(server, cast);
    const room = roomName(caseId, 'answer');
    const writer = syncClient(server, cast.vera.token);
    const doc = new Y.Doc();
    const binding = writer.join(room, doc);
    await binding.whenSynced();
    await typeThenReplace(doc, 'cause', `Nummer ${NUMBER} här.`);
    await binding.whenSynced();
    writer.stop();
    await firstSync(server, cast.karin.token, room);
    const rows = await server.store.loadUpdates(room);
    const stored = Y.decodeUpdate(rows[0]!).structs.flatMap((s) =>
      s instanceof Y.Item && s.content instanceof Y.ContentString ? [s.content.str] : [],
    );
    expect(rows).toHaveLength(1);
    expect(stored.join('')).not.toMatch(/\d/);
  });
});
