import type * as Y from 'yjs';
import * as v from 'valibot';
import { REFUSALS_ARRAY, RefusalSchema, type Refusal } from '../domain/caseLog';

/** The relay's refusals of proposed actions (beside the log, relay-written). */
export function readRefusals(doc: Y.Doc): Refusal[] {
  return doc
    .getArray<unknown>(REFUSALS_ARRAY)
    .toArray()
    .flatMap((item) => {
      const result = v.safeParse(RefusalSchema, item);
      return result.success ? [result.output] : [];
    });
}
