import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createRelay, type Relay } from '../../sync-server/src/relay';
import { createSqliteStore } from '../../sync-server/src/store/sqliteStore';
import { loadOrCreateSigningKeys } from '../../sync-server/src/auth/signingKeys';
import type { RelayStore } from '../../sync-server/src/store/types';
import type { SigningKeys } from '../../sync-server/src/auth/signingKeys';
import type { RelayLimits } from '../../sync-server/src/connections/limits';

export interface TestServer extends Relay {
  readonly dataDir: string;
  readonly store: RelayStore;
  readonly keys: SigningKeys;
}

/**
 * The real relay (SQLite in a temp dir) on 127.0.0.1, serving `distDir` when given. Port 0 picks
 * a free port; a given port restarts on the same origin. Pass `dataDir` to reopen the same data.
 */
export async function startTestServer(
  distDir: string | undefined,
  port = 0,
  options: { dataDir?: string; limits?: Partial<RelayLimits> } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samverka-relay-'));
  const store = createSqliteStore(join(dataDir, 'samverka.sqlite'));
  const keys = await loadOrCreateSigningKeys(dataDir);
  const relay = await createRelay({
    port,
    host: '127.0.0.1',
    storage: store,
    auth: { keys },
    distDir,
    limits: options.limits,
    logger: pino({ level: 'silent' }),
    revocationPollMs: 100,
  });
  return {
    ...relay,
    dataDir,
    store,
    keys,
    async close() {
      await relay.close();
      await store.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
