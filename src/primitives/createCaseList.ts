import { liveQuery } from 'dexie';
import { createComputed, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { CaseIndexEntry } from '../domain/caseIndex';
import type { CaseStatus } from '../domain/status';
import { getIndexEntry, listCasesPage } from '../storage/caseIndexStore';
import { useAppDb } from './appStorage';

export interface CaseListPage {
  rows: CaseIndexEntry[];
  total: number;
}

/**
 * A live page of the case index in the given statuses. Reads only the index table, never a
 * Y.Doc, so it stays fast with thousands of cases; re-runs when the index changes.
 */
export function createCaseList(
  statuses: readonly CaseStatus[],
  limit: Accessor<number>,
): Accessor<CaseListPage | undefined> {
  const db = useAppDb();
  const [page, setPage] = createSignal<CaseListPage>();
  let subscription: { unsubscribe(): void } | null = null;
  const subscribe = (n: number) => {
    subscription?.unsubscribe();
    subscription = liveQuery(() => listCasesPage(db, statuses, n)).subscribe({
      next: (value) => setPage(value),
      error: () => setPage({ rows: [], total: 0 }),
    });
  };
  // Computed, not an effect: the query starts before the first render, not after it.
  createComputed(on(limit, subscribe));
  onCleanup(() => subscription?.unsubscribe());
  return page;
}

/** One index row, validated; null when the case is not on this device. */
export function readIndexEntry(id: string): Promise<CaseIndexEntry | null> {
  return getIndexEntry(useAppDb(), id);
}
