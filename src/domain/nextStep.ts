import type { Actor } from './caseActionRules';
import type { CaseStatus } from './status';

/**
 * The one thing this person should do next on a case, shown beside the report:
 * - answer: the receiving unit's manager or coordinator owes the answer (acknowledging is not a
 *   step of its own: answering records it, see caseActionRules.eventsFor);
 * - readAnswer: the reporting side has an answer to read, then closes or reopens the case;
 * - wait: the other side is to act (the reporting side before the answer, receiving staff);
 * - edit: the author's draft is not sent yet;
 * - none: the case is closed.
 */
export type NextStep = 'answer' | 'readAnswer' | 'wait' | 'edit' | 'none';

const ANSWER_OWED: readonly CaseStatus[] = ['submitted', 'received', 'investigating', 'jointAnalysis'];

/** The next step for `actor` in `status`. */
export function nextStep(actor: Actor, status: CaseStatus): NextStep {
  if (status === 'closed') return 'none';
  if (status === 'draft') return actor.isAuthor ? 'edit' : 'none';
  const lead = actor.role !== 'staff';
  if (actor.side === 'receiver') return lead && ANSWER_OWED.includes(status) ? 'answer' : 'wait';
  if (status === 'answered') return actor.isAuthor || lead ? 'readAnswer' : 'wait';
  return 'wait';
}
