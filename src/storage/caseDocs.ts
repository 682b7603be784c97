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

export interface OpenCaseDocs {
  readonly id: CaseId;
  readonly report: Y.Doc;
  readonly events: Y.Doc;
  readonly answer: Y.Doc;
  readonly persistence: Readonly<Record<CasePart, CasePersistence>>;
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
  const report = new Y.Doc({ guid: docName(id, 'report') });
  const events = new Y.Doc({ guid: docName(id, 'events') });
  const answer = new Y.Doc({ guid: docName(id, 'answer') });
  const persistence = {
    report: new CasePersistence(docName(id, 'report'), report),
    events: new CasePersistence(docName(id, 'events'), events),
    answer: new CasePersistence(docName(id, 'answer'), answer),
  };
  await Promise.all([persistence.report.whenSynced, persistence.events.whenSynced, persistence.answer.whenSynced]);
  const all = Object.values(persistence);
  const combined = (): SaveState =>
    all.some((p) => p.saveState === 'error') ? 'error' : all.some((p) => p.saveState === 'saving') ? 'saving' : 'saved';
  const docs: OpenCaseDocs = {
    id,
    report,
    events,
    answer,
    persistence,
    saveState: combined,
    onSaveState(listener) {
      const offs = all.map((p) => p.onSaveState(() => listener(combined())));
      return () => offs.forEach((off) => off());
    },
    async flushed() {
      await Promise.all(all.map((p) => p.flushed()));
      return combined();
    },
    retrySave() {
      all.forEach((p) => p.retry());
    },
  };
  for (const hook of openHooks) attach(docs, hook);
  return docs;
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
