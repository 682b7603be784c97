import type { Analysis } from './analysis';
import { findPii } from './piiGuard';

/**
 * What keeps an analysis from being signed, and who may sign, lock and reopen it. The relay
 * enforces the lock itself (it refuses writes to a locked analysis); these rules decide what
 * the screen offers and explain why not.
 */

export type AnalysisProblemCode =
  | 'conflict'
  | 'decision_reason_required'
  | 'contains_personal_data'
  | 'timeline_empty'
  | 'causes_empty'
  | 'failed_handover_missing';

export interface AnalysisProblem {
  code: AnalysisProblemCode;
  /** Where: `timeline:<id>`, `cause:<id>`, `action:<id>`, `risk`, `conclusions`, `learning`. */
  where: string;
}

/**
 * Problems to fix before signing: unresolved conflicts (a value nobody chose), a reject or
 * partial approval without a reason, identity numbers in text that crosses organisations, and
 * an analysis with no course of events, no cause, or no failed handover marked.
 */
export function analysisProblems(a: Analysis): AnalysisProblem[] {
  const problems: AnalysisProblem[] = [];
  const conflicted = conflictedIds(a);
  const conflict = (kind: string, ids: readonly string[]) =>
    ids.forEach((id) => problems.push({ code: 'conflict', where: `${kind}:${id}` }));
  const texts: [string, string][] = [
    ['conclusions', a.conclusions],
    ['learning', a.learning],
  ];
  if (a.timeline.length === 0) problems.push({ code: 'timeline_empty', where: 'timeline' });
  else if (!a.timeline.some((e) => e.failedHandover.value === true))
    problems.push({ code: 'failed_handover_missing', where: 'timeline' });
  conflict('timeline', conflicted.timeline);
  for (const e of a.timeline) texts.push([`timeline:${e.id}`, e.what]);
  if (a.causes.length === 0) problems.push({ code: 'causes_empty', where: 'causes' });
  conflict('cause', conflicted.causes);
  for (const c of a.causes)
    texts.push([`cause:${c.id}`, [c.description, ...c.whys, c.rootCause, c.contributingFactors].join('\n')]);
  if (conflicted.risk) problems.push({ code: 'conflict', where: 'risk' });
  conflict('action', conflicted.actions);
  for (const x of a.actions) {
    const needsReason = x.decision.value === 'rejected' || x.decision.value === 'partlyApproved';
    if (needsReason && x.decisionReason.trim() === '' && x.withdrawn.value === null)
      problems.push({ code: 'decision_reason_required', where: `action:${x.id}` });
    texts.push([`action:${x.id}`, [x.action, x.goal, x.responsibleRole, x.decisionReason, x.effectNote].join('\n')]);
  }
  for (const [where, text] of texts)
    if (findPii(text).some((hit) => hit.severity === 'block')) problems.push({ code: 'contains_personal_data', where });
  return problems;
}

export interface ConflictedIds {
  timeline: string[];
  causes: string[];
  actions: string[];
  risk: boolean;
  /** How many fields in all hold values to choose between. */
  fields: number;
}

type Scalar = { alternatives: readonly unknown[] };

/** The scalar fields of each kind of entry, in one place for every conflict check. */
const SCALARS = {
  timeline: (e: Analysis['timeline'][number]): Scalar[] => [e.when, e.orgId, e.handover, e.failedHandover],
  cause: (c: Analysis['causes'][number]): Scalar[] => [c.category, c.systemWeakness],
  action: (x: Analysis['actions'][number]): Scalar[] => [
    x.responsibleOrgId,
    x.plannedStart,
    x.plannedEnd,
    x.decision,
    x.done,
    x.effect,
    x.withdrawn,
  ],
};

const openCount = (fields: readonly Scalar[]) => fields.filter((f) => f.alternatives.length > 0).length;

/** Which entities (and whether the risk matrix) hold a value nobody has chosen yet. */
export function conflictedIds(a: Analysis): ConflictedIds {
  let fields = 0;
  const ids = <T extends { id: string }>(entries: readonly T[], scalars: (entry: T) => Scalar[]) =>
    entries.flatMap((entry) => {
      const open = openCount(scalars(entry));
      fields += open;
      return open > 0 ? [entry.id] : [];
    });
  const timeline = ids(a.timeline, SCALARS.timeline);
  const causes = ids(a.causes, SCALARS.cause);
  const actions = ids(a.actions, SCALARS.action);
  const risk = openCount([a.risk.probability, a.risk.severity]);
  return { timeline, causes, actions, risk: risk > 0, fields: fields + risk };
}

/**
 * Counts the fields with an unresolved conflict, for the banner at the top of the analysis.
 * Cheap on purpose: it runs on every change, without the PII scan.
 */
export function conflictCount(a: Analysis | ConflictedIds): number {
  return ('conclusions' in a ? conflictedIds(a) : a).fields;
}

export interface SignoffInput {
  /** The organisations that must sign (the case's two). */
  signingOrgIds: readonly string[];
  locked: boolean;
  version: number;
  team: readonly { personId: string; orgId: string; signer: boolean; commissioner: boolean }[];
  signatures: readonly { orgId: string; personId: string; stateVector: string }[];
}

export type SignRefusal = 'locked' | 'not_signer' | 'already_signed' | 'has_problems' | 'unsynced';

/**
 * Whether this person may sign now. A signer signs what the relay holds: their device must be
 * synced (no local change the relay lacks), so both signatures cover one identical state.
 */
export function signRefusal(
  s: SignoffInput,
  personId: string,
  ctx: { problems: number; synced: boolean; currentStateVector: string },
): SignRefusal | null {
  if (s.locked) return 'locked';
  const me = s.team.find((m) => m.personId === personId);
  if (!me?.signer) return 'not_signer';
  if (s.signatures.some((sig) => sig.personId === personId && sig.stateVector === ctx.currentStateVector))
    return 'already_signed';
  if (ctx.problems > 0) return 'has_problems';
  if (!ctx.synced) return 'unsynced';
  return null;
}

export interface SignatureProgress {
  orgId: string;
  /** Signed this very state; false when not signed or signed before a later change. */
  current: boolean;
  signedBy: string | null;
}

/** Per organisation: has its signer signed the state everyone sees now? */
export function signatureProgress(s: SignoffInput, isCurrent: (stateVector: string) => boolean): SignatureProgress[] {
  return s.signingOrgIds.map((orgId) => {
    const sig = s.signatures.find((x) => x.orgId === orgId);
    return { orgId, current: !!sig && isCurrent(sig.stateVector), signedBy: sig?.personId ?? null };
  });
}

/** A locked analysis may be reopened by a signer or the commissioner; it becomes version n + 1. */
export function mayReopen(s: Pick<SignoffInput, 'locked' | 'team'>, personId: string, isLead: boolean): boolean {
  if (!s.locked) return false;
  const me = s.team.find((m) => m.personId === personId);
  return isLead || !!me?.signer || !!me?.commissioner;
}
