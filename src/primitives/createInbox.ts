import { liveQuery } from 'dexie';
import { createMemo, createSignal, onCleanup, createComputed, on, type Accessor } from 'solid-js';
import type { CaseIndexEntry } from '../domain/caseIndex';
import { counterpartOf, directionOf, filterInbox, type InboxDirection } from '../domain/inbox';
import type { InboxView } from '../domain/inboxQuery';
import { swedishDateOf } from '../domain/isoDate';
import { loadInboxFirstScreen, loadInboxRows } from '../storage/caseIndexStore';
import { useAppDb } from './appStorage';
import { holdIdleWork } from '../app/whenIdle';

/** One tablet screen and a little more; the rest arrives with the full read. */
const FIRST_SCREEN = 20;

export type InboxScope = { unitId: string } | { orgId: string; orgName?: string };

/**
 * The inbox: every case sent to the unit (or, for a coordinator, to or from the organisation),
 * kept live from the index and filtered in memory, so a filter change never waits on storage.
 * A coordinator sees one direction at a time (`view().direction`); a unit only what it received.
 */
export function createInbox(scopeSource: Accessor<InboxScope | null>, view: Accessor<InboxView>) {
  const db = useAppDb();
  // Compared by value: the same scope arriving again (cache, then database) must not restart the reads.
  const scope = createMemo(scopeSource, null, { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  const [rows, setRows] = createSignal<CaseIndexEntry[]>();
  let subscription: { unsubscribe(): void } | null = null;
  // Sync, banners and the like wait until the whole inbox is in (or a few seconds at most).
  const releaseIdleWork = holdIdleWork();
  onCleanup(releaseIdleWork);
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
            setRows((previous) => keepUnchanged(previous, value));
            performance.mark('inbox:full');
            releaseIdleWork();
          },
          error: () => {
            setRows([]);
            releaseIdleWork();
          },
        });
      };
      loadInboxFirstScreen(db, current, FIRST_SCREEN)
        .then((first) => {
          performance.mark('inbox:first-read');
          setRows(first);
        })
        .catch((error: unknown) => console.error('Samverka: inkorgens första skärm', String(error)))
        .finally(subscribeAll);
    }),
  );
  onCleanup(() => subscription?.unsubscribe());
  const today = swedishDateOf(new Date());
  /** The direction shown: a unit's inbox has only what it received. */
  const direction = (): InboxDirection => {
    const current = scope();
    return current && 'orgId' in current ? view().direction : 'received';
  };
  /** The rows of the direction shown, before any filter: what the per-unit counts count. */
  const directionRows = createMemo(() => {
    const all = rows();
    const current = scope();
    if (!all || !current) return all;
    if (!('orgId' in current)) return all;
    const wanted = direction();
    return all.filter((row) => directionOf(row, current).includes(wanted));
  });
  const shown = createMemo(() => {
    const all = directionRows();
    return all ? filterInbox(all, view().filter, today, direction()) : undefined;
  });
  /** The other organisations in the rows of this direction (the directory adds the rest). */
  const counterparts = createMemo(() => [
    ...new Set((directionRows() ?? []).map((r) => counterpartOf(r, direction())).filter(Boolean)),
  ]);
  return { rows, directionRows, direction, shown, counterparts, today, scope };
}

/**
 * The new read with the row objects that did not change kept as they were: the list keys its
 * rows by object, so it redraws only the rows that changed (the first screen's rows stay drawn
 * when the whole inbox arrives, and a synced change redraws one row).
 */
export function keepUnchanged(previous: CaseIndexEntry[] | undefined, next: CaseIndexEntry[]): CaseIndexEntry[] {
  if (!previous?.length) return next;
  const before = new Map(previous.map((row) => [row.id, row]));
  return next.map((row) => {
    const old = before.get(row.id);
    return old && sameFields(old, row) ? old : row;
  });
}

function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (x[key] !== y[key] || !(key in y)) return false;
  return true;
}

/** Records that this device has opened a case, for the inbox's "new" badge. */
export async function markCaseSeen(id: string): Promise<void> {
  const { markSeen } = await import('../storage/caseIndexStore');
  await markSeen(useAppDb(), id, Date.now());
}
