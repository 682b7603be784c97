import { daysBetween, parseIsoDate, type IsoDate } from './isoDate';
import type { CaseIndexEntry } from './caseIndex';
import type { CaseStatus } from './status';

export interface InboxFilter {
  status?: CaseStatus | '';
  area?: string;
  agreementId?: string;
  /** The other party: for the receiving side, the reporting organisation. */
  counterpart?: string;
  overdueOnly?: boolean;
  /** Free text, matched against title, summary, units and organisations. */
  search?: string;
}

const ANSWERED: readonly CaseStatus[] = ['answered', 'closed'];

/** True when the case is past its deadline and not yet answered. */
export function isOverdue(row: Pick<CaseIndexEntry, 'deadline' | 'status'>, today: IsoDate): boolean {
  const deadline = row.deadline ? parseIsoDate(row.deadline) : null;
  return deadline !== null && !ANSWERED.includes(row.status) && daysBetween(today, deadline) < 0;
}

/** A case changed since this device last opened it. */
export function isUnseen(row: Pick<CaseIndexEntry, 'updatedAt' | 'seenAt'>): boolean {
  return row.seenAt === null || row.updatedAt > row.seenAt;
}

/**
 * The inbox: filtered, then sorted by deadline (soonest first; unanswered before answered; no
 * deadline last), then most recently changed. Pure, so it runs on thousands of index rows in
 * memory without touching storage.
 */
export function filterInbox(rows: readonly CaseIndexEntry[], filter: InboxFilter, today: IsoDate): CaseIndexEntry[] {
  const words = (filter.search ?? '').toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  const matches = (row: CaseIndexEntry) => {
    if (filter.status && row.status !== filter.status) return false;
    if (filter.area && row.area !== filter.area) return false;
    if (filter.agreementId && row.agreementId !== filter.agreementId) return false;
    if (filter.counterpart && row.reporterOrganisation !== filter.counterpart) return false;
    if (filter.overdueOnly && !isOverdue(row, today)) return false;
    if (words.length === 0) return true;
    const haystack =
      `${row.title} ${row.summary} ${row.reporterUnit} ${row.reporterOrganisation} ${row.receivingUnit}`.toLocaleLowerCase(
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
