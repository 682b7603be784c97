import type { TokenResponse } from '../protocol/api';
import type { SocketLike } from '../sync/multiplexClient';
import { SyncEngine } from '../sync/syncEngine';
import {
  readEnrollment,
  readPendingSubmissions,
  saveCursor,
  saveDirectory,
  saveEnrollment,
  savePendingSubmissions,
} from '../sync/deviceEnrollment';
import { relayApi, type ApiFailure } from '../sync/relayApi';
import { useIndexedAppDb } from './indexWriting';

import { cacheIdentity, setConnection, setEnrollment as setEnrollmentSignal } from './syncSignals';
import type { TokenResponse as Enrollment } from '../protocol/api';

function setEnrollment(value: Enrollment | null): void {
  setEnrollmentSignal(value);
  cacheIdentity(value?.identity ?? null);
}
export { enrollment, connection } from './syncSignals';

let engine: SyncEngine | null = null;

/** The running sync engine, or null before enrollment (the analysis screen asks it for its token). */
export function currentSyncEngine(): SyncEngine | null {
  return engine;
}

function start(value: TokenResponse): void {
  engine?.stop();
  engine = new SyncEngine(useIndexedAppDb(), value, (url) => new WebSocket(url) as unknown as SocketLike, {
    onConnection: (state, code) => setConnection({ state, code }),
  });
  engine.start();
}

/** Starts syncing if this device has been enrolled; called once the app is idle after load. */
export async function startSyncIfEnrolled(): Promise<void> {
  const stored = await readEnrollment(useIndexedAppDb());
  setEnrollment(stored);
  if (stored) start(stored);
}

/** Exchanges a one-time code for this device's token, caches the directory, starts syncing. */
export async function enrollThisDevice(code: string, deviceName: string): Promise<ApiFailure | null> {
  const result = await relayApi.enroll(code.trim().toUpperCase(), deviceName.trim());
  if (!result.ok) return result.failure;
  const db = useIndexedAppDb();
  await saveEnrollment(db, result.value);
  const directory = await relayApi.directory(result.value.token);
  if (directory.ok) await saveDirectory(db, directory.value);
  setEnrollment(result.value);
  start(result.value);
  return null;
}

/** Forgets this device's enrollment (the reports stay on the device). */
export async function disconnectThisDevice(): Promise<void> {
  engine?.stop();
  engine = null;
  const db = useIndexedAppDb();
  await saveEnrollment(db, null);
  // A device connected again (perhaps as someone else) starts its listing from the beginning.
  await saveCursor(db, 0);
  await savePendingSubmissions(db, []);
  setEnrollment(null);
  setConnection({ state: 'offline', code: null });
}

/** Queues a submitted case for registration with the relay and syncs as soon as possible. */
export async function queueSubmission(caseId: string): Promise<void> {
  const db = useIndexedAppDb();
  await savePendingSubmissions(db, [...(await readPendingSubmissions(db)), caseId]);
  engine?.runSoon();
}
