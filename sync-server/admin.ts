import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { explainStoreError, runAdminCommand } from './src/admin/commands';
import { readConfig, DATABASE_FILE } from './src/config';
import { createSqliteStore } from './src/store/sqliteStore';
import { loadOrCreateSigningKeys } from './src/auth/signingKeys';

// `npm run admin -- <command>`: works on the same DATA_DIR as a running relay (SQLite WAL).
let parsed;
try {
  parsed = parseArgs({
    strict: true,
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      profile: { type: 'string' },
      role: { type: 'string' },
      person: { type: 'string' },
      days: { type: 'string' },
      hours: { type: 'string' },
      json: { type: 'boolean' },
      case: { type: 'string' },
      since: { type: 'string' },
    },
  });
} catch (error) {
  console.error(`Fel: ${(error as Error).message.split('.')[0]}. Se: npm run admin -- help`);
  process.exit(2);
}
const { values, positionals } = parsed;
const config = readConfig(process.env);
process.umask(0o077); // as the relay: the database is for its own user only
mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
const store = createSqliteStore(join(config.dataDir, DATABASE_FILE));
try {
  const keys = await loadOrCreateSigningKeys(config.dataDir);
  const output = await runAdminCommand({ store, keys }, positionals, values);
  console.log(output);
} catch (error) {
  console.error(`Fel: ${explainStoreError(error)}`);
  process.exitCode = 2;
} finally {
  await store.close();
}
