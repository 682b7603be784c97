import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from './appServer';
import { registerDevice } from '../../sync-server/src/auth/enrollment';
import { createTokenIssuer } from '../../sync-server/src/auth/deviceTokens';
import { MultiplexClient, type SocketLike } from '../../src/sync/multiplexClient';
import { decodeMuxFrame, encodeMuxFrame, type MuxFrame } from '../../src/protocol/multiplex';
import type { Role } from '../../src/protocol/identity';
import type { RelayLimits } from '../../sync-server/src/connections/limits';

/**
 * A relay on 127.0.0.1:0 with a temp SQLite file and a directory of two organisations:
 * Göteborgs stad (kommun: hemsjukvård, hemtjänst) and VGR (region: avdelning 12).
 */
export async function startSeededRelay(
  options: { limits?: Partial<RelayLimits>; dataDir?: string } = {},
): Promise<TestServer> {
  const server = await startTestServer(undefined, 0, options);
  if ((await server.store.listOrgs()).length === 0) {
    await server.store.createOrg({
      id: 'goteborg',
      name: 'Göteborgs stad',
      type: 'kommun',
      profileId: 'goteborgsomradet',
    });
    await server.store.createUnit({ id: 'gbg-hemsjukvard', orgId: 'goteborg', name: 'Hemsjukvården Centrum' });
    await server.store.createUnit({ id: 'gbg-hemtjanst', orgId: 'goteborg', name: 'Hemtjänsten Centrum' });
    await server.store.createOrg({
      id: 'vgr',
      name: 'Västra Götalandsregionen',
      type: 'region',
      profileId: 'goteborgsomradet',
    });
    await server.store.createUnit({ id: 'vgr-avd12', orgId: 'vgr', name: 'Sahlgrenska avdelning 12' });
  }
  return server;
}

export interface Person {
  unitId: string;
  role: Role;
  personId?: string;
  ttlMs?: number;
}

/** Registers a device for a person and returns its token (as the admin CLI's `token` does). */
export async function deviceToken(
  server: TestServer,
  person: Person,
): Promise<{ token: string; deviceId: string; personId: string }> {
  const personId = person.personId ?? `p-${randomUUID()}`;
  const result = await registerDevice(server.store, createTokenIssuer(server.keys), {
    name: 'testenhet',
    unitId: person.unitId,
    personId,
    personName: 'Test Person',
    role: person.role,
    ttlMs: person.ttlMs,
  });
  return { token: result.token, deviceId: result.identity.deviceId, personId };
}

export const nodeSocket = (url: string) => new WebSocket(url) as unknown as SocketLike;

/** The app's own sync client, in Node. */
export function syncClient(server: TestServer, token: string): MultiplexClient {
  const client = new MultiplexClient({
    url: `ws://127.0.0.1:${server.port}/sync-multi`,
    token: () => token,
    createSocket: nodeSocket,
  });
  client.start();
  return client;
}

/** Opens a single-room socket and resolves with its close code (or 'open' if it stays open for `ms`). */
export function closeCodeOf(url: string, ms = 1500): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    const timer = setTimeout(() => {
      ws.close();
      resolve('open');
    }, ms);
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    ws.on('error', () => undefined);
  });
}

export const newCaseId = () => randomUUID();

export function docState(doc: Y.Doc) {
  return {
    text: doc.getText('description').toString(),
    map: doc.getMap('fields').toJSON(),
    array: doc.getArray('events').toJSON(),
  };
}

