import * as v from 'valibot';
import type { RegionProfile } from './regionProfile';
import { findPii } from './piiGuard';
import { MAX_TEXT_LENGTH } from './report';

/** The receiving unit's answer (svar): four free-text parts, each a Y.Text in the answer doc. */
export const ANSWER_TEXT_FIELDS = ['cause', 'actions', 'consequences', 'followUp'] as const;
export type AnswerTextField = (typeof ANSWER_TEXT_FIELDS)[number];

export const AnswerDraftSchema = v.object({
  cause: v.fallback(v.optional(v.string()), undefined),
  actions: v.fallback(v.optional(v.string()), undefined),
  consequences: v.fallback(v.optional(v.string()), undefined),
  followUp: v.fallback(v.optional(v.string()), undefined),
  jointAnalysisNeeded: v.fallback(v.optional(v.picklist(['yes', 'no'])), undefined),
});
export type AnswerDraft = v.InferOutput<typeof AnswerDraftSchema>;

export function parseAnswerDraft(data: unknown): AnswerDraft {
  const result = v.safeParse(AnswerDraftSchema, typeof data === 'object' && data !== null ? data : {});
  return result.success ? result.output : {};
}

export type AnswerProblemCode = 'required' | 'too_long' | 'contains_personal_data';
export interface AnswerProblem {
  field: AnswerTextField | 'jointAnalysisNeeded';
  code: AnswerProblemCode;
}

/**
 * Checks an answer before it is given. Every region needs the cause and the actions, and a
 * decision on joint analysis; a profile may require all four parts (Södra Älvsborg). The answer
 * crosses to the other organisation, so the PII guard blocks identity numbers here too.
 */
export function validateAnswer(draft: AnswerDraft, profile: Pick<RegionProfile, 'answerRequires'>): AnswerProblem[] {
  const required = new Set<AnswerTextField>(['cause', 'actions', ...profile.answerRequires]);
  const problems: AnswerProblem[] = [];
  for (const field of ANSWER_TEXT_FIELDS) {
    const value = draft[field] ?? '';
    if (required.has(field) && value.trim() === '') problems.push({ field, code: 'required' });
    else if (value.length > MAX_TEXT_LENGTH) problems.push({ field, code: 'too_long' });
    else if (findPii(value).some((hit) => hit.severity === 'block'))
      problems.push({ field, code: 'contains_personal_data' });
  }
  if (draft.jointAnalysisNeeded === undefined) problems.push({ field: 'jointAnalysisNeeded', code: 'required' });
  return problems;
}
