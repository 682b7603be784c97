import { nextStatus, type CaseAction, type CaseStatus } from './status';

export const ACTOR_ROLES = ['staff', 'manager', 'coordinator'] as const;
/** staff · manager (enhetschef) · coordinator (the organisation's named function). */
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Which side of the case someone acts for: the unit that reported, or the unit that must answer. */
export type CaseSide = 'sender' | 'receiver';

export interface Actor {
  role: ActorRole;
  side: CaseSide;
  /** Whether this person wrote the report. */
  isAuthor: boolean;
}

/**
 * Who may take each action: the reporter submits; the receiving unit's managers and coordinators
 * acknowledge, investigate and answer; the reporting side (the author or its managers) closes
 * or reopens after follow-up; either side's managers and coordinators may start a joint analysis,
 * also after the answer (whose "yes, a joint analysis is needed" would otherwise lead nowhere).
 */
const WHO: Record<CaseAction, (actor: Actor) => boolean> = {
  submit: (a) => a.side === 'sender' && a.isAuthor,
  acknowledge: (a) => a.side === 'receiver' && a.role !== 'staff',
  investigate: (a) => a.side === 'receiver' && a.role !== 'staff',
  startJointAnalysis: (a) => a.role !== 'staff',
  answer: (a) => a.side === 'receiver' && a.role !== 'staff',
  close: (a) => a.side === 'sender' && (a.isAuthor || a.role !== 'staff'),
  reopen: (a) => a.side === 'sender' && (a.isAuthor || a.role !== 'staff'),
};

/** Actions that must carry a comment saying why. */
export const COMMENT_REQUIRED: readonly CaseAction[] = ['reopen'];

export type ActionRefusal = 'not_allowed_in_status' | 'not_allowed_for_role' | 'comment_required';

/**
 * The events one action records, or null when it cannot be taken in `status`. No routine asks the
 * receiving unit to acknowledge before it answers (LGS: answer within 60 days; Blekinge: answer when
 * the event is analysed and actions planned), so answering a case not yet acknowledged records the
 * acknowledgement first: the log keeps its received date (the answer's "mottaget"), and the status
 * table stays as every device, older ones included, folds it.
 */
export function eventsFor(action: CaseAction, status: CaseStatus): CaseAction[] | null {
  if (nextStatus(status, action) !== null) return [action];
  if (action === 'answer' && status === 'submitted') return ['acknowledge', 'answer'];
  return null;
}

/** Whether `actor` may take `action` in `status`; a refusal says why. */
export function checkAction(
  actor: Actor,
  action: CaseAction,
  status: CaseStatus,
  comment?: string,
): ActionRefusal | null {
  const refusal = refusalFor(actor, action, status);
  if (refusal) return refusal;
  if (COMMENT_REQUIRED.includes(action) && !comment?.trim()) return 'comment_required';
  return null;
}

function refusalFor(actor: Actor, action: CaseAction, status: CaseStatus): ActionRefusal | null {
  const events = eventsFor(action, status);
  if (events === null) return 'not_allowed_in_status';
  return events.every((event) => WHO[event](actor)) ? null : 'not_allowed_for_role';
}

/**
 * Steps that stay valid in the log but are not offered: "Påbörja utredning" is no step of any
 * routine and nothing waits for it (the answer can be given from "received"); a reopened case is
 * "under investigation" by itself. Events recorded by earlier versions still count.
 */
const NOT_OFFERED: readonly CaseAction[] = ['investigate'];

/** The actions the UI should offer this actor now, in a stable order. */
export function offeredActions(actor: Actor, status: CaseStatus): CaseAction[] {
  return (Object.keys(WHO) as CaseAction[]).filter(
    (action) => !NOT_OFFERED.includes(action) && refusalFor(actor, action, status) === null,
  );
}
