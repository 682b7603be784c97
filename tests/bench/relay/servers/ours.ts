/** Child: Samverka's relay (the real createRelay + SQLite in a temp dir) on 127.0.0.1. */
import { deviceToken, startSeededRelay } from '../../../helpers/relayFixture';
import { serveIpc } from './childIpc';

// Default limits (connectionsPerDevice 8, rate limits, 60 s idle unload): the relay as shipped.
// The parent owns the data dir (BENCH_DATA_DIR) and removes it, even after a kill -9.
const server = await startSeededRelay({ dataDir: process.env.BENCH_DATA_DIR || undefined });
const port = server.port;

serveIpc(port, {
  async mint(args) {
    const count = Number(args.count ?? 1);
    const personId = String(args.personId ?? 'bench');
    const tokens: string[] = [];
    for (let i = 0; i < count; i++) {
      tokens.push((await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId })).token);
    }
    return tokens;
  },
  /** Creates cases authored by `personId`, so its devices may join them whether or not a join creates a case. */
  async cases(args) {
    const rooms = (args.rooms as string[] | undefined) ?? [];
    const authorPersonId = String(args.personId ?? 'bench');
    for (const caseId of rooms) {
      if (await server.store.getCase(caseId)) continue;
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
    }
    return true;
  },
  stats: () => ({ rooms: server.loadedRooms() }),
  async close() {
    await server.close();
    return true;
  },
});
const stop = () => void server.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
