import { CloseCode } from '../../../src/protocol/closeCodes';
import { parseRoomName, type ParsedRoom } from '../../../src/protocol/rooms';
import type { Identity } from '../../../src/protocol/identity';
import { caseAccess, mayCreateCase, type Access } from '../acl/caseAccess';
import type { CaseStore } from '../store/types';

export type JoinDecision =
  { ok: true; room: ParsedRoom; access: Exclude<Access, 'none'> } | { ok: false; code: number; reason: string };

/**
 * Decides whether an identity may join a room. Every join is checked; a case the relay has
 * never seen is created, owned by the joining author's unit.
 */
export async function decideJoin(
  cases: CaseStore,
  identity: Identity,
  name: string,
  now = Date.now(),
): Promise<JoinDecision> {
  const room = parseRoomName(name);
  if (!room) return { ok: false, code: CloseCode.badMessage, reason: 'ogiltigt rumsnamn' };
  let record = await cases.getCase(room.caseId);
  if (!record) {
    if (!mayCreateCase(room.part)) return { ok: false, code: CloseCode.forbidden, reason: 'okänt ärende' };
    record = await cases.createCase({
      caseId: room.caseId,
      ownerUnitId: identity.unitId,
      ownerOrgId: identity.orgId,
      authorPersonId: identity.personId,
      receivingUnitId: null,
      receivingOrgId: null,
      submittedAt: null,
      createdAt: now,
    });
  }
  const access = caseAccess(identity, record, room.part);
  if (access === 'none') return { ok: false, code: CloseCode.forbidden, reason: 'ingen behörighet till ärendet' };
  return { ok: true, room, access };
}
