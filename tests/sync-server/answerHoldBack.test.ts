import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import {
  analysisCast,
  rawMultiplex,
  reportedCase,
  startSeededRelay,
  syncClient,
  type Device,
  type RawMultiplex,
} from '../helpers/relayFixture';
import { MuxKind, type MuxFrame } from '../../src/protocol/multiplex';
import { roomName } from '../../src/protocol/rooms';
import type { MultiplexClient } from '../../src/sync/multiplexClient';
import { makeHeldField } from '../../src/primitives/heldText';
import { answerFieldId } from '../../src/primitives/createAnswerTexts';
import { editAnswerText, releaseAnswerText, replaceAnswerTextRange } from '../../src/storage/answerDoc';
import { encodeSync, SyncStep } from '../../sync-server/src/rooms/yMessages';

let server: TestServer;
let karin: Device, vera: Device;
const clients: MultiplexClient[] = [];
const sockets: RawMultiplex[] = [];

beforeAll(async () => {
  server = await startSeededRelay();
  ({ karin, vera } = await analysisCast(server));
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.stop();
  for (const socket of sockets.splice(0)) await socket.close();
});
afterAll(async () => {
  await server?.close();
});

/** The pieces someone could put an identity number together from: its digit groups, and all its digits. */
const piecesOf = (number: string) => [...number.split(/\D+/), number.replace(/\D/g, '')].filter((p) => p.length >= 4);
const REPLACEMENT = '[personuppgift borttagen]';

/** The y-websocket sync message inside a frame for `room`, if it is one. */
function syncIn(frame: MuxFrame, room: string): { step: number; data: Uint8Array } | null {
  if (frame.kind !== MuxKind.message || frame.room !== room) return null;
  const decoder = decoding.createDecoder(frame.payload);
  if (decoding.readVarUint(decoder) !== 0) return null;
  return { step: decoding.readVarUint(decoder), data: decoding.readVarUint8Array(decoder) };
}

/** Every text a frame's updates insert, decoded (not only its bytes). */
function insertedStrings(frame: MuxFrame, room: string): string[] {
  const sync = syncIn(frame, room);
  if (!sync || sync.step === SyncStep.step1) return [];
  return Y.decodeUpdate(sync.data).structs.flatMap((struct) =>
    struct instanceof Y.Item && struct.content instanceof Y.ContentString ? [struct.content.str] : [],
  );
}

/** The reporting side: Karin's own socket on the answer room, recording every frame it is sent. */
async function reporterWatching(room: string) {
  const socket = await rawMultiplex(server, karin.token);
  sockets.push(socket);
  socket.send({ kind: MuxKind.message, room, payload: encodeSync(SyncStep.step1, new Uint8Array([0])) });
  await socket.waitFor((f) => syncIn(f, room)?.step === SyncStep.step2);
  return {
    frames: socket.frames,
    /** The answer text as the reporting side holds it, from everything it was sent. */
    text(field: string): string {
      const doc = new Y.Doc();
      for (const frame of socket.frames) {
        const sync = syncIn(frame, room);
        if (sync && sync.step !== SyncStep.step1) Y.applyUpdate(doc, sync.data);
      }
      return doc.getText(field).toString();
    },
  };
}

/**
 * The receiving manager typing into the answer's cause, through the same controller the answer
 * form uses (createAnswerTexts → makeHeldField), one keystroke at a time with the caret at the end.
 */
async function managerTyping(room: string, caseId: string) {
  const client = syncClient(server, vera.token);
  clients.push(client);
  const doc = new Y.Doc();
  await client.join(room, doc).whenSynced();
  const text = doc.getText('cause');
  const field = makeHeldField({
    caseId,
    fieldId: answerFieldId('cause'),
    shared: () => text.toString(),
    share: (next, cursor) => editAnswerText(doc, 'cause', next, cursor),
    release: (base, held) => releaseAnswerText(doc, 'cause', base, held),
    replace: (start, end, by) => replaceAnswerTextRange(doc, 'cause', start, end, by),
  });
  text.observe(() => field.sharedChanged());
  return {
    text,
    field,
    async type(chars: string) {
      for (const [i, char] of [...chars].entries()) {
        const next = field.shown() + char;
        field.edit(next, next.length);
        if (i % 3 === 2) await new Promise((r) => setTimeout(r, 2));
      }
    },
  };
}

describe('the answer, typed by the receiving unit, as the reporting organisation receives it', () => {
  it.each([['811218-9876'], ['811218 - 9876'], ['19811218-9876']])(
    'never carries a digit of %s typed into the answer and then replaced',
    async (number) => {
      const caseId = await reportedCase(server, karin.token);
      const room = roomName(caseId, 'answer');
      const reporter = await reporterWatching(room);
      const manager = await managerTyping(room, caseId);

      await manager.type(`Orsak: patienten ${number} fick fel lista.`);
      expect(manager.field.reason()).toBe('identity_number');
      const at = manager.field.shown().indexOf(number);
      manager.field.replace(at, at + number.length, REPLACEMENT);
      manager.field.leave();

      const expected = `Orsak: patienten ${REPLACEMENT} fick fel lista.`;
      expect(manager.text.toString()).toBe(expected);
      await vi.waitFor(() => expect(reporter.text('cause')).toBe(expected));
      // The words around the number did arrive, in several updates: the socket was live throughout.
      expect(reporter.frames.filter((f) => insertedStrings(f, room).length > 0).length).toBeGreaterThan(3);
      for (const needle of [number, ...piecesOf(number)]) {
        const bytes = Buffer.from(needle);
        const carrying = reporter.frames.filter(
          (f) => f.kind === MuxKind.message && Buffer.from(f.payload).includes(bytes),
        );
        expect(carrying, needle).toEqual([]);
      }
      expect(reporter.frames.flatMap((f) => insertedStrings(f, room)).filter((s) => /\d/.test(s))).toEqual([]);
    },
  );

  it('receives an ordinary number whole, once it is finished, never digit by digit', async () => {
    const caseId = await reportedCase(server, karin.token);
    const room = roomName(caseId, 'answer');
    const reporter = await reporterWatching(room);
    const manager = await managerTyping(room, caseId);

    await manager.type('Larmet kvitterades efter 1605 sekunder.');

    await vi.waitFor(() => expect(reporter.text('cause')).toBe('Larmet kvitterades efter 1605 sekunder.'));
    const withDigits = reporter.frames.flatMap((f) => insertedStrings(f, room)).filter((s) => /\d/.test(s));
    expect(withDigits.length).toBeGreaterThan(0);
    for (const inserted of withDigits) expect(inserted).toContain('1605');
  });
});
