import * as Y from 'yjs';
import type { CaseLogStore, DocStore } from '../store/types';
import { chainHash, logEntryJson } from './logHash';
import { RELAY_CLIENT_ID } from './caseLogGate';
import type { LoggedActor } from '../../../src/domain/caseLog';
import type { CaseAction } from '../../../src/domain/status';

export interface ImportedEvent {
  id: string;
  action: CaseAction;
  /** The time of record (history keeps its own dates). */
  at: number;
  actor: LoggedActor;
  comment?: string;
}

/**
 * Writes a case's log as the relay would have logged it, with the times given: for importing a
 * case's history (and seeding tests with back-dated cases). Call before anyone has joined the
 * case's log room; live writes go through the gate (caseLogGate).
 */
export async function importCaseLog(
  store: DocStore & CaseLogStore,
  caseId: string,
  events: readonly ImportedEvent[],
): Promise<void> {
  const doc = new Y.Doc();
  doc.clientID = RELAY_CLIENT_ID;
  const log = doc.getArray('events');
  for (const event of events) {
    const row = await store.appendLogEntry(
      caseId,
      (seq) => logEntryJson(caseId, 'event', { ...event, seq, deviceAt: event.at }),
      chainHash,
    );
    log.push([{ ...event, seq: row.seq, deviceAt: event.at }]);
  }
  await store.appendUpdate(`${caseId}.events`, Y.encodeStateAsUpdate(doc));
  doc.destroy();
}
