import { createEffect, onCleanup, type Accessor } from 'solid-js';
import { liveQuery } from 'dexie';
import { parseCaseId, type CaseId } from '../domain/ids';
import { loadAppDb } from './loadAppDb';
import type { CaseDocsResult } from './createCaseDocs';

/**
 * A case opened by its link moments before sync brought it (a notice is on its way): open it as
 * soon as its index row appears, instead of saying "not found" until a reload.
 */
export function refetchWhenCaseArrives(
  idText: Accessor<string>,
  result: Accessor<CaseDocsResult | undefined>,
  refetch: () => unknown,
): void {
  createEffect(() => {
    const id = parseCaseId(idText());
    if (result()?.kind !== 'missing' || !id) return;
    onCleanup(whenCaseArrives(id, () => void refetch()));
  });
}

/** Calls `arrived` once the case's index row exists on this device (sync has brought it); returns the stop. */
export function whenCaseArrives(id: CaseId, arrived: () => void): () => void {
  let stopped = false;
  let subscription: { unsubscribe(): void } | undefined;
  void loadAppDb().then((db) => {
    if (stopped) return;
    subscription = liveQuery(() => db.cases.get(id)).subscribe({
      next: (row) => {
        if (!row || stopped) return;
        stopped = true;
        subscription?.unsubscribe();
        arrived();
      },
    });
  });
  return () => {
    stopped = true;
    subscription?.unsubscribe();
  };
}
