import { orderEvents, type CaseEvent } from './caseEvents';
import { nextStatus, type CaseStatus } from './status';

export interface AuditEntry {
  event: CaseEvent;
  /** The status after this event. */
  status: CaseStatus;
  /**
   * False when the event did not change anything: it arrived after another device had already
   * moved the case on (both acknowledged offline, say). It stays in the trail: nothing is hidden.
   */
  applied: boolean;
}

/**
 * The case's audit trail: every recorded event in the order all devices agree on (time, then
 * id), with the status it led to. This is also the merge rule for concurrent offline actions:
 * each event is applied if the transition table allows it at its place in that order, and is
 * otherwise kept as "no effect". Entries can never be edited: the log is append-only.
 */
export function deriveAuditTrail(events: readonly CaseEvent[]): AuditEntry[] {
  let status: CaseStatus = 'draft';
  return orderEvents(events).map((event) => {
    const next = nextStatus(status, event.action);
    if (next !== null) status = next;
    return { event, status, applied: next !== null };
  });
}
