import { createResource, createSignal, onCleanup, type Accessor } from 'solid-js';
import { parseCaseId } from '../domain/ids';
import {
  acquireCaseDocs,
  docName,
  isNewCaseInMemory,
  isUnsavedCase,
  releaseCaseDocs,
  wasStartedInThisTab,
  type OpenCaseDocs,
} from '../storage/caseDocs';

export { wasStartedInThisTab };
import type { SaveState } from '../storage/docPersistence';
import { readCreatedAt } from '../storage/reportDoc';
import { loadAppDb } from './loadAppDb';

export type CaseDocsResult = { kind: 'open'; docs: OpenCaseDocs } | { kind: 'missing' };

/**
 * Opens the docs of the case in the route for as long as the calling component lives.
 * A case this device has never seen is reported missing rather than created empty.
 */
export function createCaseDocs(idText: Accessor<string>) {
  let held: OpenCaseDocs['id'] | null = null;
  const release = () => {
    if (held) releaseCaseDocs(held);
    held = null;
  };
  onCleanup(release);
  const [result, { refetch }] = createResource(idText, async (text): Promise<CaseDocsResult> => {
    release();
    const id = parseCaseId(text);
    // A new report before its first edit lives in memory only (nothing stored, no draft yet).
    if (!id || !(isNewCaseInMemory(id) || (await caseExistsOnDevice(id)))) return { kind: 'missing' };
    performance.mark('case:open:start');
    const docs = await acquireCaseDocs(id);
    performance.mark('case:open:ready');
    held = id;
    // Every case created on a device has its creation time in the doc; an empty doc is a case
    // this device has never seen (a mistyped or foreign link).
    if (readCreatedAt(docs.report) === null) {
      release();
      return { kind: 'missing' };
    }
    // The index writer keeps the list current; it needs Dexie, which loads after first paint.
    void loadAppDb();
    return { kind: 'open', docs };
  });
  // The case view refetches when a case missing here arrives by sync (caseArrival.ts).
  return Object.assign(result, { refetch });
}

/**
 * Whether this device holds the case's report database. Opening a database creates it, so an
 * unknown link would otherwise leave an empty one behind. Browsers without databases() answer yes.
 */
async function caseExistsOnDevice(id: string): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  const names = new Set((await indexedDB.databases()).map((d) => d.name));
  return names.has(docName(id as never, 'report'));
}

/** A write shorter than this is not shown as "Sparar…". */
const SAVING_SHOWN_AFTER_MS = 500;

/**
 * The combined save state of an open case, as a signal. Every keystroke is a write that commits
 * within milliseconds: showing "Sparar…" for each flickered the status line (a live region, so a
 * screen reader heard it at every key) and cost a throttled tablet its frames. Only a write still
 * open after a moment shows; a failure shows at once.
 */
export function createSaveState(docs: OpenCaseDocs): Accessor<SaveState> {
  // Every settled write notifies, even 'saved' after 'saved': the form's 'unsaved' turns 'saved'
  // on the write that first stores a new report.
  const [state, setState] = createSignal<SaveState>(docs.saveState(), { equals: false });
  let slow: ReturnType<typeof setTimeout> | null = null;
  const settle = (next: SaveState) => {
    if (next === 'saving') {
      slow ??= setTimeout(() => {
        slow = null;
        setState(docs.saveState());
      }, SAVING_SHOWN_AFTER_MS);
      return;
    }
    if (slow !== null) clearTimeout(slow);
    slow = null;
    setState(next);
  };
  onCleanup(docs.onSaveState(settle));
  onCleanup(() => slow !== null && clearTimeout(slow));
  return state;
}

/** The unsmoothed state of the case's writes, as a signal (the page's `data-write-state`, for measuring). */
export function createWriteState(docs: OpenCaseDocs): Accessor<SaveState> {
  const [state, setState] = createSignal<SaveState>(docs.saveState());
  onCleanup(docs.onSaveState(setState));
  return state;
}

/**
 * The report form's save state: 'unsaved' while a new report holds nothing of hers (nothing is
 * stored, and nothing needs to be), then as `createSaveState`.
 */
export function createFormSaveState(docs: OpenCaseDocs): Accessor<'unsaved' | SaveState> {
  const state = createSaveState(docs);
  return () => {
    const current = state();
    return current === 'saved' && isUnsavedCase(docs.id) ? 'unsaved' : current;
  };
}

/** Whether a new report has not been edited yet (leaving it leaves nothing behind). */
export function isUntouchedNewCase(docs: OpenCaseDocs): boolean {
  return isUnsavedCase(docs.id);
}
