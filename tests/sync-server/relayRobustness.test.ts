import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { TestServer } from '../helpers/appServer';
import { closeCodeOf, deviceToken, startSeededRelay, syncClient } from '../helpers/relayFixture';
import { storedCase } from '../helpers/hostileInput';
import { CloseCode } from '../../src/protocol/closeCodes';
import { encodeMuxFrame, MuxKind } from '../../src/protocol/multiplex';

const MAX_FRAME = 64 * 1024;
let server: TestServer;

beforeAll(async () => {
  server = await startSeededRelay({ limits: { maxFrameBytes: MAX_FRAME } });
});
afterAll(async () => {
  await server?.close();
});

/** A small deterministic PRNG, so a failure can be replayed. */
function prng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Valid frames of every kind, to mutate. */
function validFrames(caseId: string): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hej hopp');
  const update = Y.encodeStateAsUpdate(doc);
  const sync = (step: number, payload: Uint8Array) => new Uint8Array([0, step, payload.length, ...payload]);
  return [
    sync(0, Y.encodeStateVector(doc)),
    sync(2, update),
    new Uint8Array([1, 5, 1, 42, 1, 2, 123]),
    encodeMuxFrame({ kind: MuxKind.message, room: caseId, payload: sync(2, update) }),
    encodeMuxFrame({ kind: MuxKind.leave, room: caseId }),
  ];
}

function mutate(frame: Uint8Array, random: () => number): Uint8Array {
  const copy = Uint8Array.from(frame);
  switch (Math.floor(random() * 4)) {
    case 0: // flip bytes
      for (let i = 0; i < 1 + random() * 4; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      return copy;
    case 1: // truncate
      return copy.slice(0, Math.floor(random() * copy.length));
    case 2: // extend with garbage
      return Uint8Array.from([...copy, ...Array.from({ length: 1 + random() * 20 }, () => Math.floor(random() * 256))]);
    default: // pure noise
      return Uint8Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * 256));
  }
}

describe('relay under hostile input', () => {
  it('survives 10,000 random and mutated frames and keeps serving other rooms', async () => {
    const nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
    const healthyRoom = await storedCase(server, 'karin');
    const healthy = syncClient(server, nurse.token);
    const healthyDoc = new Y.Doc();
    await healthy.join(healthyRoom, healthyDoc).whenSynced();

    const fuzzers = await Promise.all(
      Array.from({ length: 4 }, () =>
        deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'fuzzer' }),
      ),
    );
    const caseId = await storedCase(server, 'fuzzer');
    const frames = validFrames(caseId);
    const random = prng(20261122);
    let sent = 0;
    let closedByRelay = 0;
    const codes: number[] = [];
    const open = (i: number) =>
      new Promise<WebSocket>((resolve) => {
        const path = i % 2 === 0 ? '/sync-multi' : `/sync/${caseId}`;
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}?token=${fuzzers[i % fuzzers.length]!.token}`);
        ws.on('open', () => resolve(ws));
        ws.on('close', (code) => {
          closedByRelay++;
          codes.push(code);
        });
        ws.on('error', () => undefined);
      });
    const sockets = await Promise.all([0, 1, 2, 3].map(open));
    while (sent < 10_000) {
      for (let i = 0; i < sockets.length; i++) {
        if (sockets[i]!.readyState !== WebSocket.OPEN) sockets[i] = await open(i);
        sockets[i]!.send(mutate(frames[Math.floor(random() * frames.length)]!, random));
        sent++;
      }
      if (sent % 400 === 0) {
        // The healthy client keeps working in the middle of it all.
        healthyDoc.getText('t').insert(0, 'x');
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    sockets.forEach((ws) => ws.close());

    expect(closedByRelay).toBeGreaterThan(0);
    // Garbage is the client's fault (4400), never the relay's (1011, which clients retry).
    expect(codes).not.toContain(CloseCode.internalError);
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);
    const reader = syncClient(server, nurse.token);
    const copy = new Y.Doc();
    await reader.join(healthyRoom, copy).whenSynced();
    await vi.waitFor(() => expect(copy.getText('t').toString()).toBe(healthyDoc.getText('t').toString()));
    expect(copy.getText('t').length).toBe(25);
    healthy.stop();
    reader.stop();
  }, 30_000);

  it('refuses an over-size frame with 4413 and closes only that socket', async () => {
    const nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff' });
    const caseId = await storedCase(server, nurse.personId);
    const other = syncClient(server, nurse.token);
    const doc = new Y.Doc();
    await other.join(await storedCase(server, nurse.personId), doc).whenSynced();

    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server.port}/sync/${caseId}?token=${nurse.token}`);
      ws.on('open', () => ws.send(new Uint8Array(MAX_FRAME + 1)));
      ws.on('close', (c) => resolve(c));
    });
    expect(code).toBe(CloseCode.tooLarge);
    doc.getText('t').insert(0, 'still here');
    expect(other.state).toBe('online');
    other.stop();
  });

  it('survives malformed upgrade and HTTP requests from anyone', async () => {
    const { connect } = await import('node:net');
    for (const path of ['/sync/%E0%A4%A', '//[', '/sync/../../etc', '/sync-multi?token=%ZZ']) {
      await new Promise<void>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(
            `GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
          );
        });
        socket.on('data', () => socket.destroy());
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        setTimeout(() => socket.destroy(), 1000);
      });
    }
    const raw = await fetch(`http://127.0.0.1:${server.port}/api/%E0%A4%A`).catch(() => null);
    expect(raw === null || raw.status >= 400).toBe(true);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
  });

  it('caps sockets per device with 4429', async () => {
    const device = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff' });
    const url = `ws://127.0.0.1:${server.port}/sync-multi?token=${device.token}`;
    const held = await Promise.all(
      Array.from(
        { length: 8 },
        () =>
          new Promise<WebSocket>((resolve) => {
            const ws = new WebSocket(url);
            ws.on('open', () => resolve(ws));
          }),
      ),
    );
    expect(await closeCodeOf(url)).toBe(CloseCode.tooMany);
    held.forEach((ws) => ws.close());
  });
});
