import type * as Y from 'yjs';
import { ANSWER_TEXT_FIELDS, parseAnswerDraft, type AnswerDraft, type AnswerTextField } from '../domain/answer';
import { spliceBetween } from '../domain/textDiff';

/** Layout of the answer doc: each text part a Y.Text, the joint-analysis decision in Y.Map `fields`. */
export function readAnswer(doc: Y.Doc): AnswerDraft {
  const raw: Record<string, unknown> = {
    jointAnalysisNeeded: doc.getMap<unknown>('fields').get('jointAnalysisNeeded'),
  };
  for (const field of ANSWER_TEXT_FIELDS) {
    const value = doc.getText(field).toString();
    if (value !== '') raw[field] = value;
  }
  return parseAnswerDraft(raw);
}

export function editAnswerText(doc: Y.Doc, field: AnswerTextField, next: string, cursor?: number): void {
  const text = doc.getText(field);
  const splice = spliceBetween(text.toString(), next, cursor);
  if (!splice) return;
  doc.transact(() => {
    if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
    if (splice.insert) text.insert(splice.index, splice.insert);
  });
}

export function setJointAnalysisNeeded(doc: Y.Doc, value: 'yes' | 'no'): void {
  doc.getMap<unknown>('fields').set('jointAnalysisNeeded', value);
}
