import { CloseCode } from '../../../src/protocol/closeCodes';
import { parseRoomName, type ParsedRoom } from '../../../src/protocol/rooms';
import type { Identity } from '../../../src/protocol/identity';
import { caseAccess, type Access } from '../acl/caseAccess';
import type { CaseStore } from '../store/types';

export type JoinDecision =
  { ok: true; room: ParsedRoom; access: Exclude<Access, 'none'> } | { ok: false; code: number; reason: string };

/**
 * Decides whether an identity may join a room. Every join is checked. A join never creates a
 * case: the author's device creates it first (`PUT /api/cases/:id`), so which part of a case a
 * device joins first cannot matter, and no other device can claim a case id by joining it.
 */
export async function decideJoin(cases: CaseStore, identity: Identity, name: string): Promise<JoinDecision> {
  const room = parseRoomName(name);
  if (!room) return { ok: false, code: CloseCode.badMessage, reason: 'ogiltigt rumsnamn' };
  const record = await cases.getCase(room.caseId);
  if (!record) return { ok: false, code: CloseCode.unknownCase, reason: 'okänt ärende' };
  const access = caseAccess(identity, record, room.part);
  if (access === 'none') return { ok: false, code: CloseCode.forbidden, reason: 'ingen behörighet till ärendet' };
  return { ok: true, room, access };
}