/** Calls the relay's HTTP API, as a device when `token` is given; `body` is sent as JSON. */
export function callApi(
  server: TestServer,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** Registers a device for a named person (the directory of people lists them by this name). */
export async function namedPerson(
  server: TestServer,
  person: Person & { personId: string; name: string },
): Promise<{ token: string; deviceId: string; personId: string }> {
  const result = await registerDevice(server.store, createTokenIssuer(server.keys), {
    name: 'testenhet',
    unitId: person.unitId,
    personId: person.personId,
    personName: person.name,
    role: person.role,
    ttlMs: person.ttlMs,
  });
  return { token: result.token, deviceId: result.identity.deviceId, personId: person.personId };
}

/**
 * Creates a case on the relay as its author's device does before joining any part of it
 * (`PUT /api/cases/:id`); a join never creates one. Returns the case id.
 */
export async function createdCase(server: TestServer, authorToken: string, caseId = newCaseId()): Promise<string> {
  const res = await callApi(server, `/api/cases/${caseId}`, { method: 'PUT', token: authorToken });
  if (!res.ok) throw new Error(`kunde inte skapa ärendet (${res.status})`);
  return caseId;
}

/**
 * A case created and synced by its author's device (as the app does) and, unless
 * `receivingUnitId` is null, submitted to that unit.
 */
export async function reportedCase(
  server: TestServer,
  authorToken: string,
  receivingUnitId: string | null = 'vgr-avd12',
): Promise<string> {
  const caseId = await createdCase(server, authorToken);
  const client = syncClient(server, authorToken);
  await client.join(caseId, new Y.Doc()).whenSynced();
  client.stop();
  if (receivingUnitId !== null) {
    const res = await callApi(server, `/api/cases/${caseId}/submit`, { token: authorToken, body: { receivingUnitId } });
    if (!res.ok) throw new Error(`kunde inte skicka ärendet (${res.status})`);
  }
  return caseId;
}

/** A raw `/sync-multi` socket that records every frame: for clients that ignore the app's rules. */
export interface RawMultiplex {
  readonly frames: MuxFrame[];
  send(frame: MuxFrame): void;
  /** Resolves with the first recorded frame (past or future) that matches. */
  waitFor(match: (frame: MuxFrame) => boolean, ms?: number): Promise<MuxFrame>;
  /** Calls `listener` with the close code when the relay closes the socket. */
  onClose(listener: (code: number) => void): void;
  close(): Promise<void>;
}

export async function rawMultiplex(server: TestServer, token: string): Promise<RawMultiplex> {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/sync-multi?token=${encodeURIComponent(token)}`);
  const frames: MuxFrame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data: Buffer) => {
    frames.push(decodeMuxFrame(new Uint8Array(data)));
    for (const wake of [...waiters]) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    frames,
    send: (frame) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(encodeMuxFrame(frame));
    },
    onClose: (listener) => ws.once('close', (code: number) => listener(code)),
    waitFor: (match, ms = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('ingen sådan ram kom'));
        }, ms);
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        if (ws.readyState === WebSocket.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close();
      }),
  };
}

export type Device = Awaited<ReturnType<typeof namedPerson>>;

/**
 * The people of the analysis tests: Karin (staff, Göteborg, reports the case), Greta (manager,
 * Göteborg) and Vera (manager, VGR), each with an enrolled device.
 */
export async function analysisCast(server: TestServer): Promise<{ karin: Device; greta: Device; vera: Device }> {
  const [karin, greta, vera] = await Promise.all([
    namedPerson(server, { personId: 'karin', name: 'Karin Lind', unitId: 'gbg-hemsjukvard', role: 'staff' }),
    namedPerson(server, { personId: 'greta', name: 'Greta Ek', unitId: 'gbg-hemsjukvard', role: 'manager' }),
    namedPerson(server, { personId: 'vera', name: 'Vera Berg', unitId: 'vgr-avd12', role: 'manager' }),
  ]);
  return { karin, greta, vera };
}

/**
 * A case Karin sent from Göteborg to VGR, whose analysis Greta started: Greta commissions, both
 * managers sign, plus any `extra` members. Returns the case id.
 */
export async function sharedAnalysisCase(
  server: TestServer,
  cast: { karin: Device; greta: Device },
  extra: { personId: string; role: string }[] = [],
): Promise<string> {
  const caseId = await reportedCase(server, cast.karin.token);
  const team = [
    { personId: 'greta', role: 'enhetschef', commissioner: true, signer: true },
    { personId: 'vera', role: 'avdelningschef', commissioner: false, signer: true },
    ...extra.map((m) => ({ ...m, commissioner: false, signer: false })),
  ];
  const res = await callApi(server, `/api/cases/${caseId}/analysis/team`, {
    method: 'PUT',
    token: cast.greta.token,
    body: { team },
  });
  if (res.status !== 200) throw new Error(`kunde inte starta analysen (${res.status})`);
  return caseId;
}
