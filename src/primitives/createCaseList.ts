import { liveQuery } from 'dexie';
import { createComputed, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { CaseIndexEntry } from '../domain/caseIndex';
import type { CaseStatus } from '../domain/status';
import { countCases, getIndexEntry, listCasesPage, type ReceiverScope } from '../storage/caseIndexStore';
import { useAppDb } from './appStorage';

export interface CaseListPage {
  rows: CaseIndexEntry[];
  /** Undefined until counted; the rows draw first. */
  total: number | undefined;
}

/**
 * A live page of the case index in the given statuses. Reads only the index table, never a
 * Y.Doc, so it stays fast with thousands of cases; re-runs when the index changes.
 */
export function createCaseList(
  statuses: readonly CaseStatus[],
  limit: Accessor<number>,
  excludeReceived: () => ReceiverScope | null = () => null,
): Accessor<CaseListPage | undefined> {
  const db = useAppDb();
  const [rows, setRows] = createSignal<CaseIndexEntry[]>();
  const [total, setTotal] = createSignal<number>();
  let rowsSubscription: { unsubscribe(): void } | null = null;
  let totalSubscription: { unsubscribe(): void } | null = null;
  // Counting thousands of rows would queue ahead of the page query; count once rows are shown.
  const subscribeTotal = () => {
    const exclude = excludeReceived();
    totalSubscription?.unsubscribe();
    totalSubscription = liveQuery(() => countCases(db, statuses, exclude)).subscribe({
      next: (value) => setTotal(value),
      error: () => setTotal(0),
    });
  };
  const subscribeRows = ([n, exclude]: [number, ReceiverScope | null]) => {
    rowsSubscription?.unsubscribe();
    rowsSubscription = liveQuery(() => listCasesPage(db, statuses, n, exclude)).subscribe({
      next: (value) => {
        setRows(value);
        subscribeTotal();
      },
      error: () => setRows([]),
    });
  };
  // Computed, not an effect: the query starts before the first render, not after it.
  createComputed(on(() => [limit(), excludeReceived()] as [number, ReceiverScope | null], subscribeRows));
  onCleanup(() => {
    rowsSubscription?.unsubscribe();
    totalSubscription?.unsubscribe();
  });
  return () => {
    const current = rows();
    return current ? { rows: current, total: total() } : undefined;
  };
}

/**
 * One index row, live: a screen showing a case's sync state sees it change as the sync engine
 * writes it (a Dexie live query of that row only). Undefined until first read, null when absent.
 */
export function createIndexEntry(id: Accessor<string>): Accessor<CaseIndexEntry | null | undefined> {
  const db = useAppDb();
  const [entry, setEntry] = createSignal<CaseIndexEntry | null>();
  let subscription: { unsubscribe(): void } | null = null;
  createComputed(
    on(id, (current) => {
      subscription?.unsubscribe();
      subscription = liveQuery(() => getIndexEntry(db, current)).subscribe({
        next: (row) => setEntry(row),
        error: () => setEntry(null),
      });
    }),
  );
  onCleanup(() => subscription?.unsubscribe());
  return entry;
}
