import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  MultiplexClient,
  STALE_SOCKET_CODE,
  type ConnectionState,
  type SocketLike,
} from '../../src/sync/multiplexClient';
import type { TestServer } from '../helpers/appServer';
import { createdCase, deviceToken, startSeededRelay } from '../helpers/relayFixture';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startSeededRelay();
  token = (await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' })).token;
});
afterAll(async () => {
  await server?.close();
});

/**
 * The network edge only: a real socket to the real relay, through which nothing passes once
 * `coverage.lost` is set (as when a tablet loses coverage and no close ever arrives).
 */
function patchySockets() {
  const coverage = { lost: false };
  const factory = (url: string): SocketLike => {
    const ws = new WebSocket(url);
    const like: SocketLike = {
      binaryType: 'arraybuffer',
      get readyState() {
        return ws.readyState;
      },
      onopen: null,
      onclose: null,
      onmessage: null,
      onerror: null,
      send: (data) => {
        if (!coverage.lost) ws.send(data);
      },
      close: (code, reason) => ws.close(code, reason),
    };
    ws.binaryType = 'arraybuffer';
    ws.on('open', () => {
      if (coverage.lost) return; // the connection never gets through
      like.onopen?.({});
    });
    ws.on('message', (data) => {
      if (!coverage.lost) like.onmessage?.({ data });
    });
    ws.on('close', (code) => like.onclose?.({ code }));
    ws.on('error', () => like.onerror?.({}));
    return like;
  };
  return { coverage, factory };
}

describe('the sync client notices a socket that went quiet', () => {
  it('says so within the heartbeat timeout, and is back online once coverage returns', async () => {
    const { coverage, factory } = patchySockets();
    const states: ConnectionState[] = [];
    const client = new MultiplexClient({
      url: `ws://127.0.0.1:${server.port}/sync-multi`,
      token: () => token,
      createSocket: factory,
      onState: (state) => states.push(state),
      heartbeat: { everyMs: 100, timeoutMs: 400 },
    });
    client.start();
    try {
      const caseId = await createdCase(server, token);
      const doc = new Y.Doc();
      await client.join(caseId, doc).whenSynced();
      // Pongs keep an idle socket alive: no false alarm over several timeouts.
      await new Promise((r) => setTimeout(r, 1000));
      expect(client.state).toBe('online');

      coverage.lost = true;
      const lostAt = Date.now();
      await vi.waitFor(() => expect(client.state).not.toBe('online'), { timeout: 2000 });
      expect(Date.now() - lostAt).toBeLessThan(1000);
      expect(states).toContain('stale');
      expect(client.lastCloseCode).toBe(STALE_SOCKET_CODE);

      coverage.lost = false;
      doc.getText('t').insert(0, 'skrivet utan täckning');
      await vi.waitFor(() => expect(client.state).toBe('online'), { timeout: 3000 });
      await client.join(caseId, doc).whenSynced();
    } finally {
      client.stop();
    }
  });

  it('retries an unreachable relay within 1 s, so returning coverage is noticed quickly', async () => {
    const { coverage, factory } = patchySockets();
    coverage.lost = true;
    const client = new MultiplexClient({
      url: `ws://127.0.0.1:${server.port}/sync-multi`,
      token: () => token,
      createSocket: (url) => {
        const socket = factory(url);
        // No coverage: the connection fails as soon as it is tried.
        if (coverage.lost) setTimeout(() => socket.onclose?.({ code: 1006 }), 5);
        return socket;
      },
    });
    client.start();
    try {
      await new Promise((r) => setTimeout(r, 4000)); // several failed attempts: the backoff has grown
      coverage.lost = false;
      const back = Date.now();
      await vi.waitFor(() => expect(client.state).toBe('online'), { timeout: 3000 });
      expect(Date.now() - back).toBeLessThan(1100);
    } finally {
      client.stop();
    }
  });
});
