import type * as Y from 'yjs';
import { spliceBetween } from '../domain/textDiff';

/**
 * Applies an edited field value to a shared Y.Text as the smallest splice, so what another
 * person typed elsewhere in the same field is kept.
 */
export function applyTextEdit(doc: Y.Doc, text: Y.Text, next: string, cursor?: number): void {
  const splice = spliceBetween(text.toString(), next, cursor);
  if (!splice) return;
  doc.transact(() => {
    if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
    if (splice.insert) text.insert(splice.index, splice.insert);
  });
}
