import * as Y from 'yjs';
import { CasePersistence, type SaveState } from './docPersistence';
import type { CaseId } from '../domain/ids';

/** The parts of a case, each its own Y.Doc so the relay can grant rights per part. */
export const CASE_PARTS = ['report', 'events', 'answer'] as const;
export type CasePart = (typeof CASE_PARTS)[number];

/** IndexedDB database (and, later, relay room) name of one part of a case. */
export function docName(caseId: CaseId, part: CasePart): string {
  return `samverka:${caseId}:${part}`;
}

/** What the app reads of a part's persistence: its save state (a placeholder while a new case is unsaved). */
export type PartPersistence = Pick<CasePersistence, 'saveState' | 'lastError' | 'onSaveState' | 'flushed' | 'retry'>;

export interface OpenCaseDocs {
  readonly id: CaseId;
  readonly report: Y.Doc;
  readonly events: Y.Doc;
  readonly answer: Y.Doc;
  readonly persistence: Readonly<Record<CasePart, PartPersistence>>;
  /** Combined save state of all parts: error beats saving beats saved. */
  saveState(): SaveState;
  onSaveState(listener: (state: SaveState) => void): () => void;
  /** Resolves once every started write has committed or failed. */
  flushed(): Promise<SaveState>;
  retrySave(): void;
}

interface Entry {
  docs: Promise<OpenCaseDocs>;
  users: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
}

const open = new Map<CaseId, Entry>();

/** Keep a released case in memory briefly so moving between its screens does not reload it. */
const LINGER_MS = 5_000;

/**
 * Opens (or shares) a case's docs and waits until they hold what is on disk.
 * Every call must be paired with `releaseCaseDocs`.
 */
export function acquireCaseDocs(id: CaseId): Promise<OpenCaseDocs> {
  const fresh = unsaved.get(id);
  if (fresh) {
    fresh.users++;
    return Promise.resolve(fresh.docs);
  }
  let entry = open.get(id);
  if (!entry) {
    entry = { docs: load(id), users: 0, closeTimer: null };
    open.set(id, entry);
  }
  if (entry.closeTimer !== null) clearTimeout(entry.closeTimer);
  entry.closeTimer = null;
  entry.users++;
  return entry.docs;
}

export function releaseCaseDocs(id: CaseId): void {
  const fresh = unsaved.get(id);
  if (fresh) {
    // Never edited: it leaves nothing behind. (While it is being stored, the count moves with it.)
    if (--fresh.users <= 0 && !fresh.storing) {
      fresh.stop();
      unsaved.delete(id);
      void destroy(fresh.docs);
    }
    return;
  }
  const entry = open.get(id);
  if (!entry || --entry.users > 0) return;
  const close = () => {
    void entry.docs.then((docs) => {
      if (entry.users > 0) return;
      // Typing the disk refused is only in memory: never drop it. Keep retrying instead.
      if (docs.saveState() === 'error') {
        docs.retrySave();
        entry.closeTimer = setTimeout(close, LINGER_MS);
        return;
      }
      open.delete(id);
      void destroy(docs);
    });
  };
  entry.closeTimer = setTimeout(close, LINGER_MS);
}

/** Cases whose latest changes are only in memory (the disk refused them). */
export async function unsavedCaseIds(): Promise<CaseId[]> {
  const all = await Promise.all([...open.values()].map((entry) => entry.docs));
  return all.filter((docs) => docs.saveState() === 'error').map((docs) => docs.id);
}

interface Unsaved {
  docs: OpenCaseDocs;
  users: number;
  storing: Promise<void> | null;
  stop: () => void;
}

/** New cases not edited yet: in memory only, unknown to IndexedDB, the index and the relay. */
const unsaved = new Map<CaseId, Unsaved>();

/**
 * Starts a new case in memory only; `init` fills in what it starts with (region, remembered
 * details). The first edit after that stores it and opens it like any case: its databases are
 * created, and the index writer and the sync engine see it from then on. Released unedited, it is
 * dropped, so tapping "Ny rapport" and leaving leaves no draft behind. Acquire it to use it.
 */
