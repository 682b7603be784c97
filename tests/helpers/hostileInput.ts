import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { TestServer } from './appServer';
import { encodeMuxFrame, MuxKind } from '../../src/protocol/multiplex';
import { RawRoomClient } from '../bench/relay/rawClient';

/**
 * Helpers for tests that feed the relay what no honest client sends. Cases are written to the
 * store directly, so these tests do not depend on how the app creates a case.
 */
export async function storedCase(server: TestServer, authorPersonId: string): Promise<string> {
  const caseId = randomUUID();
  await server.store.createCase({
    caseId,
    ownerUnitId: 'gbg-hemsjukvard',
    ownerOrgId: 'goteborg',
    authorPersonId,
    receivingUnitId: null,
    receivingOrgId: null,
    submittedAt: null,
    createdAt: Date.now(),
  });
  return caseId;
}

export type Endpoint = '/sync-multi' | '/sync/<room>';
export const ENDPOINTS: Endpoint[] = ['/sync-multi', '/sync/<room>'];

/** The path of an endpoint for a room. */
export const pathOf = (endpoint: Endpoint, room: string) =>
  endpoint === '/sync-multi' ? '/sync-multi' : `/sync/${room}`;

/** A y-websocket message as the endpoint carries it: as is, or in a mux frame naming the room. */
export const frameFor = (endpoint: Endpoint, room: string, message: Uint8Array) =>
  endpoint === '/sync-multi' ? encodeMuxFrame({ kind: MuxKind.message, room, payload: message }) : message;

/** Opens a socket, sends `frames` in order and resolves with the relay's close code ('open' if none in `ms`). */
export function closeCodeAfter(
  server: TestServer,
  token: string,
  path: string,
  frames: Uint8Array[],
  ms = 3000,
): Promise<number | 'open'> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}?token=${token}`);
    const timer = setTimeout(() => {
      ws.terminate();
      resolve('open');
    }, ms);
    ws.on('open', () => frames.forEach((f) => ws.send(f)));
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    ws.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

export function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness update of raw entries; `state` bytes are written as given (they may be bad UTF-8). */
export function awarenessUpdate(entries: [clientId: number, clock: number, state: Uint8Array | string][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    if (typeof state === 'string') encoding.writeVarString(encoder, state);
    else encoding.writeVarUint8Array(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

/** A real edit: some text and a map field, as one update. */
export function sampleUpdate(text = 'hej hopp'): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  doc.getMap('fields').set('area', 'utskrivning');
  return Y.encodeStateAsUpdate(doc);
}

/** Joins a room over `/sync/<room>` with a plain y-websocket client and resolves once it has the room's state. */
export function plainClient(
  server: TestServer,
  token: string,
  room: string,
  doc = new Y.Doc(),
): Promise<RawRoomClient> {
  return RawRoomClient.connect({
    base: `ws://127.0.0.1:${server.port}/sync`,
    room,
    doc,
    flavor: 'y-websocket',
    token,
  });
}
