import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateSigningKeys } from './src/auth/signingKeys';
import { bootstrapIfEmpty } from './src/bootstrap';
import { DATABASE_FILE, readConfig } from './src/config';
import { createLogger } from './src/log';
import { createRelay } from './src/relay';
import { createSqliteStore } from './src/store/sqliteStore';
import { restrictToOwner } from './src/store/fileModes';

// Config and wiring only: the relay itself is createRelay(), which tests start on port 0.
const log = createLogger();
let config;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// The database holds case content: files the relay creates are readable by its own user only.
process.umask(0o077);
mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
restrictToOwner(config.dataDir);
const store = createSqliteStore(join(config.dataDir, DATABASE_FILE));
const keys = await loadOrCreateSigningKeys(config.dataDir);
const first = await bootstrapIfEmpty(store, config.bootstrap);
const relay = await createRelay({
  port: config.port,
  storage: store,
  auth: { keys },
  distDir: config.distDir,
  logger: log,
  accessLogRetentionDays: config.accessLogRetentionDays,
});

console.log(`Samverka körs på http://localhost:${relay.port}/  (data: ${config.dataDir})`);
if (first) {
  const until = new Date(first.expiresAt).toISOString().slice(0, 10);
  console.log(`Första start: koppla administratörens enhet med engångskoden ${first.code} (giltig till ${until}).`);
  console.log('Lägg upp organisationer, enheter och personal med: npm run admin -- help');
}

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stänger reläet');
  await relay.close();
  await store.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
