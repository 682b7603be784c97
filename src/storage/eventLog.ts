import * as Y from 'yjs';
import { parseCaseEvents, type CaseEvent } from '../domain/caseEvents';

/** The event log doc holds one Y.Array of events; entries are only ever appended. */
export const EVENTS_ARRAY = 'events';

export function readEvents(doc: Y.Doc): CaseEvent[] {
  return parseCaseEvents(doc.getArray<unknown>(EVENTS_ARRAY).toArray());
}

export function appendEvent(doc: Y.Doc, event: CaseEvent): void {
  doc.getArray<CaseEvent>(EVENTS_ARRAY).push([event]);
}
