import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticApp } from './staticApp';

export interface AppServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** The built PWA (vite build's outDir). */
  distDir: string;
}

export interface AppServer {
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/** One HTTP server for the built app and `GET /healthz`; the relay attaches to it in issue 3. */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const serveStatic = createStaticApp(options.distDir);
  const server = createServer((req, res) => {
    if (req.url === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
