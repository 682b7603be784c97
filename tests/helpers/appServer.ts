import { startAppServer, type AppServer } from '../../sync-server/src/httpServer';

/** The real server on 127.0.0.1; port 0 picks a free one, a given port restarts on the same origin. */
export function startTestServer(distDir: string, port = 0): Promise<AppServer> {
  return startAppServer({ port, host: '127.0.0.1', distDir });
}
