import type { CaseIndexEntry } from './caseIndex';
import { isUnseen } from './inbox';

/**
 * Feedback to the person who reported: what has come back on her report. Staff keep reporting
 * when they see that something happens; "Mina rapporter" marks a report that was answered or
 * escalated, and an open app says so when it arrives.
 */
export interface ReporterFeedback {
  kind: 'answered' | 'escalated';
  /** Came (or changed) after she last opened the case on this device. */
  unread: boolean;
}

type FeedbackFacts = Pick<CaseIndexEntry, 'status' | 'updatedAt' | 'seenAt'> & { escalated?: boolean };

/** What came back on a report: the answer (while it awaits her), else an escalation; null when nothing did. */
export function reporterFeedback(entry: FeedbackFacts): ReporterFeedback | null {
  const unread = isUnseen(entry);
  if (entry.status === 'answered') return { kind: 'answered', unread };
  if (entry.escalated && entry.status !== 'draft' && entry.status !== 'closed') return { kind: 'escalated', unread };
  return null;
}

/** Who a device acts for, as far as telling "her own report" apart from one her unit received. */
export interface ReporterIdentity {
  personId: string;
  unitId: string;
}

/**
 * Whether a case is the device person's own report (not one her unit received): written by her
 * when the row knows its author, else not addressed to her unit.
 */
export function isOwnReport(
  entry: Pick<CaseIndexEntry, 'receivingUnitId'> & { authorPersonId?: string },
  who: ReporterIdentity,
): boolean {
  if (entry.authorPersonId) return entry.authorPersonId === who.personId;
  return entry.receivingUnitId !== who.unitId;
}

/** Her own reports with feedback she has not read yet, newest first: what the open app tells her about. */
export function unreadFeedback<T extends FeedbackFacts & Parameters<typeof isOwnReport>[0]>(
  rows: readonly T[],
  who: ReporterIdentity,
): T[] {
  return rows
    .filter((row) => isOwnReport(row, who) && reporterFeedback(row)?.unread === true)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** How the notice names a report: the first words of her own (de-identified) description. */
export function feedbackTitle(entry: Pick<CaseIndexEntry, 'summary' | 'title'>, words = 8): string {
  const all = entry.summary.split(/\s+/).filter(Boolean);
  if (all.length === 0) return entry.title;
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
