import { daysBetween, type IsoDate } from './isoDate';
import type { RegionProfile } from './regionProfile';

export interface RecurrenceInput {
  caseId: string;
  senderUnitId: string;
  receivingUnitId: string;
  agreementId: string;
  /** The day the case was submitted (Swedish calendar date). */
  submittedOn: IsoDate;
}

export interface RecurrenceSuggestion {
  senderUnitId: string;
  receivingUnitId: string;
  agreementId: string;
  /** The cases behind the suggestion, oldest first. */
  caseIds: string[];
}

/**
 * Suggests escalating a system failure when the same pair of units breaks the same agreement at
 * least `threshold` times within `periodDays` (both from the region profile), counted back from
 * `today`. The pair is directional: who reported and who must answer.
 */
export function findRecurrences(
  cases: readonly RecurrenceInput[],
  rule: RegionProfile['recurrence'],
  today: IsoDate,
): RecurrenceSuggestion[] {
  const groups = new Map<string, RecurrenceInput[]>();
  for (const c of cases) {
    const age = daysBetween(c.submittedOn, today);
    if (age < 0 || age >= rule.periodDays || !c.agreementId || !c.receivingUnitId) continue;
    const key = `${c.senderUnitId}\u0000${c.receivingUnitId}\u0000${c.agreementId}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()]
    .filter((group) => group.length >= rule.threshold)
    .map((group) => {
      const sorted = [...group].sort((a, b) =>
        a.submittedOn < b.submittedOn ? -1 : a.submittedOn > b.submittedOn ? 1 : 0,
      );
      const first = sorted[0]!;
      return {
        senderUnitId: first.senderUnitId,
        receivingUnitId: first.receivingUnitId,
        agreementId: first.agreementId,
        caseIds: sorted.map((c) => c.caseId),
      };
    });
}