export function startUnsavedCase(id: CaseId, init: (docs: OpenCaseDocs) => void): void {
  if (unsaved.has(id) || open.has(id)) return;
  const built = assemble(id);
  init(built.docs);
  const parts = [built.docs.report, built.docs.events, built.docs.answer];
  const entry: Unsaved = {
    docs: built.docs,
    users: 0,
    storing: null,
    stop: () => parts.forEach((d) => d.off('update', edited)),
  };
  function edited() {
    if (entry.storing) return;
    entry.stop();
    entry.storing = storeEdited(id, entry, built).catch((error: unknown) => {
      // Not stored (IndexedDB refused): the text stays in memory and on screen, the form says
      // so, and the next edit or "Försök igen" tries again.
      built.fail(error, edited);
      entry.storing = null;
      parts.forEach((d) => d.on('update', edited));
    });
  }
  parts.forEach((d) => d.on('update', edited));
  unsaved.set(id, entry);
  try {
    sessionStorage.setItem(STARTED_HERE, id);
  } catch {
    // No session storage (private mode, tests): a reload then shows "not found" instead.
  }
}

/** The id of the new case this tab started last, kept until the tab closes. */
const STARTED_HERE = 'samverka.newReport';

/**
 * Whether this tab started the case as a new one: a reload before its first edit finds nothing
 * stored under the id (nothing was), and a new report is started instead of "not found".
 */
export function wasStartedInThisTab(id: string): boolean {
  try {
    return sessionStorage.getItem(STARTED_HERE) === id;
  } catch {
    return false;
  }
}

/** Whether the case is a new one nobody has edited yet (nothing of it is stored). */
export function isUnsavedCase(id: CaseId): boolean {
  const entry = unsaved.get(id);
  return entry !== undefined && entry.storing === null;
}

/** Whether the case is a new one held in memory (unedited, or being stored after its first edit). */
export function isNewCaseInMemory(id: CaseId): boolean {
  return unsaved.has(id);
}

/** How long a first store may take before the form is told that it has not (yet) succeeded. */
const STORE_WAIT_MS = 10_000;

async function storeEdited(id: CaseId, entry: Unsaved, built: ReturnType<typeof assemble>): Promise<void> {
  // A database that never opens would otherwise leave her typing into memory without a word.
  const watchdog = setTimeout(
    () => built.fail(new DOMException('IndexedDB svarar inte', 'TimeoutError'), () => undefined),
    STORE_WAIT_MS,
  );
  try {
    await built.store();
  } finally {
    clearTimeout(watchdog);
  }
  // Edits made while the databases opened came before the persistence listened: write them whole.
  entry.docs.retrySave();
  unsaved.delete(id);
  // Its users come along; the extra one released here closes it in time once nobody holds it.
  open.set(id, { docs: Promise.resolve(entry.docs), users: entry.users + 1, closeTimer: null });
  for (const hook of openHooks) attach(entry.docs, hook);
  releaseCaseDocs(id);
}

/**
 * Closes a case at once (no lingering): its hooks stop, its writes finish, its databases close.
 * Whoever still holds it keeps only memory. Used before the case's databases are deleted.
 */
export async function closeCaseDocsNow(id: CaseId): Promise<void> {
  const fresh = unsaved.get(id);
  if (fresh) {
    fresh.stop();
    unsaved.delete(id);
    await fresh.storing?.catch(() => undefined);
  }
  const entry = open.get(id);
  if (!entry) return;
  open.delete(id);
  if (entry.closeTimer !== null) clearTimeout(entry.closeTimer);
  const docs = await entry.docs;
  await destroy(docs);
  const parts = persistenceOf.get(docs);
  await Promise.all(CASE_PARTS.map((part) => parts?.[part]?.destroy()));
}

/** Deletes a closed case's databases from this device; resolves when IndexedDB has done it. */
export async function deleteCaseDatabases(id: CaseId): Promise<void> {
  await Promise.all(
    CASE_PARTS.map(
      (part) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(docName(id, part));
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error(`kunde inte radera ${docName(id, part)}`));
        }),
    ),
  );
}

