/**
 * Child: the y-websocket reference server (@y/websocket-server's setupWSConnection, no
 * persistence: one Y.Doc per room kept in memory) on 127.0.0.1, rooms at `/sync/<room>`.
 */
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { portFromArgs, serveIpc } from './childIpc';

const port = portFromArgs();
const server = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('okay'));
const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const match = url.pathname.match(/^\/sync\/([^/]+)$/);
  if (!match) return socket.destroy();
  wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName: decodeURIComponent(match[1]!) }));
});
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

serveIpc(port, {
  stats: () => ({ rooms: docs.size }),
});
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
