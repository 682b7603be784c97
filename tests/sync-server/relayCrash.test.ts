import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createSqliteStore } from '../../sync-server/src/store/sqliteStore';
import { loadOrCreateSigningKeys } from '../../sync-server/src/auth/signingKeys';
import { createTokenIssuer } from '../../sync-server/src/auth/deviceTokens';
import { registerDevice } from '../../sync-server/src/auth/enrollment';
import { MultiplexClient } from '../../src/sync/multiplexClient';
import { newCaseId, nodeSocket } from '../helpers/relayFixture';

const dataDir = mkdtempSync(join(tmpdir(), 'samverka-crash-'));
let relay: ChildProcess | null = null;

afterAll(() => {
  relay?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts `sync-server/main.ts` as its own process, exactly as `npm start` does. */
function startRelayProcess(port: number): Promise<ChildProcess> {
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a second process, which a
  // kill -9 of the first would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('sync-server/main.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DIST_DIR: join(dataDir, 'no-app'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ready, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Samverka körs')) ready(child);
    });
    child.once('exit', (code) => fail(new Error(`reläet avslutades (${code})`)));
  });
}

describe('relay killed with -9 mid-stream', () => {
  it('holds every update a client has after restart and resync; all docs are identical', async () => {
    const port = await freePort();
    // The directory and 20 devices of one nurse, written straight into the relay's database.
    const store = createSqliteStore(join(dataDir, 'samverka.sqlite'));
    await store.createOrg({ id: 'goteborg', name: 'Göteborgs stad', type: 'kommun', profileId: 'goteborgsomradet' });
    await store.createUnit({ id: 'gbg-hemsjukvard', orgId: 'goteborg', name: 'Hemsjukvården' });
    const issuer = createTokenIssuer(await loadOrCreateSigningKeys(dataDir));
    const tokens: string[] = [];
    for (let i = 0; i < 20; i++) {
      const device = await registerDevice(store, issuer, {
        name: `platta ${i}`,
        unitId: 'gbg-hemsjukvard',
        personId: 'karin',
        personName: 'Karin',
        role: 'staff',
      });
      tokens.push(device.token);
    }
    await store.close();

    relay = await startRelayProcess(port);
    const room = newCaseId();
    // The nurse's device creates the case before any device joins it.
    const created = await fetch(`http://127.0.0.1:${port}/api/cases/${room}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${tokens[0]}` },
    });
    expect(created.status).toBe(201);
    const writers = tokens.map((token, i) => {
      const client = new MultiplexClient({
        url: `ws://127.0.0.1:${port}/sync-multi`,
        token: () => token,
        createSocket: nodeSocket,
      });
      client.start();
      const doc = new Y.Doc();
      const binding = client.join(room, doc);
      return { client, doc, binding, i };
    });
    await Promise.all(writers.map((w) => w.binding.whenSynced()));

    // Everyone types; half-way through, the relay process is killed without warning.
    let typed = 0;
    const typeRound = () => {
      for (const w of writers) {
        w.doc.getArray<string>('log').push([`${w.i}:${typed}`]);
        w.doc.getMap('last').set(String(w.i), typed);
      }
      typed++;
    };
    const exited = new Promise((r) => relay!.once('exit', r));
    for (let round = 0; round < 50; round++) {
      typeRound();
      if (round === 25) relay.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 10));
    }
    await exited;

    relay = await startRelayProcess(port);
    await vi.waitFor(
      () => {
        for (const w of writers) expect(w.binding.state).toBe('synced');
      },
      { timeout: 30_000, interval: 200 },
    );

    // A fresh reader gets the relay's state: it must contain every update every client holds.
    const reader = new MultiplexClient({
      url: `ws://127.0.0.1:${port}/sync-multi`,
      token: () => tokens[0]!,
      createSocket: nodeSocket,
    });
    reader.start();
    const fresh = new Y.Doc();
    await reader.join(room, fresh).whenSynced();
    const expected = Y.encodeStateAsUpdate(writers[0]!.doc);
    for (const w of writers) {
      expect(Y.encodeStateVector(w.doc)).toEqual(Y.encodeStateVector(writers[0]!.doc));
      expect(Y.encodeStateAsUpdate(w.doc)).toEqual(expected);
    }
    expect(Y.encodeStateVector(fresh)).toEqual(Y.encodeStateVector(writers[0]!.doc));
    expect(fresh.getArray('log').length).toBe(20 * 50);
    reader.stop();
    writers.forEach((w) => w.client.stop());
  }, 60_000);
});
