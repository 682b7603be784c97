/**
 * What the case view says about the relay's log: proposals not yet logged and refusals (issue 12).
 * Loaded with the case view, not with every screen's first JS.
 */
export const caseLogWordsSv = {
  trailPending: 'väntar på täckning – räknas när servern har tagit emot den',
  refusedEntry: (action: string) => `Avvisad: ${action}`,
  refusedHeading: 'Åtgärder som inte godtogs',
  refusedOwn: (action: string, reason: string) => `Din åtgärd ”${action}” godtogs inte: ${reason}.`,
  refusalReason: {
    not_allowed_in_status: 'ärendet hade redan gått vidare när den kom fram',
    not_allowed_for_role: 'din roll får inte göra det i det här ärendet',
    comment_required: 'en kommentar krävs',
    malformed: 'den var ofullständig',
    not_participant: 'du deltar inte i ärendet',
  },
  escalateAction: 'Eskalering',
};

export const caseLogWordsEn: typeof caseLogWordsSv = {
  trailPending: 'waiting for coverage – counts once the server has received it',
  refusedEntry: (action: string) => `Refused: ${action}`,
  refusedHeading: 'Actions that were not accepted',
  refusedOwn: (action: string, reason: string) => `Your action “${action}” was not accepted: ${reason}.`,
  refusalReason: {
    not_allowed_in_status: 'the case had already moved on when it arrived',
    not_allowed_for_role: 'your role may not do that in this case',
    comment_required: 'a comment is required',
    malformed: 'it was incomplete',
    not_participant: 'you do not take part in this case',
  },
  escalateAction: 'Escalation',
};

export const caseLogWords = (lang: 'sv' | 'en') => (lang === 'en' ? caseLogWordsEn : caseLogWordsSv);