/** Hooks run on every case as it opens (the index writer, later the sync client). */
type OpenHook = (docs: OpenCaseDocs) => () => void;
const openHooks: OpenHook[] = [];
const attached = new WeakMap<OpenCaseDocs, Map<OpenHook, () => void>>();

/** Runs `hook` on a case once; its cleanup runs when the case closes. */
function attach(docs: OpenCaseDocs, hook: OpenHook): void {
  let hooks = attached.get(docs);
  if (!hooks) attached.set(docs, (hooks = new Map()));
  if (!hooks.has(hook)) hooks.set(hook, hook(docs));
}

export function onCaseOpened(hook: OpenHook): void {
  openHooks.push(hook);
  // Cases already open (the hook may be registered after the first case opened) get it too.
  for (const entry of open.values()) void entry.docs.then((docs) => attach(docs, hook));
}

async function load(id: CaseId): Promise<OpenCaseDocs> {
  const { docs, store } = assemble(id);
  await store();
  for (const hook of openHooks) attach(docs, hook);
  return docs;
}

/** Nothing is stored yet: a new case before its first edit. */
const NOT_STORED: PartPersistence = {
  saveState: 'saved',
  lastError: null,
  onSaveState: () => () => {},
  flushed: async () => 'saved',
  retry: () => {},
};

const persistenceOf = new WeakMap<OpenCaseDocs, Partial<Record<CasePart, CasePersistence>>>();

/**
 * A case's three docs, and `store()`, which gives each its IndexedDB persistence and resolves
 * once they hold what is on disk. Save-state listeners may subscribe before `store()`.
 */
function assemble(id: CaseId) {
  const report = new Y.Doc({ guid: docName(id, 'report') });
  const events = new Y.Doc({ guid: docName(id, 'events') });
  const answer = new Y.Doc({ guid: docName(id, 'answer') });
  const persistence: Record<CasePart, PartPersistence> = { report: NOT_STORED, events: NOT_STORED, answer: NOT_STORED };
  const listeners = new Set<(state: SaveState) => void>();
  const all = () => CASE_PARTS.map((part) => persistence[part]);
  const combined = (): SaveState =>
    all().some((p) => p.saveState === 'error')
      ? 'error'
      : all().some((p) => p.saveState === 'saving')
        ? 'saving'
        : 'saved';
  const docs: OpenCaseDocs = {
    id,
    report,
    events,
    answer,
    persistence,
    saveState: combined,
    onSaveState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async flushed() {
      await Promise.all(all().map((p) => p.flushed()));
      return combined();
    },
    retrySave() {
      all().forEach((p) => p.retry());
    },
  };
  const store = async () => {
    const parts = {
      report: new CasePersistence(docName(id, 'report'), report),
      events: new CasePersistence(docName(id, 'events'), events),
      answer: new CasePersistence(docName(id, 'answer'), answer),
    };
    persistenceOf.set(docs, parts);
    await Promise.all(CASE_PARTS.map((part) => parts[part].whenSynced));
    for (const part of CASE_PARTS) {
      persistence[part] = parts[part];
      parts[part].onSaveState(() => listeners.forEach((listener) => listener(combined())));
    }
  };
  /** The parts could not be stored: the save state says so, and a retry stores them again. */
  const fail = (error: unknown, retry: () => void) => {
    const failed: PartPersistence = {
      ...NOT_STORED,
      saveState: 'error',
      lastError: error instanceof DOMException ? error : new DOMException(String(error), 'UnknownError'),
      retry,
    };
    for (const part of CASE_PARTS)
      if (persistence[part] === NOT_STORED || persistence[part].saveState === 'error') persistence[part] = failed;
    listeners.forEach((listener) => listener(combined()));
  };
  return { docs, store, fail };
}

async function destroy(docs: OpenCaseDocs): Promise<void> {
  for (const cleanup of attached.get(docs)?.values() ?? []) cleanup();
  await docs.flushed();
  docs.report.destroy();
  docs.events.destroy();
  docs.answer.destroy();
}

/** Waits until every open case's writes have committed (before a reload, for instance). */
export async function flushAllOpenCases(): Promise<void> {
  await Promise.all([...open.values()].map(async (entry) => (await entry.docs).flushed()));
}
