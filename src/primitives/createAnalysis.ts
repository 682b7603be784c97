import { batch, createSignal, onCleanup, type Accessor } from 'solid-js';
import { toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { createStore, reconcile } from 'solid-js/store';
import type { Analysis } from '../domain/analysis';
import { conflictedIds, type ConflictedIds } from '../domain/analysisRules';
import type { CaseId } from '../domain/ids';
import type { RegisterValue } from '../domain/scalarRegister';
import type { AnalysisStatus } from '../protocol/analysisApi';
import { acquireAnalysis, releaseAnalysis, type OpenAnalysis } from '../storage/analysisDocs';
import type { SaveState } from '../storage/docPersistence';
import {
  addEntity,
  addWhy,
  editText,
  readAnalysis,
  releaseText,
  replaceTextRange,
  setScalar,
  type EntityKind,
  type ScalarTarget,
  type TextTarget,
  type Writer,
} from '../storage/analysisDoc';
import { loadAnalysisSnapshot, loadAnalysisStatus, saveAnalysisSnapshot } from '../storage/analysisStore';
import { analysisRelay } from './analysisRelay';
import { useAppDb } from './appStorage';
import { currentSyncEngine } from './syncStatus';
import { cachedIdentity, enrollment } from './syncSignals';

/** Someone else in the analysis right now, and the field they are in. */
export interface Presence {
  clientId: number;
  name: string;
  orgName: string;
  field: string | null;
}

const EMPTY: Analysis = {
  timeline: [],
  causes: [],
  risk: { probability: { value: null, alternatives: [] }, severity: { value: null, alternatives: [] } },
  actions: [],
  conclusions: '',
  learning: '',
};

const randomId = () => crypto.randomUUID();
const STATUS_EVERY_MS = 5_000;
const SNAPSHOT_AFTER_MS = 1_000;

/**
 * One case's joint analysis for a screen: the content as a store that follows every local and
 * remote change, the relay's status (team, signatures, versions; the last one seen when
 * offline), who else is here, and the edits. Edits go to the local doc; sync runs beside it.
 */
export function createAnalysis(caseId: CaseId) {
  const db = useAppDb();
  const [content, setContent] = createStore<Analysis>(structuredClone(EMPTY));
  const [open, setOpen] = createSignal<OpenAnalysis | null>(null);
  // Content is on screen: from the doc, or (for the first moments) from the last snapshot.
  const [drawn, setDrawn] = createSignal(false);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [status, setStatus] = createSignal<AnalysisStatus | null>(null);
  const [statusKnown, setStatusKnown] = createSignal(false);
  const [others, setOthers] = createSignal<Presence[]>([]);
  const [synced, setSynced] = createSignal(false);
  let disposed = false;
  const onCleanupOpen: (() => void)[] = [];

  const identity = () => enrollment()?.identity ?? cachedIdentity();
  const writer = (): Writer => {
    const me = identity();
    return { personId: me?.personId ?? 'okänd', name: me?.personName ?? '', orgName: me?.orgName ?? '' };
  };

  // Conflicts, found on the plain read (not through the store, where reading every field of
  // hundreds of entries would subscribe to each of them).
  const [conflicts, setConflicts] = createSignal<ConflictedIds>(
    { timeline: [], causes: [], actions: [], risk: false, fields: 0 },
    { equals: (x, y) => JSON.stringify(x) === JSON.stringify(y) },
  );
  const show = (read: Analysis) => {
    setContent(reconcile(read, { key: 'id' }));
    setConflicts(conflictedIds(read));
  };
  // Bumped on every change: what depends on the exact doc state (signatures) re-checks.
  const [revision, setRevision] = createSignal(0);
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  const keepSnapshot = (read: Analysis) => {
    clearTimeout(snapshotTimer);
    snapshotTimer = setTimeout(() => void saveAnalysisSnapshot(db, caseId, read, Date.now()), SNAPSHOT_AFTER_MS);
  };
  const refreshContent = () => {
    const a = open();
    if (!a) return;
    const read = readAnalysis(a.doc);
    show(read);
    setRevision((n) => n + 1);
    keepSnapshot(read);
  };
  // Draw the last snapshot while the doc loads (a long analysis takes tens of milliseconds to
  // load); editing waits for the doc (`ready`), which replaces the snapshot the moment it is in.
  const onPresence = () => {
    const a = open();
    if (!a) return;
    const list: Presence[] = [];
    a.awareness.getStates().forEach((state, clientId) => {
      if (clientId === a.awareness.clientID) return;
      const user = (state as { user?: { name?: unknown; orgName?: unknown } }).user;
      const field = (state as { field?: unknown }).field;
      if (typeof user?.name !== 'string') return;
      list.push({
        clientId,
        name: user.name.slice(0, 200),
        orgName: typeof user.orgName === 'string' ? user.orgName.slice(0, 200) : '',
        field: typeof field === 'string' ? field.slice(0, 200) : null,
      });
    });
    setOthers(list);
  };

  function onOpened(a: OpenAnalysis) {
    if (disposed) return releaseAnalysis(caseId);
    // Content and "ready" in one go: the screen draws once, with everything.
    const read = readAnalysis(a.doc);
    batch(() => {
      show(read);
      setOpen(a);
      setDrawn(true);
    });
    keepSnapshot(read);
    a.doc.on('update', refreshContent);
    const offSave = a.persistence.onSaveState((state) => setSaveState(state));
    onCleanupOpen.push(offSave);
    a.awareness.on('change', onPresence);
    a.awareness.setLocalStateField('user', { name: writer().name, orgName: writer().orgName });
    onPresence();
  }
  const reloadStatus = async () => {
    const row = await loadAnalysisStatus(db, caseId);
    if (disposed) return;
    setStatus(row?.status ?? null);
    // No row may only mean "not fetched yet": wait for the relay before offering to start one.
    if (row) setStatusKnown(true);
  };
  // The relay's word on team, signatures and lock: asked at once (as soon as sync has started)
  // and every few seconds while the screen is open, so the other side's signature shows up.
  let lastAsked = 0;
  const refreshFromRelay = async () => {
    if (!currentSyncEngine()) {
      // Not enrolled: there is no relay to ask; what the device holds is all there is.
      if (!enrollment() && !cachedIdentity()) setStatusKnown(true);
      return;
    }
    if (Date.now() - lastAsked < STATUS_EVERY_MS) return;
    lastAsked = Date.now();
    const result = await analysisRelay.refresh(caseId);
    if (disposed) return;
    if (result.ok) {
      setStatus(result.value);
      // A locked version never changes: keep it on the device, readable offline.
      for (const version of result.value.versions) void analysisRelay.version(caseId, version.number);
    } else if (result.status === 404) setStatus(null);
    setStatusKnown(true);
  };
  // First draw: the status and the last snapshot in one go, from the device. The doc loads
  // only after that draw: applying a long analysis costs the main thread tens of
  // milliseconds, which would otherwise land before the snapshot is on screen.
  const firstDraw = Promise.all([
    loadAnalysisSnapshot(db, caseId).catch(() => null),
    loadAnalysisStatus(db, caseId).catch(() => null),
  ]).then(([snapshot, row]) => {
    if (disposed) return;
    batch(() => {
      setStatus(row?.status ?? null);
      // No row may only mean "not fetched yet": wait for the relay before offering to start one.
      if (row) setStatusKnown(true);
      if (snapshot && !open()) {
        show(snapshot);
        setDrawn(true);
      }
    });
  });
  void firstDraw.then(refreshFromRelay);
  void firstDraw.then(() => {
    if (!disposed) void acquireAnalysis(caseId).then(onOpened);
  });
  const statusTimer = setInterval(() => void refreshFromRelay(), 1000);
  // Sign-off needs "everything here is on the relay": poll the binding (cheap, and it may
  // appear only once the sync engine has started after this screen).
  const poll = setInterval(() => setSynced(currentSyncEngine()?.analysisBinding(caseId)?.state === 'synced'), 500);

  onCleanup(() => {
    disposed = true;
    clearInterval(poll);
    clearInterval(statusTimer);
    clearTimeout(snapshotTimer);
    const a = open();
    if (a) {
      a.doc.off('update', refreshContent);
      onCleanupOpen.forEach((off) => off());
      a.awareness.off('change', onPresence);
      a.awareness.setLocalState(null);
      releaseAnalysis(caseId);
    }
  });

  const doc = () => open()?.doc ?? null;
  return {
    caseId,
    content: content as Analysis,
    /** The doc is loaded: edits can be taken. */
    ready: () => open() !== null,
    /** The content is on screen (perhaps still from the snapshot). */
    drawn,
    /** Whether what was typed is on the device's disk ("Sparat på enheten"). */
    saveState,
    quotaFull: () => open()?.persistence.lastError?.name === 'QuotaExceededError',
    retrySave: () => open()?.persistence.retry(),
    status,
    statusKnown,
    setStatus,
    reloadStatus,
    others: others as Accessor<Presence[]>,
    synced,
    identity,
    doc,
    revision,
    conflicts,
    /** This device's state of the analysis, as a signature names it (base64 state vector). */
    stateVector(): string {
      revision();
      const d = doc();
      return d ? toBase64(Y.encodeStateVector(d)) : '';
    },
    /** Whether a signature covers exactly what this device holds now. */
    isCurrent(stateVector: string): boolean {
      revision();
      const d = doc();
      return !!d && analysisRelay.isCurrent(d, stateVector);
    },
    /** Tells the others which field this person is in (null when none). */
    focus(field: string | null) {
      open()?.awareness.setLocalStateField('field', field);
    },
    add(kind: EntityKind): string | null {
      const d = doc();
      return d ? addEntity(d, kind, randomId(), Date.now(), writer()) : null;
    },
    setScalar(target: ScalarTarget, value: RegisterValue) {
      const d = doc();
      if (d) setScalar(d, target, value, writer(), Date.now(), randomId);
    },
    editText(target: TextTarget, next: string, cursor?: number) {
      const d = doc();
      if (d) editText(d, target, next, cursor);
    },
    /** Shares a held edit (made from the shared text `base`), merged with what others typed since. */
    releaseText(target: TextTarget, base: string, held: string) {
      const d = doc();
      if (d) releaseText(d, target, base, held);
    },
    replaceText(target: TextTarget, start: number, end: number, by: string) {
      const d = doc();
      if (d) replaceTextRange(d, target, start, end, by);
    },
    addWhy(causeId: string) {
      const d = doc();
      if (d) addWhy(d, causeId);
    },
  };
}
export type AnalysisModel = ReturnType<typeof createAnalysis>;
