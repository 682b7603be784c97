import * as v from 'valibot';

/**
 * The parts of a case, each its own Y.Doc and relay room, so the relay can grant rights per
 * part without reading content: the reporter writes the report, the receiving unit the answer,
 * the analysis team the analysis; the event log is appended by every participant.
 */
export const CASE_PARTS = ['report', 'events', 'answer', 'analysis'] as const;
export type CasePart = (typeof CASE_PARTS)[number];

// Lower case only: one spelling per room, so a case can never be joined twice on one socket.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Room name of a case part. The report is the bare case id, so a stock y-websocket provider
 * (`new WebsocketProvider(url + '/sync', caseId, doc)`) syncs a case's report.
 */
export function roomName(caseId: string, part: CasePart): string {
  return part === 'report' ? caseId : `${caseId}.${part}`;
}

export interface ParsedRoom {
  caseId: string;
  part: CasePart;
}

/** Parses a room name from the network; null when it is not one of ours. */
export function parseRoomName(name: string): ParsedRoom | null {
  if (name.length > 64) return null;
  const [caseId = '', part = 'report', extra] = name.split('.');
  if (extra !== undefined || !UUID.test(caseId)) return null;
  const parsed = v.safeParse(v.picklist(CASE_PARTS), part);
  return parsed.success ? { caseId, part: parsed.output } : null;
}
