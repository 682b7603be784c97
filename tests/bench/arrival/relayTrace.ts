import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { decodeJwt } from 'jose';
import type { TestServer } from '../../helpers/appServer';

/** One HTTP request the relay answered: when it came, when the answer was sent, and from which unit. */
export interface RelayRequest {
  t: number;
  end: number;
  method: string;
  path: string;
  status: number;
  unitId: string | null;
}

/**
 * Watches a relay from outside (its HTTP server's own events, beside the relay's handlers): the
 * API requests it answers, and the TCP sockets of upgraded connections by the unit in their
 * token, so a device's connection can be cut as a network would cut it.
 */
export function traceRelay(server: TestServer, requests: RelayRequest[]) {
  const sockets = new Map<Socket | Duplex, string | null>();
  server.server.on('request', (req: IncomingMessage, res) => {
    const t = Date.now();
    const path = (req.url ?? '').split('?')[0]!;
    if (!path.startsWith('/api/')) return;
    const unitId = unitOf(req.headers.authorization?.replace(/^Bearer /, ''));
    res.on('finish', () =>
      requests.push({ t, end: Date.now(), method: req.method ?? '', path, status: res.statusCode, unitId }),
    );
  });
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    const token = new URL(req.url ?? '/', 'http://relay').searchParams.get('token');
    sockets.set(socket, unitOf(token));
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    /** Destroys the TCP connections of a unit's devices (the browser sees 1006, as when coverage drops). */
    cutUnit(unitId: string): number {
      let cut = 0;
      for (const [socket, unit] of sockets)
        if (unit === unitId) {
          socket.destroy();
          cut++;
        }
      return cut;
    },
  };
}

function unitOf(token: string | null | undefined): string | null {
  if (!token) return null;
  try {
    return (decodeJwt(token) as { idn?: { unitId?: string } }).idn?.unitId ?? null;
  } catch {
    return null;
  }
}
