import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from '../../src/protocol/closeCodes';
import type { Identity } from '../../src/protocol/identity';
import { createTokenIssuer, createTokenVerifier, type TokenVerifier } from './auth/deviceTokens';
import type { SigningKeys } from './auth/signingKeys';
import { DEFAULT_LIMITS, type RelayLimits } from './connections/limits';
import { serveMultiplex } from './connections/multiplexSocket';
import type { RelayContext } from './connections/relayContext';
import { serveSingleRoom } from './connections/singleRoomSocket';
import { SocketRegistry } from './connections/socketRegistry';
import { closeWith } from './connections/socketIo';
import { closeOversizeWith4413 } from './connections/oversizeClose';
import { analysisWriteLock } from './analysis/analysisStatus';
import { createCaseChanges } from './cases/caseChanges';
import { CaseNotices } from './connections/caseNotices';
import { createApi } from './http/api';
import { createLogger, type Logger } from './log';
import { RoomRegistry } from './rooms/roomRegistry';
import { createCaseLogGate } from './caseLog/caseLogGate';
import { createAccessRecorder } from './access/accessRecorder';
import { createSyncTickets } from './auth/syncTickets';
import { createStaticApp } from './staticApp';
import type { RelayStore } from './store/types';

export interface RelayOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Where updates, cases and the directory are kept (SQLite, or in memory for tests). */
  storage: RelayStore;
  /** The signing key for device tokens; `verifier` replaces the embedded check (e.g. OIDC). */
  auth: { keys: SigningKeys; verifier?: TokenVerifier };
  /** The built PWA, served on the same port; omitted in relay-only tests. */
  distDir?: string;
  limits?: Partial<RelayLimits>;
  logger?: Logger;
  /** How often revocations are picked up from the store (the admin CLI writes them). */
  revocationPollMs?: number;
  /** Access-log entries older than this are removed (checked at start and every hour). */
  accessLogRetentionDays?: number;
}

export interface Relay {
  readonly port: number;
  readonly server: Server;
  /** Loaded rooms right now (for the bench and health checks). */
  loadedRooms(): number;
  close(): Promise<void>;
}

type Upgrade = { kind: 'single'; room: string } | { kind: 'multi' };

/** Parses the request path; null (never a throw) for anything malformed. */
function routeUpgrade(rawUrl: string | undefined): { route: Upgrade; url: URL } | null {
  try {
    const url = new URL(rawUrl ?? '/', 'http://relay');
    if (url.pathname === '/sync-multi') return { route: { kind: 'multi' }, url };
    const match = url.pathname.match(/^\/sync\/([^/]{1,100})$/);
    return match ? { route: { kind: 'single', room: decodeURIComponent(match[1]!) }, url } : null;
  } catch {
    return null;
  }
}

const REFUSAL: Record<string, [number, string]> = {
  missing: [CloseCode.unauthorized, 'token saknas'],
  invalid: [CloseCode.unauthorized, 'ogiltig token'],
  expired: [CloseCode.unauthorized, 'token har gått ut'],
  revoked: [CloseCode.revoked, 'enheten är spärrad'],
};

/**
 * The relay: serves the PWA, the HTTP API and Yjs sync on one port. It authenticates every
 * connection, checks every join against the case's participants, stores updates before it
 * relays them, and knows nothing of what a report says.
 */
