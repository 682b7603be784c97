import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { CasePersistence } from './docPersistence';
import type { CaseId } from '../domain/ids';

/**
 * A case's joint analysis: its own Y.Doc (and relay room), opened only by the analysis screen
 * and by background sync of cases with an analysis, never by lists. Presence (who is in which
 * field) lives in an Awareness beside the doc: it is shared while online, never stored.
 */
export interface OpenAnalysis {
  readonly caseId: CaseId;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly persistence: CasePersistence;
}

export const analysisDocName = (caseId: CaseId) => `samverka:${caseId}:analysis`;

interface Entry {
  opened: Promise<OpenAnalysis>;
  users: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
}
const open = new Map<CaseId, Entry>();
const LINGER_MS = 5_000;

type OpenHook = (analysis: OpenAnalysis) => () => void;
const hooks: OpenHook[] = [];
const cleanups = new WeakMap<OpenAnalysis, (() => void)[]>();

/** Runs `hook` on every analysis as it opens (the sync engine joins its room); cleanup on close. */
export function onAnalysisOpened(hook: OpenHook): void {
  hooks.push(hook);
  for (const entry of open.values()) void entry.opened.then((a) => cleanups.get(a)?.push(hook(a)));
}

/** Opens (or shares) an analysis once its doc holds what is on disk; pair with release. */
export function acquireAnalysis(caseId: CaseId): Promise<OpenAnalysis> {
  let entry = open.get(caseId);
  if (!entry) {
    entry = { opened: load(caseId), users: 0, closeTimer: null };
    open.set(caseId, entry);
  }
  if (entry.closeTimer !== null) clearTimeout(entry.closeTimer);
  entry.closeTimer = null;
  entry.users++;
  return entry.opened;
}

export function releaseAnalysis(caseId: CaseId): void {
  const entry = open.get(caseId);
  if (!entry || --entry.users > 0) return;
  const close = () =>
    void entry.opened.then(async (analysis) => {
      if (entry.users > 0) return;
      // Typing the disk refused is only in memory: keep it open and retrying, never drop it.
      if (analysis.persistence.saveState === 'error') {
        analysis.persistence.retry();
        entry.closeTimer = setTimeout(close, LINGER_MS);
        return;
      }
      open.delete(caseId);
      for (const cleanup of cleanups.get(analysis) ?? []) cleanup();
      await analysis.persistence.flushed();
      analysis.awareness.destroy();
      analysis.doc.destroy();
    });
  entry.closeTimer = setTimeout(close, LINGER_MS);
}

async function load(caseId: CaseId): Promise<OpenAnalysis> {
  const doc = new Y.Doc({ guid: analysisDocName(caseId) });
  const persistence = new CasePersistence(analysisDocName(caseId), doc);
  await persistence.whenSynced;
  const analysis: OpenAnalysis = { caseId, doc, awareness: new Awareness(doc), persistence };
  cleanups.set(
    analysis,
    hooks.map((hook) => hook(analysis)),
  );
  return analysis;
}
