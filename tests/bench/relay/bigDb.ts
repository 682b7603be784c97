/**
 * Budget (d): builds a ~1 GB relay database straight into our schema (better-sqlite3, the
 * migrations from sync-server/src/store/sqliteSchema.ts), then times `sync-server/main.ts`
 * from spawn until GET /healthz answers 200.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { migrate } from '../../../sync-server/src/store/sqliteSchema';
import { DATABASE_FILE } from '../../../sync-server/src/config';
import { loadOrCreateSigningKeys } from '../../../sync-server/src/auth/signingKeys';
import { makeCaseDoc } from './docs';
import { freePort } from './serverProcess';

/** A valid Yjs update of about `bytes` (a case doc with more text), used as every room's row. */
function caseUpdateOfAbout(bytes: number): Uint8Array {
  let text = Math.round(bytes / 2.4);
  for (;;) {
    const update = Y.encodeStateAsUpdate(makeCaseDoc(42, text));
    if (update.byteLength >= bytes * 0.95) return update;
    text = Math.round(text * 1.1);
  }
}

export interface BuiltDb {
  file: string;
  bytes: number;
  rooms: number;
  rowBytes: number;
  ms: number;
}

/** Fills `dir` with a relay database: `rooms` cases, each with one ~10 KB update row. */
export async function buildBigDb(dir: string, rooms: number, rowBytes = 10_240): Promise<BuiltDb> {
  const started = performance.now();
  const file = join(dir, DATABASE_FILE);
  const db = new Database(file);
  migrate(db);
  db.pragma('synchronous = OFF');
  db.prepare(
    "INSERT INTO orgs (id, name, type, profile_id) VALUES ('goteborg', 'Göteborgs stad', 'kommun', 'goteborgsomradet')",
  ).run();
  db.prepare(
    "INSERT INTO units (id, org_id, name) VALUES ('gbg-hemsjukvard', 'goteborg', 'Hemsjukvården Centrum')",
  ).run();
  const blob = Buffer.from(caseUpdateOfAbout(rowBytes));
  const insertUpdate = db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)');
  const insertCase = db.prepare(
    `INSERT INTO cases (case_id, owner_unit, owner_org, author_person, created_at, seq)
     VALUES (?, 'gbg-hemsjukvard', 'goteborg', 'bench', ?, ?)`,
  );
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const caseId = randomUUID();
      insertUpdate.run(caseId, blob);
      insertCase.run(caseId, Date.now(), i + 1);
    }
  });
  for (let i = 0; i < rooms; i += 5000) batch(i, Math.min(rooms, i + 5000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  // A restart, not a first run: the signing keys already exist.
  await loadOrCreateSigningKeys(dir);
  return { file, bytes: statSync(file).size, rooms, rowBytes: blob.byteLength, ms: performance.now() - started };
}

export interface StartResult {
  ms: number;
  rssMb: number | null;
}

/** Spawns the relay as `npm run serve` does and times it to the first 200 from /healthz. */
export async function timeRelayStart(cwd: string, dataDir: string, timeoutMs = 30_000): Promise<StartResult> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
    cwd,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DIST_DIR: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`relay exited ${child.exitCode}: ${stderr}`);
      if (performance.now() - started > timeoutMs) throw new Error(`no /healthz within ${timeoutMs} ms: ${stderr}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) })
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const ms = performance.now() - started;
    let rssMb: number | null = null;
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      if (kb) rssMb = kb / 1024;
    } catch {
      // not Linux: no RSS
    }
    return { ms, rssMb };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
  }
}
