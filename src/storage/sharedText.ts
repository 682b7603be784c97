import type * as Y from 'yjs';
import { spliceBetween, type TextSplice } from '../domain/textDiff';
import { releaseSplices } from '../domain/textMerge';

/** Applies ascending, non-overlapping splices in one transaction, from the last so indices hold. */
function applySplices(doc: Y.Doc, text: Y.Text, splices: readonly TextSplice[]): void {
  if (splices.length === 0) return;
  doc.transact(() => {
    for (let i = splices.length - 1; i >= 0; i--) {
      const splice = splices[i]!;
      if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
      if (splice.insert) text.insert(splice.index, splice.insert);
    }
  });
}

/**
 * Applies an edited field value to a shared Y.Text as the smallest splice, so what another
 * person typed elsewhere in the same field is kept.
 */
export function applyTextEdit(doc: Y.Doc, text: Y.Text, next: string, cursor?: number): void {
  const splice = spliceBetween(text.toString(), next, cursor);
  if (splice) applySplices(doc, text, [splice]);
}

/**
 * Shares an edit that was held on this device: `held` was made from the shared text `base`,
 * and the Y.Text has moved on since. Only this person's own changes (base → held) are applied,
 * at their places in the text as it is now, so nothing the others typed meanwhile is lost.
 */
export function releaseHeldEdit(doc: Y.Doc, text: Y.Text, base: string, held: string): void {
  applySplices(doc, text, releaseSplices(base, held, text.toString()));
}
