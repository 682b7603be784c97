import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import { deviceToken, startSeededRelay, syncClient } from '../helpers/relayFixture';
import { ENDPOINTS, pathOf, storedCase, type Endpoint } from '../helpers/hostileInput';
import { CloseCode } from '../../src/protocol/closeCodes';
import { encodeMuxFrame, MuxKind } from '../../src/protocol/multiplex';
import { DEFAULT_LIMITS } from '../../sync-server/src/connections/limits';

const MiB = 1024 * 1024;
let server: TestServer;
let token: string;
let personId: string;

// The relay as shipped: the default 2 MiB frame limit.
beforeAll(async () => {
  server = await startSeededRelay();
  ({ token, personId } = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff' }));
});
afterAll(async () => {
  await server?.close();
});

/** Sends one frame of `bytes` over a real ws client and resolves with the close code and reason. */
function closeAfterSending(path: string, frame: Uint8Array): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}?token=${token}`);
    ws.on('open', () => ws.send(frame));
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    ws.on('error', (err) => (ws.readyState === WebSocket.CLOSED ? reject(err) : undefined));
  });
}

/** A frame of `bytes` for a room, well-formed for the endpoint up to its size. */
function frameOf(endpoint: Endpoint, room: string, bytes: number): Uint8Array {
  const payload = new Uint8Array(bytes);
  if (endpoint === '/sync-multi')
    payload.set(encodeMuxFrame({ kind: MuxKind.message, room, payload: new Uint8Array() }));
  return payload;
}

/** A path to a room of the test's author on the endpoint. */
const pathTo = async (endpoint: Endpoint) => pathOf(endpoint, await storedCase(server, personId));

/**
 * Opens a socket by hand and sends only the header of a binary frame that claims `declared`
 * bytes, then payload in chunks until the relay answers. Resolves with the close code the relay
 * sent and how much payload it had taken by then: it must not wait for the whole frame.
 */
function closeForDeclaredLength(path: string, declared: number): Promise<{ code: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let response = Buffer.alloc(0);
    let upgraded = false;
    let sent = 0;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no close frame from the relay'));
    }, 10_000);
    const finish = (code: number) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ code, sent });
    };
    socket.on('connect', () =>
      socket.write(
        `GET ${path}?token=${token} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      ),
    );
    const chunk = Buffer.alloc(64 * 1024);
    const pump = () => {
      // Keep sending payload until the relay closes; stop at 4 MiB (the relay must not need more).
      while (sent < 4 * MiB && !socket.destroyed) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.on('data', (data: Buffer) => {
      response = Buffer.concat([response, data]);
      if (!upgraded) {
        const end = response.indexOf('\r\n\r\n');
        if (end < 0) return;
        if (!response.subarray(0, 12).toString().includes('101')) return finish(-1);
        upgraded = true;
        response = response.subarray(end + 4);
        const header = Buffer.alloc(14);
        header[0] = 0x82; // FIN, binary
        header[1] = 0x80 | 127; // masked, 64-bit length
        header.writeBigUInt64BE(BigInt(declared), 2);
        socket.write(header); // mask key: the last four bytes (zeros)
        pump();
      }
      // Server frames are unmasked: skip the relay's sync messages until its close frame.
      for (;;) {
        if (response.length < 2) return;
        const short = response[1]! & 0x7f;
        const at = short === 126 ? 4 : short === 127 ? 10 : 2;
        if (response.length < at) return;
        const length =
          short === 126 ? response.readUInt16BE(2) : short === 127 ? Number(response.readBigUInt64BE(2)) : short;
        if (response.length < at + length) return;
        if ((response[0]! & 0x0f) === 0x8) return finish(response.readUInt16BE(at));
        response = response.subarray(at + length);
      }
    });
    socket.on('error', () => undefined);
  });
}

describe('an over-limit frame closes its socket with 4413, whatever its size', () => {
  const sizes = [3 * MiB, 8 * MiB, 32 * MiB];

  it.each(ENDPOINTS.flatMap((endpoint) => sizes.map((size) => ({ endpoint, size }))))(
    'a $size-byte frame on $endpoint gets 4413',
    async ({ endpoint, size }) => {
      const room = await storedCase(server, personId);
      const { code, reason } = await closeAfterSending(pathOf(endpoint, room), frameOf(endpoint, room, size));
      expect(code).toBe(CloseCode.tooLarge);
      expect(reason).toBe('för stort meddelande');
    },
  );

  it.each(ENDPOINTS.flatMap((endpoint) => [3 * MiB, 100 * MiB, 2 ** 40].map((declared) => ({ endpoint, declared }))))(
    'a frame declaring $declared bytes on $endpoint gets 4413 before its payload arrives',
    async ({ endpoint, declared }) => {
      const { code, sent } = await closeForDeclaredLength(await pathTo(endpoint), declared);
      expect(code).toBe(CloseCode.tooLarge);
      expect(sent).toBeLessThan(4 * MiB);
    },
  );

  it('takes a frame just under the limit', async () => {
    const doc = new Y.Doc();
    // Text that does not compress: one update just under the limit.
    const bytes = new Uint8Array(DEFAULT_LIMITS.maxFrameBytes - 64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 97 + (i % 23);
    doc.getText('t').insert(0, Buffer.from(bytes).toString('latin1'));
    const client = syncClient(server, token);
    await client.join(await storedCase(server, personId), doc).whenSynced();
    expect(client.state).toBe('online');
    client.stop();
  });

  it('keeps serving other sockets after refusing large frames', async () => {
    const caseId = await storedCase(server, personId);
    const writer = syncClient(server, token);
    const doc = new Y.Doc();
    await writer.join(caseId, doc).whenSynced();
    await Promise.all(
      ENDPOINTS.map(async (endpoint) => {
        const room = await storedCase(server, personId);
        return closeAfterSending(pathOf(endpoint, room), frameOf(endpoint, room, 8 * MiB));
      }),
    );
    doc.getText('t').insert(0, 'fortfarande här');
    const reader = syncClient(server, token);
    const copy = new Y.Doc();
    await reader.join(caseId, copy).whenSynced();
    await vi.waitFor(() => expect(copy.getText('t').toString()).toBe('fortfarande här'));
    expect(writer.state).toBe('online');
    writer.stop();
    reader.stop();
  });
});
