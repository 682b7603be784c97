import type { Logger } from 'pino';
import type { Identity } from '../../../src/protocol/identity';
import type { AccessEntry, AccessLogStore } from '../store/types';
import { parseRoomName, type ParsedRoom } from '../../../src/protocol/rooms';

/** Records one access; never throws and never waits the caller (a failed write is logged). */
export type RecordAccess = (entry: AccessEntry) => void;

export function createAccessRecorder(store: AccessLogStore, log: Pick<Logger, 'error'>): RecordAccess {
  return (entry) => {
    store
      .logAccess(entry)
      .catch((err: unknown) => log.error({ err, kind: entry.kind }, 'åtkomstloggen kunde inte skrivas'));
  };
}

/** An access by a device: who from its token, and what. */
export function accessBy(
  identity: Pick<Identity, 'deviceId' | 'personId' | 'personName' | 'role' | 'unitId' | 'orgId'>,
  what: Pick<AccessEntry, 'kind' | 'caseId' | 'part' | 'granted' | 'code'> & { address?: string | null },
): AccessEntry {
  return {
    at: Date.now(),
    deviceId: identity.deviceId,
    personId: identity.personId,
    personName: identity.personName,
    role: identity.role,
    unitId: identity.unitId,
    orgId: identity.orgId,
    address: null,
    ...what,
  };
}

/** Records a join decision: granted, or refused with its close code. */
export function recordJoin(
  record: RecordAccess,
  identity: Parameters<typeof accessBy>[0],
  name: string,
  decision: { ok: true; room: ParsedRoom } | { ok: false; code: number },
): void {
  const room = decision.ok ? decision.room : parseRoomName(name);
  record(
    accessBy(identity, {
      kind: 'join',
      caseId: room?.caseId ?? null,
      part: room?.part ?? null,
      granted: decision.ok,
      code: decision.ok ? null : decision.code,
    }),
  );
}
