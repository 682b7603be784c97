import type * as Y from 'yjs';
import { ANSWER_TEXT_FIELDS, parseAnswerDraft, type AnswerDraft, type AnswerTextField } from '../domain/answer';
import { applyTextEdit, releaseHeldEdit } from './sharedText';

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
  applyTextEdit(doc, doc.getText(field), next, cursor);
}

/** Shares an edit held on this device since `base`, merged into the text as it is now (see sharedText). */
export function releaseAnswerText(doc: Y.Doc, field: AnswerTextField, base: string, held: string): void {
  releaseHeldEdit(doc, doc.getText(field), base, held);
}

/** Replaces a range of an answer text (the PII guard's one-tap replacement), in one transaction. */
export function replaceAnswerTextRange(
  doc: Y.Doc,
  field: AnswerTextField,
  start: number,
  end: number,
  by: string,
): void {
  const text = doc.getText(field);
  doc.transact(() => {
    text.delete(start, end - start);
    text.insert(start, by);
  });
}

export function setJointAnalysisNeeded(doc: Y.Doc, value: 'yes' | 'no'): void {
  doc.getMap<unknown>('fields').set('jointAnalysisNeeded', value);
}
