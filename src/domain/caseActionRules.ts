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

/** Whether `actor` may take `action` in `status`; a refusal says why. */
export function checkAction(
  actor: Actor,
  action: CaseAction,
  status: CaseStatus,
  comment?: string,
): ActionRefusal | null {
  if (nextStatus(status, action) === null) return 'not_allowed_in_status';
  if (!WHO[action](actor)) return 'not_allowed_for_role';
  if (COMMENT_REQUIRED.includes(action) && !comment?.trim()) return 'comment_required';
  return null;
}

/** The actions the UI should offer this actor now, in a stable order. */
export function offeredActions(actor: Actor, status: CaseStatus): CaseAction[] {
  return (Object.keys(WHO) as CaseAction[]).filter(
    (action) => nextStatus(status, action) !== null && WHO[action](actor),
  );
}
