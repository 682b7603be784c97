import type { ReaderPhrase } from '../domain/statusForReader';
import type { caseViewSv } from './caseViewSv';

const phrases: Record<ReaderPhrase, (unit: string) => string> = {
  draft: () => 'Draft – not sent',
  sentWaitingForSync: () => 'Sent – waiting to sync',
  sentTo: (unit) => `Sent to ${unit}`,
  acknowledgedBy: (unit) => `Received by ${unit}`,
  investigatingAt: (unit) => `Being investigated at ${unit}`,
  jointAnalysisWith: (unit) => `Joint analysis with ${unit}`,
  answeredBy: (unit) => `Answered by ${unit} – read the answer`,
  closed: () => 'Closed',
  receivedByYou: () => 'Received by you',
  acknowledgedByYou: () => 'Received and acknowledged by you',
  investigatingByYou: () => 'Being investigated by you',
  jointAnalysisByYou: (unit) => `Joint analysis with ${unit}`,
  answeredByYou: (unit) => `Answered – ${unit} follows up and closes it`,
};

/** English texts of the case view; the same shape as `caseViewSv`. */
export const caseViewEn: typeof caseViewSv = {
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  headingFrom: 'Deviation from',
  headingTo: 'Deviation to',
  noUnit: 'unknown unit',
  phrase: (phrase: ReaderPhrase, unit: string) => phrases[phrase](unit || 'the receiver'),
  deadline: (receiver: boolean, date: string, overdueDays: number) =>
    overdueDays > 0
      ? ` – the answer is ${overdueDays === 1 ? '1 day' : `${overdueDays} days`} overdue (due ${date})`
      : receiver
        ? ` – answer by ${date}`
        : ` – answer due ${date}`,
  statusLabel: 'Status',
  reportHeading: 'The report',
  nextStepHeading: 'Next step',
  next: {
    answer: 'Write the answer',
    answerHint: 'Answering acknowledges the report.',
    acknowledgeHint: (unit: string) =>
      `Answering acknowledges the report. Will the answer take time? Acknowledge it, so ${unit || 'the reporter'} knows you have seen it.`,
    readAnswer: 'Read the answer',
    readAnswerHint: 'Close the case when the answer is enough, or reopen it with a comment.',
    waitSender: (unit: string) => `${unit || 'The receiver'} answers. The answer shows here and under My reports.`,
    waitReceiver: 'A unit manager or coordinator of your unit answers.',
    none: 'Nothing more to do in this case.',
  },
  answerProblemsHeading: (n: number) =>
    `The answer is not complete – ${n === 1 ? '1 thing' : `${n} things`} to fix before it can be sent`,
  jointAnalysisRequired: 'Choose yes or no.',
  moreHeading: 'More actions',
  logCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  escalationCount: (n: number) => (n === 0 ? 'not escalated' : n === 1 ? 'escalated once' : `escalated ${n} times`),
};
