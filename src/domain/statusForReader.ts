import type { CaseSide } from './caseActionRules';
import { daysBetween, type IsoDate } from './isoDate';
import type { CaseStatus } from './status';

/**
 * What a case's status means to the person reading it. The same event log reads differently on
 * each side: a submitted case is "sent to Avd 12" on the reporter's tablet and "received by you"
 * on the receiving manager's computer. Only the author's own device, where the case was written,
 * can be waiting to sync: every other device got the case from the relay.
 */
export type ReaderPhrase =
  | 'draft'
  | 'sentWaitingForSync'
  | 'sentTo'
  | 'acknowledgedBy'
  | 'investigatingAt'
  | 'jointAnalysisWith'
  | 'answeredBy'
  | 'closed'
  | 'receivedByYou'
  | 'acknowledgedByYou'
  | 'investigatingByYou'
  | 'jointAnalysisByYou'
  | 'answeredByYou';

export interface ReaderStatus {
  phrase: ReaderPhrase;
  /** The other side's unit: the receiver for the reporting side, the reporter for the receiving side. */
  counterpart: string;
  /** The answer deadline while an answer is still owed; null when answered or the region sets none. */
  deadline: IsoDate | null;
  /** Days past the deadline, 0 when not overdue. */
  overdueDays: number;
}

export interface ReaderFacts {
  status: CaseStatus;
  side: CaseSide;
  /** Whether this device holds the case as written (the author's own), not as synced from the relay. */
  isAuthor: boolean;
  /** Whether the author's device has the submission stored on the relay. */
  synced: boolean;
  reportingUnit: string;
  receivingUnit: string;
  deadline: IsoDate | null;
  today: IsoDate;
}

const OWED: readonly CaseStatus[] = ['submitted', 'received', 'investigating', 'jointAnalysis'];

const SENDER: Record<CaseStatus, ReaderPhrase> = {
  draft: 'draft',
  submitted: 'sentTo',
  received: 'acknowledgedBy',
  investigating: 'investigatingAt',
  jointAnalysis: 'jointAnalysisWith',
  answered: 'answeredBy',
  closed: 'closed',
};

const RECEIVER: Record<CaseStatus, ReaderPhrase> = {
  draft: 'draft',
  submitted: 'receivedByYou',
  received: 'acknowledgedByYou',
  investigating: 'investigatingByYou',
  jointAnalysis: 'jointAnalysisByYou',
  answered: 'answeredByYou',
  closed: 'closed',
};

/** The status as this reader should read it: which phrase, about which unit, against which deadline. */
export function statusForReader(facts: ReaderFacts): ReaderStatus {
  const receiver = facts.side === 'receiver';
  let phrase = (receiver ? RECEIVER : SENDER)[facts.status];
  if (phrase === 'sentTo' && facts.isAuthor && !facts.synced) phrase = 'sentWaitingForSync';
  // Until the submission has left the tablet, the receiver does not know of the case: no deadline yet.
  const owed = OWED.includes(facts.status) && facts.deadline !== null && phrase !== 'sentWaitingForSync';
  const deadline = owed ? facts.deadline : null;
  const overdueDays = deadline ? Math.max(0, daysBetween(deadline, facts.today)) : 0;
  return {
    phrase,
    counterpart: receiver ? facts.reportingUnit : facts.receivingUnit,
    deadline,
    overdueDays,
  };
}

/** "28 jan", with the year only when it is not this year's ("3 feb 2027"). */
export function formatShortDate(date: IsoDate, today: IsoDate, months: readonly string[]): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const text = `${d} ${months[m - 1] ?? m}`;
  return today.slice(0, 4) === date.slice(0, 4) ? text : `${text} ${y}`;
}

/** The words a language gives a reader status (src/i18n/caseView*.ts provides them). */
export interface ReaderStatusTexts {
  months: readonly string[];
  phrase(phrase: ReaderPhrase, unit: string): string;
  deadline(receiver: boolean, date: string, overdueDays: number): string;
}

/** The status line in words: "Mottagen hos er – svara senast 28 jan", "Skickad till Avd 12 – svar senast 28 jan". */
export function readerStatusText(
  status: ReaderStatus,
  receiver: boolean,
  today: IsoDate,
  texts: ReaderStatusTexts,
): string {
  const phrase = texts.phrase(status.phrase, status.counterpart);
  if (!status.deadline) return phrase;
  return phrase + texts.deadline(receiver, formatShortDate(status.deadline, today, texts.months), status.overdueDays);
}
