import * as v from 'valibot';
import { checkAction, type ActionRefusal, type Actor, type ActorRole, type CaseSide } from './caseActionRules';
import { CASE_ACTIONS, nextStatus, type CaseAction, type CaseStatus } from './status';

/**
 * The case log as the relay keeps it (issue 12). A device proposes an action by appending a raw
 * entry to the case's event-log doc; only the relay turns it into a logged event: it removes the
 * raw entry and appends the event stamped with the actor of the device's token, its own receive
 * time and a sequence number, or a refusal saying why. Other devices never see a raw entry, so a
 * device writing Yjs by hand changes nothing they show. App and relay decide with this module.
 */

/** What a device proposes: the action, when it acted (its own clock, offline perhaps), a comment. */
export const ProposedEventSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  action: v.picklist(CASE_ACTIONS),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  comment: v.optional(v.pipe(v.string(), v.maxLength(5000))),
});
export type ProposedEvent = v.InferOutput<typeof ProposedEventSchema>;

/** Who acted, as the relay knows it from the token and the directory: never what the client says. */
export interface LoggedActor {
  personId: string;
  name: string;
  role: ActorRole;
  unitId: string;
  unit: string;
  orgId: string;
  organisation: string;
}

/** Refusals beyond the transition rules: a malformed proposal, or a device not in the case. */
export type LogRefusal = ActionRefusal | 'malformed' | 'not_participant';

/** Who takes part in a case, as far as the rules need it. */
export interface CaseParticipants {
  authorPersonId: string;
  ownerUnitId: string;
  ownerOrgId: string;
  receivingUnitId: string | null;
  receivingOrgId: string | null;
}

/** The person a device acts for, as far as the rules need it. */
export interface ActingPerson {
  personId: string;
  role: ActorRole;
  unitId: string;
  orgId: string;
}

/**
 * The sides a person acts for in a case: the receiving side for its unit's people and its
 * organisation's coordinators, the reporting side for the author and the reporting unit and
 * organisation. (A coordinator of an organisation on both sides acts for both.)
 */
export function sidesOf(who: ActingPerson, c: CaseParticipants): CaseSide[] {
  const sides: CaseSide[] = [];
  const ofUnit = (unitId: string | null, orgId: string | null) =>
    unitId !== null && (who.unitId === unitId || (who.role === 'coordinator' && who.orgId === orgId));
  if (who.personId === c.authorPersonId || ofUnit(c.ownerUnitId, c.ownerOrgId)) sides.push('sender');
  if (ofUnit(c.receivingUnitId, c.receivingOrgId)) sides.push('receiver');
  return sides;
}

/** The rules' actor for one side. */
export function actorFor(who: ActingPerson, c: CaseParticipants, side: CaseSide): Actor {
  return { role: who.role, side, isAuthor: who.personId === c.authorPersonId };
}

/**
 * Whether the relay logs a proposed action at the log's present status: it must move the case
 * (a proposal the log has overtaken, both managers acknowledging offline say, is refused) and
 * the person must be allowed it on one of their sides. Null when it is logged.
 */
export function decideProposal(
  who: ActingPerson,
  c: CaseParticipants,
  status: CaseStatus,
  proposal: Pick<ProposedEvent, 'action' | 'comment'>,
): LogRefusal | null {
  if (nextStatus(status, proposal.action) === null) return 'not_allowed_in_status';
  const sides = sidesOf(who, c);
  if (sides.length === 0) return 'not_participant';
  let refusal: LogRefusal = 'not_allowed_for_role';
  for (const side of sides) {
    const answer = checkAction(actorFor(who, c, side), proposal.action, status, proposal.comment);
    if (answer === null) return null;
    if (answer === 'comment_required') refusal = answer;
  }
  return refusal;
}

/** A refusal as the relay writes it beside the log: which proposal, why, for whom. */
export const RefusalSchema = v.object({
  eventId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  action: v.picklist([...CASE_ACTIONS, 'escalate']),
  reason: v.picklist([
    'not_allowed_in_status',
    'not_allowed_for_role',
    'comment_required',
    'malformed',
    'not_participant',
  ]),
  /** The relay's time of refusal. */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  personId: v.pipe(v.string(), v.maxLength(64)),
});
export type Refusal = v.InferOutput<typeof RefusalSchema>;

/** The doc's array of refusals (relay-written, beside `events` and `escalations`). */
export const REFUSALS_ARRAY = 'refusals';

/** The logged event the relay appends for an accepted proposal. */
export function loggedEvent(proposal: ProposedEvent, actor: LoggedActor, seq: number, at: number) {
  return {
    id: proposal.id,
    action: proposal.action as CaseAction,
    seq,
    at,
    deviceAt: proposal.at,
    actor,
    ...(proposal.comment?.trim() ? { comment: proposal.comment.trim() } : {}),
  };
}