export async function createRelay(options: RelayOptions): Promise<Relay> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.logger ?? createLogger();
  const store = options.storage;
  const issuer = createTokenIssuer(options.auth.keys);
  const verifier =
    options.auth.verifier ??
    createTokenVerifier(options.auth.keys, async (deviceId) => (await store.getDevice(deviceId))?.revokedAt != null);
  // A locked analysis version loads as a locked room: it refuses writes from every connection.
  const caseLogGate = createCaseLogGate({
    store,
    onTampered: (room, deviceId, why) => log.warn({ room, deviceId, why }, 'skrivning till ärendeloggen nekad'),
  });
  const registry = new RoomRegistry(
    store,
    limits.idleRoomMs,
    (err, room) => log.error({ err, room }, 'komprimering misslyckades'),
    analysisWriteLock(store),
    (room, count) =>
      log.warn({ room, count }, 'uppdateringar som inte går att tillämpa lämnades bort vid komprimering'),
    // The relay decides what a case's log says (issue 12): every write to it goes through the gate.
    (room) => (room.endsWith('.events') ? caseLogGate : undefined),
  );
  const sockets = new SocketRegistry();

  // Every change of a case is announced to the open sockets it concerns (no listing poll).
  const notices = new CaseNotices();
  const changes = createCaseChanges(store, (record) => notices.publish(record), log);
  const caseChanged = changes.changed;
  const access = createAccessRecorder(store, log);
  const ctx: RelayContext = { store, registry, limits, log, caseChanged, notices, access };
  const tickets = createSyncTickets();
  const handleApi = createApi({ store, issuer, verifier, registry, caseChanged, log, access, tickets });
  const serveStatic =
    options.distDir && existsSync(join(options.distDir, 'index.html')) ? createStaticApp(options.distDir) : null;

  const server = createServer((req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ status: 'ok', rooms: registry.loadedCount }));
      return;
    }
    Promise.resolve()
      .then(() => handleApi(req, res))
      .then((handled) => {
        if (handled) return;
        if (serveStatic && (req.method === 'GET' || req.method === 'HEAD'))
          serveStatic(req, res, () => res.writeHead(404).end());
        else res.writeHead(404).end();
      })
      .catch((err) => {
        log.error({ err, path: req.url?.split('?')[0] }, 'fel i API');
        if (!res.headersSent) res.writeHead(400).end();
      });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
  const alive = new WeakSet<WebSocket>();
  const expiry = new WeakMap<WebSocket, number>();

  const accept = (ws: WebSocket, identity: Identity, expiresAt: number, route: Upgrade) => {
    if (sockets.count(identity.deviceId) >= limits.connectionsPerDevice) {
      return closeWith(ws, CloseCode.tooMany, 'för många anslutningar från enheten');
    }
    sockets.add(identity.deviceId, ws);
    alive.add(ws);
    expiry.set(ws, expiresAt);
    ws.on('pong', () => alive.add(ws));
    if (route.kind === 'multi') serveMultiplex(ws, identity, ctx);
    else serveSingleRoom(ws, identity, route.room, ctx);
  };

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const parsed = routeUpgrade(req.url);
    if (!parsed) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const { route, url } = parsed;
    // The token is checked before the upgrade completes; a refusal still completes it, so the
    // browser can read the close code (a failed HTTP upgrade only shows it 1006).
    // The app opens its socket with a single-use ticket (the token stays out of URLs); stock
    // y-websocket clients and scripts still pass `?token=`.
    const ticket = url.searchParams.get('ticket');
    const ticketToken = ticket !== null ? tickets.take(ticket) : null;
    verifier
      .verify(ticket !== null ? ticketToken : url.searchParams.get('token'))
      .then((result) => {
        wss.handleUpgrade(req, socket, head, (ws) => {
          closeOversizeWith4413(ws);
          // ws has already sent its close frame (4413, 4400 …): give the client a moment to read
          // it before the connection is cut, or it sees only a reset (1006) and retries.
          ws.on('error', (err) => {
            log.info({ reason: err.message }, 'anslutning stängd av ws (för stor eller trasig ram)');
            setTimeout(() => ws.terminate(), 2000).unref();
          });
          // A used or late ticket is no reason to give up: the client fetches a new one (1008 retries).
          if (ticket !== null && ticketToken === null) return closeWith(ws, 1008, 'biljetten gäller inte');
          if (!result.ok) return closeWith(ws, ...REFUSAL[result.reason]!);
          accept(ws, result.identity, result.expiresAt, route);
        });
      })
      .catch((err) => {
        log.error({ err }, 'fel vid uppkoppling');
        socket.destroy();
      });
  });

  const heartbeat = setInterval(() => {
    const now = Date.now();
    for (const ws of sockets.all()) {
      if ((expiry.get(ws) ?? Infinity) <= now) {
        closeWith(ws, CloseCode.unauthorized, 'token har gått ut');
        continue;
      }
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, limits.heartbeatMs);

  let revokedAfter = Date.now() - 1;
  const revocations = setInterval(() => {
    store
      .revokedSince(revokedAfter)
      .then((devices) => {
        for (const device of devices) {
          revokedAfter = Math.max(revokedAfter, device.revokedAt ?? 0);
          for (const ws of sockets.socketsOf(device.id)) closeWith(ws, CloseCode.revoked, 'enheten är spärrad');
          if (sockets.socketsOf(device.id).length) log.info({ deviceId: device.id }, 'spärrad enhet kopplades bort');
        }
      })
      .catch((err) => log.error({ err }, 'kunde inte läsa spärrar'));
  }, options.revocationPollMs ?? 1000);

  const sweeper = setInterval(() => void registry.sweep(), Math.max(1000, limits.idleRoomMs / 2));
  const retentionMs = (options.accessLogRetentionDays ?? 730) * 24 * 3600 * 1000;
  const purgeAccessLog = () =>
    store
      .purgeAccess(Date.now() - retentionMs)
      .then((removed) => removed > 0 && log.info({ removed }, 'gamla rader i åtkomstloggen togs bort'))
      .catch((err: unknown) => log.error({ err }, 'kunde inte rensa åtkomstloggen'));
  void purgeAccessLog();
  const retention = setInterval(() => void purgeAccessLog(), 3600_000);
  retention.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, 'relä startat');

  return {
    port,
    server,
    loadedRooms: () => registry.loadedCount,
    async close() {
      clearInterval(heartbeat);
      clearInterval(revocations);
      clearInterval(sweeper);
      clearInterval(retention);
      for (const ws of sockets.all()) closeWith(ws, CloseCode.serviceRestart, 'servern startar om');
      await registry.flush();
      await changes.flush();
      await new Promise<void>((resolve) => {
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
