/** The life of a case, in the order DOMAIN.md gives it. */
export const CASE_STATUSES = [
  'draft', // utkast – may exist on one device only
  'submitted', // skickad – queued until synced
  'received', // mottagen – the receiving unit has acknowledged it (by itself, or by answering)
  'investigating', // under utredning – after a reopen (or an earlier version's "Påbörja utredning")
  'jointAnalysis', // gemensam analys
  'answered', // besvarad
  'closed', // avslutad – by the reporting side after follow-up
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTIONS = [
  'submit',
  'acknowledge',
  'investigate',
  'startJointAnalysis',
  'answer',
  'close',
  'reopen',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Which action moves a case from which statuses, and where to. */
const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  acknowledge: { from: ['submitted'], to: 'received' },
  investigate: { from: ['received'], to: 'investigating' },
  // Until the case is closed: an answer may itself conclude that a joint analysis is needed, and
  // the receiving unit then answers again once the analysis is done.
  startJointAnalysis: { from: ['received', 'investigating', 'answered'], to: 'jointAnalysis' },
  answer: { from: ['received', 'investigating', 'jointAnalysis'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
  // Reopening sends the case back to the receiving unit, which must answer again.
  reopen: { from: ['answered', 'closed'], to: 'investigating' },
};

/** The status after `action`, or null when the action is not allowed in `status`. */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** Actions that are allowed in a status, in a stable order for the UI. */
export function allowedActions(status: CaseStatus): CaseAction[] {
  return CASE_ACTIONS.filter((action) => nextStatus(status, action) !== null);
}
