import type { accessLogSv } from './accessLogSv';

export const accessLogEn: typeof accessLogSv = {
  title: 'Access log',
  nav: 'Access log',
  intro:
    "Who opened or read your organisation's cases, and who was refused. Follow the log up regularly, as the Patient Data Act requires.",
  caseId: 'Case id',
  caseIdHint: "The whole id, as in the case's address.",
  personId: 'Person id',
  since: 'From date',
  sinceHint: 'YYYY-MM-DD',
  show: 'Show',
  export: 'Download as CSV (Excel)',
  offline: 'The access log is on the server. Connect to see it.',
  notCoordinator: "The access log is for the organisation's coordinator.",
  failed: 'The access log could not be fetched. Try again.',
  invalid: 'Check the filters: the case id must be whole and the date written YYYY-MM-DD.',
  empty: 'No rows with these filters.',
  count: (n: number, more: boolean) => `${n} rows${more ? ' (the latest; filter to see older ones)' : ''}`,
  kind: { join: 'Opened', read: 'Read', enroll: 'Enrollment' },
  parts: {
    report: 'the report',
    events: 'the case log',
    answer: 'the answer',
    analysis: 'the analysis',
    listing: 'the case list',
  },
  granted: 'Granted',
  refused: (code: number | null) => `Refused${code ? ` (${code})` : ''}`,
  columns: ['Time', 'What', 'Outcome', 'Person', 'Person id', 'Role', 'Unit', 'Organisation', 'Case', 'Part'],
  caseLink: 'Open the case',
};
