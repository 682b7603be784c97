import * as Y from 'yjs';
import { randomUUID } from 'node:crypto';
import { roomName } from '../../../src/protocol/rooms';
import { deviceToken, reportedCase, startSeededRelay, syncClient } from '../../helpers/relayFixture';

export interface CaseLogBenchResult {
  /** Device proposes → relay logs → the other participant's doc holds the logged event. */
  acceptP50: number;
  acceptP95: number;
  samples: number;
  /** 500 events queued offline on one device, from its reconnect to all of them decided. */
  queuedMs: number;
  queuedLogged: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** Waits until `done` holds, checked at every update of `doc` (no polling), or fails after `ms`. */
function until(doc: Y.Doc, done: () => boolean, ms = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!done()) return;
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    };
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('tidsgräns'));
    }, ms);
    doc.on('update', check);
    check();
  });
}

/**
 * The relay-kept case log (issue 12) on a real relay with SQLite: one event end to end, and a
 * backlog of proposals from a device that was offline. The acting device alternates a close and a
 * reopen by the reporter on an answered case, so every proposal is one the rules accept.
 */
export async function benchCaseLog(rounds = 200, backlog = 500): Promise<CaseLogBenchResult> {
  const server = await startSeededRelay();
  try {
    const nurse = await deviceToken(server, { unitId: 'gbg-hemsjukvard', role: 'staff', personId: 'karin' });
    const manager = await deviceToken(server, { unitId: 'vgr-avd12', role: 'manager', personId: 'anna' });
    const propose = (doc: Y.Doc, action: string, comment?: string) => {
      const id = randomUUID();
      doc.getArray('events').push([{ id, action, at: Date.now(), actor: {}, ...(comment ? { comment } : {}) }]);
      return id;
    };
    const logged = (doc: Y.Doc, id: string) =>
      doc
        .getArray<{ id: string; seq?: number }>('events')
        .toArray()
        .some((e) => e.id === id && e.seq !== undefined);

    // A case answered by the receiving unit, then closed and reopened by the reporter, one at a time.
    const caseId = await reportedCase(server, nurse.token);
    const [author, reader] = [syncClient(server, nurse.token), syncClient(server, manager.token)];
    const authorDoc = new Y.Doc();
    const readerDoc = new Y.Doc();
    await author.join(roomName(caseId, 'events'), authorDoc).whenSynced();
    await reader.join(roomName(caseId, 'events'), readerDoc).whenSynced();
    const setup = [
      [authorDoc, 'submit'],
      [readerDoc, 'acknowledge'],
      [readerDoc, 'answer'],
    ] as const;
    for (const [doc, action] of setup) {
      const id = propose(doc, action);
      await until(authorDoc, () => logged(authorDoc, id));
      await until(readerDoc, () => logged(readerDoc, id));
    }
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const action = i % 2 === 0 ? 'close' : 'reopen';
      const started = performance.now();
      const id = propose(authorDoc, action, action === 'reopen' ? 'Följ upp igen' : undefined);
      await until(readerDoc, () => logged(readerDoc, id));
      times.push(performance.now() - started);
      // The receiving unit answers again after a reopen, so the next close is allowed.
      if (action === 'reopen') {
        const again = propose(readerDoc, 'answer');
        await until(authorDoc, () => logged(authorDoc, again));
      }
    }
    author.stop();
    reader.stop();

    // The backlog: a device offline for a while proposes `backlog` events, then reconnects.
    const offline = new Y.Doc();
    const backlogCase = await reportedCase(server, nurse.token);
    const first = syncClient(server, nurse.token);
    await first.join(roomName(backlogCase, 'events'), offline).whenSynced();
    first.stop();
    const ids: string[] = [];
    for (let i = 0; i < backlog; i++) ids.push(propose(offline, i === 0 ? 'submit' : 'close'));
    const started = performance.now();
    const back = syncClient(server, nurse.token);
    back.join(roomName(backlogCase, 'events'), offline);
    const decided = () => {
      const loggedIds = new Set(
        offline
          .getArray<{ id: string }>('events')
          .toArray()
          .map((e) => e.id),
      );
      const refused = new Set(
        offline
          .getArray<{ eventId: string }>('refusals')
          .toArray()
          .map((r) => r.eventId),
      );
      return ids.every((id) => refused.has(id) || (loggedIds.has(id) && logged(offline, id)));
    };
    await until(offline, decided, 30_000);
    const queuedMs = performance.now() - started;
    back.stop();
    return {
      acceptP50: percentile(times, 50),
      acceptP95: percentile(times, 95),
      samples: times.length,
      queuedMs,
      queuedLogged: ids.filter((id) => logged(offline, id)).length,
    };
  } finally {
    await server.close();
  }
}
