import { liveQuery } from 'dexie';
import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { CaseIndexEntry } from '../domain/caseIndex';
import { unreadFeedback, type ReporterIdentity } from '../domain/reporterFeedback';
import { useAppDb } from './appStorage';

/**
 * Feedback that reaches her while the app is open: her own reports answered or escalated since
 * the app started, not yet read, not dismissed. Reads only the index rows changed since then
 * (one range of the updatedAt index), so it costs nothing on a device with thousands of cases.
 */
export function createFeedbackNotice(
  who: Accessor<ReporterIdentity | null>,
  since = Math.floor(performance.timeOrigin),
) {
  const db = useAppDb();
  const [rows, setRows] = createSignal<CaseIndexEntry[]>([]);
  const [dismissed, setDismissed] = createSignal<ReadonlySet<string>>(new Set());
  const subscription = liveQuery(() => db.cases.where('updatedAt').above(since).toArray()).subscribe({
    next: (changed) => setRows(changed as CaseIndexEntry[]),
    error: () => setRows([]),
  });
  onCleanup(() => subscription.unsubscribe());
  const arrived = createMemo(() => {
    const identity = who();
    if (!identity) return [];
    return unreadFeedback(rows(), identity).filter((row) => !dismissed().has(`${row.id}:${row.updatedAt}`));
  });
  return {
    arrived,
    dismiss() {
      setDismissed((set) => new Set([...set, ...arrived().map((row) => `${row.id}:${row.updatedAt}`)]));
    },
  };
}
