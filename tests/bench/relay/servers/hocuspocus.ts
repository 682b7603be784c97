/** Child: @hocuspocus/server with its defaults (no extensions, no persistence) on 127.0.0.1. */
import { Server } from '@hocuspocus/server';
import { portFromArgs, serveIpc } from './childIpc';

const port = portFromArgs();
const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();

serveIpc(port, {
  stats: () => ({ rooms: server.hocuspocus.getDocumentsCount() }),
});
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
