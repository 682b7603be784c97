import { daysBetween, parseIsoDate, type IsoDate } from './isoDate';
import type { CaseIndexEntry } from './caseIndex';
import type { CaseStatus } from './status';

/** Which way a case goes, seen from the organisation: sent to our units, or from them. */
export type InboxDirection = 'received' | 'sent';

export interface InboxFilter {
  status?: CaseStatus | '';
  area?: string;
  agreementId?: string;
  /** The other party: the reporting organisation (received) or the receiving one (sent). */
  counterpart?: string;
  /** One of our units: the receiving unit's id (received) or the reporting unit's name (sent). */
  unit?: string;
  newOnly?: boolean;
  overdueOnly?: boolean;
  unansweredOnly?: boolean;
  /** Free text, matched against title, summary, units and organisations. */
  search?: string;
}

const ANSWERED: readonly CaseStatus[] = ['answered', 'closed'];

/** True while the receiving unit still owes an answer (submitted and not yet answered or closed). */
export function isUnanswered(row: Pick<CaseIndexEntry, 'status'>): boolean {
  return row.status !== 'draft' && !ANSWERED.includes(row.status);
}

/** True when the case is past its deadline and not yet answered. */
export function isOverdue(row: Pick<CaseIndexEntry, 'deadline' | 'status'>, today: IsoDate): boolean {
  const deadline = row.deadline ? parseIsoDate(row.deadline) : null;
  return deadline !== null && !ANSWERED.includes(row.status) && daysBetween(today, deadline) < 0;
}

/** A case changed by someone else since this device last opened it (own changes count as seen). */
export function isUnseen(row: Pick<CaseIndexEntry, 'updatedAt' | 'seenAt'>): boolean {
  return row.seenAt === null || row.updatedAt > row.seenAt;
}

/**
 * The seenAt an index row gets when it is written at `now`: a change made on this device (its
 * person acting: acknowledging, answering, escalating) is seen by that person already, so it
 * never makes the case "Ny"; a change that came from elsewhere leaves seenAt as it was.
 */
export function seenAtAfterWrite(previous: number | null, now: number, byThisDevice: boolean): number | null {
  if (!byThisDevice) return previous;
  return Math.max(previous ?? now, now);
}

/** Whose side a case is on for an organisation: sent to one of its units, or reported by one. */
export function directionOf(
  row: Pick<CaseIndexEntry, 'receivingOrgId' | 'reporterOrganisation'>,
  org: { orgId: string; orgName?: string },
): InboxDirection[] {
  const directions: InboxDirection[] = [];
  if (row.receivingOrgId === org.orgId) directions.push('received');
  if (org.orgName && row.reporterOrganisation === org.orgName) directions.push('sent');
  return directions;
}

/** The unit of ours a case belongs to in a direction: the receiving unit's id, or the reporting unit's name. */
export function ourUnitKey(row: CaseIndexEntry, direction: InboxDirection): string {
  return direction === 'received' ? row.receivingUnitId || row.receivingUnit : row.reporterUnit;
}

/** The other organisation of a case in a direction. */
export function counterpartOf(row: CaseIndexEntry, direction: InboxDirection): string {
  return direction === 'received' ? row.reporterOrganisation : row.receivingOrganisation;
}

/**
 * The inbox: filtered, then sorted by deadline (soonest first; unanswered before answered; no
 * deadline last), then most recently changed. Pure, so it runs on thousands of index rows in
 * memory without touching storage.
 */
export function filterInbox(
  rows: readonly CaseIndexEntry[],
  filter: InboxFilter,
  today: IsoDate,
  direction: InboxDirection = 'received',
): CaseIndexEntry[] {
  const words = (filter.search ?? '').toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  const matches = (row: CaseIndexEntry) => {
    if (filter.status && row.status !== filter.status) return false;
    if (filter.area && row.area !== filter.area) return false;
    if (filter.agreementId && row.agreementId !== filter.agreementId) return false;
    if (filter.counterpart && counterpartOf(row, direction) !== filter.counterpart) return false;
    if (filter.unit && ourUnitKey(row, direction) !== filter.unit) return false;
    if (filter.newOnly && !isUnseen(row)) return false;
    if (filter.overdueOnly && !isOverdue(row, today)) return false;
    if (filter.unansweredOnly && !isUnanswered(row)) return false;
    if (words.length === 0) return true;
    const haystack =
      `${row.title} ${row.summary} ${row.reporterUnit} ${row.reporterOrganisation} ${row.receivingUnit} ${row.receivingOrganisation}`.toLocaleLowerCase(
        'sv',
      );
    return words.every((word) => haystack.includes(word));
  };
  const rank = (row: CaseIndexEntry) => (ANSWERED.includes(row.status) ? 1 : 0);
  // Plain comparison: ISO dates sort as strings, and localeCompare is slow over thousands of rows.
  const byDeadline = (a: CaseIndexEntry, b: CaseIndexEntry) => {
    const x = a.deadline ?? '9999';
    const y = b.deadline ?? '9999';
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return rows.filter(matches).sort((a, b) => rank(a) - rank(b) || byDeadline(a, b) || b.updatedAt - a.updatedAt);
}
