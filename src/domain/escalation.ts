import * as v from 'valibot';
import { findPii } from './piiGuard';
import type { RegionProfile } from './regionProfile';
import type { ActorRole } from './caseActionRules';

/**
 * A system failure (systemfel) escalated to a forum from the region profile (NOSAM, SAMSA,
 * Berosam, LSVO, …) with a de-identified summary. Kept beside the status events in the event-log
 * doc: escalation flags the case without moving its status.
 */
export const EscalationSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  forum: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  summary: v.pipe(v.string(), v.maxLength(5000)),
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  actor: v.object({ name: v.string(), role: v.string(), unit: v.string(), organisation: v.string() }),
  /** Set once the relay has logged it (see caseLog.ts); without it, this device's proposal. */
  seq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type Escalation = v.InferOutput<typeof EscalationSchema>;

export function parseEscalations(items: readonly unknown[]): Escalation[] {
  return items.flatMap((item) => {
    const result = v.safeParse(EscalationSchema, item);
    return result.success ? [result.output] : [];
  });
}

export type EscalationProblem =
  'not_allowed_for_role' | 'unknown_forum' | 'summary_required' | 'summary_has_personal_data';

/** Managers and coordinators of either side may escalate; the summary leaves the organisations, so no personal data at all. */
export function validateEscalation(
  input: { role: ActorRole; forum: string; summary: string },
  profile: Pick<RegionProfile, 'forums'>,
): EscalationProblem | null {
  if (input.role === 'staff') return 'not_allowed_for_role';
  if (!profile.forums.some((f) => f.id === input.forum)) return 'unknown_forum';
  if (input.summary.trim().length < 10) return 'summary_required';
  if (findPii(input.summary).length > 0) return 'summary_has_personal_data';
  return null;
}
