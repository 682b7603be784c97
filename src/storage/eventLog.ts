import * as Y from 'yjs';
import { parseCaseEvents, type CaseEvent } from '../domain/caseEvents';
import { parseEscalations, type Escalation } from '../domain/escalation';

/** The event log doc holds one Y.Array of events; entries are only ever appended. */
export const EVENTS_ARRAY = 'events';

export function readEvents(doc: Y.Doc): CaseEvent[] {
  return parseCaseEvents(doc.getArray<unknown>(EVENTS_ARRAY).toArray());
}

export function appendEvent(doc: Y.Doc, event: CaseEvent): void {
  doc.getArray<CaseEvent>(EVENTS_ARRAY).push([event]);
}

/** Escalations of the case as a system failure, beside the status events in the same doc. */
export const ESCALATIONS_ARRAY = 'escalations';

export function readEscalations(doc: Y.Doc): Escalation[] {
  return parseEscalations(doc.getArray<unknown>(ESCALATIONS_ARRAY).toArray());
}

export function appendEscalation(doc: Y.Doc, escalation: Escalation): void {
  doc.getArray<Escalation>(ESCALATIONS_ARRAY).push([escalation]);
}
