import { ANSWER_TEXT_FIELDS, type AnswerDraft, type AnswerTextField } from '../domain/answer';
import type { CaseReview } from './createCaseReview';
import { createHeldTextField, type HeldTextField } from './createHeldTextField';

/** localStorage field id of an answer text's held edit (one per case and field). */
export const answerFieldId = (field: AnswerTextField) => `answer-${field}`;

/**
 * The answer's texts as the receiving unit writes them. The reporting organisation reads the
 * answer doc live, so every text goes through the sharing guard: an identity number, or a
 * number still being typed, stays on this device until replaced or finished.
 */
export function createAnswerTexts(review: CaseReview) {
  const fields = Object.fromEntries(
    ANSWER_TEXT_FIELDS.map((field) => [
      field,
      createHeldTextField({
        caseId: review.caseId,
        fieldId: answerFieldId(field),
        value: () => review.answer()[field] ?? '',
        share: (next, cursor) => review.editAnswer(field, next, cursor),
        release: (base, held) => review.releaseAnswer(field, base, held),
        replace: (start, end, by) => review.replaceInAnswer(field, start, end, by),
      }),
    ]),
  ) as Record<AnswerTextField, HeldTextField>;
  return {
    fields,
    /** The answer as this person has it, held text included: what "Skicka svaret" checks. */
    shown(): AnswerDraft {
      const draft: AnswerDraft = { ...review.answer() };
      for (const field of ANSWER_TEXT_FIELDS) draft[field] = fields[field].shown() || undefined;
      return draft;
    },
  };
}
