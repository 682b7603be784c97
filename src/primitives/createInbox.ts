import { liveQuery } from 'dexie';
import { createMemo, createSignal, onCleanup, createComputed, on, type Accessor } from 'solid-js';
import type { CaseIndexEntry } from '../domain/caseIndex';
import { filterInbox, type InboxFilter } from '../domain/inbox';
import { swedishDateOf } from '../domain/isoDate';
import { loadInboxFirstScreen, loadInboxRows } from '../storage/caseIndexStore';

/** One tablet screen and a little more; the rest arrives with the full read. */
const FIRST_SCREEN = 20;
import { useAppDb } from './appStorage';

export type InboxScope = { unitId: string } | { orgId: string; orgName?: string };

/**
 * The inbox: every case sent to the unit (or, for a coordinator, the organisation), kept live
 * from the index and filtered in memory, so a filter change never waits on storage.
 */
export function createInbox(scopeSource: Accessor<InboxScope | null>) {
  const db = useAppDb();
  // Compared by value: the same scope arriving again (cache, then database) must not restart the reads.
  const scope = createMemo(scopeSource, null, { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  const [rows, setRows] = createSignal<CaseIndexEntry[]>();
  const [filter, setFilter] = createSignal<InboxFilter>({});
  let subscription: { unsubscribe(): void } | null = null;
  createComputed(
    on(scope, (current) => {
      subscription?.unsubscribe();
      if (!current) return setRows(undefined);
      // Draw the first screen from the index at once; only then read the whole inbox (for filters
      // and search), which replaces it: IndexedDB would queue the small read behind the large one.
      const subscribeAll = () => {
        if (JSON.stringify(scope()) !== JSON.stringify(current)) return;
        subscription = liveQuery(() => loadInboxRows(db, current)).subscribe({
          next: (value) => {
            setRows(value);
            performance.mark('inbox:full');
          },
          error: () => setRows([]),
        });
      };
      loadInboxFirstScreen(db, current, FIRST_SCREEN)
        .then((first) => setRows(first))
        .catch((error: unknown) => console.error('Samverka: inkorgens första skärm', String(error)))
        .finally(subscribeAll);
    }),
  );
  onCleanup(() => subscription?.unsubscribe());
  const today = swedishDateOf(new Date());
  const shown = createMemo(() => {
    const all = rows();
    return all ? filterInbox(all, filter(), today) : undefined;
  });
  const counterparts = createMemo(() =>
    [...new Set((rows() ?? []).map((r) => r.reporterOrganisation).filter(Boolean))].sort(),
  );
  return { rows, shown, filter, setFilter, counterparts, today };
}

/** Records that this device has opened a case, for the inbox's "new" badge. */
export async function markCaseSeen(id: string): Promise<void> {
  const { markSeen } = await import('../storage/caseIndexStore');
  await markSeen(useAppDb(), id, Date.now());
}
