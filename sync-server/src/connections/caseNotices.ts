import type { WebSocket } from 'ws';
import { encodeMuxFrame, MuxKind } from '../../../src/protocol/multiplex';
import type { Identity } from '../../../src/protocol/identity';
import { caseAccess } from '../acl/caseAccess';
import type { CaseRecord } from '../store/types';
import { sendTo } from './socketIo';

/**
 * Tells open multiplexed sockets that a case they may see is new or changed, so devices learn
 * of it at once instead of polling the listing. Sockets are indexed by the keys through which a
 * case can concern them (person, a manager's unit, a coordinator's organisation), so a change
 * looks at the few sockets it may concern; the ACL then decides, as for a join.
 */
export class CaseNotices {
  private readonly byKey = new Map<string, Map<WebSocket, Identity>>();

  /** Registers a socket; returns the function that removes it. */
  add(ws: WebSocket, identity: Identity): () => void {
    const keys = identityKeys(identity);
    for (const key of keys) {
      let sockets = this.byKey.get(key);
      if (!sockets) this.byKey.set(key, (sockets = new Map()));
      sockets.set(ws, identity);
    }
    return () => {
      for (const key of keys) {
        const sockets = this.byKey.get(key);
        sockets?.delete(ws);
        if (sockets?.size === 0) this.byKey.delete(key);
      }
    };
  }

  /** Sends a notice of this case (its current seq) to every socket whose person may see it. */
  publish(record: CaseRecord): number {
    const targets = new Map<WebSocket, Identity>();
    for (const key of recordKeys(record)) for (const [ws, who] of this.byKey.get(key) ?? []) targets.set(ws, who);
    let sent = 0;
    const frame = encodeMuxFrame({ kind: MuxKind.notice, room: record.caseId, seq: record.seq });
    for (const [ws, who] of targets) {
      if (caseAccess(who, record, 'events') === 'none') continue;
      sendTo(ws, frame);
      sent++;
    }
    return sent;
  }
}

function identityKeys(who: Identity): string[] {
  const keys = [`p:${who.personId}`];
  if (who.role === 'manager' || who.role === 'coordinator') keys.push(`u:${who.unitId}`);
  if (who.role === 'coordinator') keys.push(`o:${who.orgId}`);
  return keys;
}

function recordKeys(record: CaseRecord): string[] {
  const keys = [`p:${record.authorPersonId}`, `u:${record.ownerUnitId}`, `o:${record.ownerOrgId}`];
  if (record.receivingUnitId) keys.push(`u:${record.receivingUnitId}`);
  if (record.receivingOrgId) keys.push(`o:${record.receivingOrgId}`);
  for (const personId of record.teamPersonIds) keys.push(`p:${personId}`);
  return keys;
}
