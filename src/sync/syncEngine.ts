import type * as Y from 'yjs';
import { roomName, type CasePart } from '../protocol/rooms';
import { CloseCode } from '../protocol/closeCodes';
import type { CaseId } from '../domain/ids';
import type { SyncState } from '../domain/caseIndex';
import type { TokenResponse } from '../protocol/api';
import { acquireCaseDocs, onCaseOpened, releaseCaseDocs, type OpenCaseDocs } from '../storage/caseDocs';
import { acquireAnalysis, onAnalysisOpened, releaseAnalysis, type OpenAnalysis } from '../storage/analysisDocs';
import { saveAnalysisSnapshot, saveAnalysisStatus } from '../storage/analysisStore';
import { readAnalysis } from '../storage/analysisDoc';
import { readAuthorPersonId } from '../storage/reportDoc';
import type { SamverkaDb } from '../storage/db';
import { writeIndexEntry } from '../storage/caseIndexStore';
import { regionProfile } from '../domain/regionProfiles';
import { MultiplexClient, type ConnectionState, type SocketFactory } from './multiplexClient';
import type { RoomBinding } from './roomBinding';
import { combineRoomStates } from './caseSyncState';
import { relayApi } from './relayApi';
import {
  readCursor,
  readPendingSubmissions,
  saveCursor,
  saveDirectory,
  saveEnrollment,
  savePendingSubmissions,
} from './deviceEnrollment';

/** Parts synced for every case; the analysis syncs only where one was started. */
const SYNCED_PARTS: readonly CasePart[] = ['report', 'events', 'answer'];
/** A safety pass only: while connected, the relay announces every change (notices). */
const BACKGROUND_EVERY_MS = 60_000;
const CASE_SYNC_TIMEOUT_MS = 20_000;
/** How often an open case's sync state is written to its index row at most. */
const STATE_WRITE_MS = 250;
/** Cases synced at once in a background pass. */
const SYNC_BATCH = 50;
/** Refresh the token when less than this is left of it. */
const REFRESH_BEFORE_MS = 15 * 24 * 3600 * 1000;

export interface SyncEngineEvents {
  onConnection(state: ConnectionState, closeCode: number | null): void;
}

/**
 * Runs beside the app, never in its way: every open case syncs live over one multiplexed
 * socket, and a background pass brings the rest up to date (cases listed as changed by the
 * relay, cases with local changes, submissions to register). Typing never waits for it.
 */
export class SyncEngine {
  private readonly client: MultiplexClient;
  private readonly bindings = new Map<CaseId, RoomBinding[]>();
  private readonly analysisBindings = new Map<CaseId, RoomBinding>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** Cases of this device's person that the relay is known to hold (created there). */
  private readonly created = new Set<CaseId>();
  /** Open cases of this person whose creation on the relay has not succeeded yet. */
  private readonly uncreated = new Set<CaseId>();
  private readonly creating = new Map<CaseId, Promise<void>>();
  /** Cases a notice brought up to date, with the seq it announced: the listing need not sync them again. */
  private readonly noticedUpTo = new Map<CaseId, number>();
  /** Submitted cases whose registration waits for their rooms to sync. */
  private readonly awaitingSync = new Set<CaseId>();

  constructor(
    private readonly db: SamverkaDb,
    private enrollment: TokenResponse,
    createSocket: SocketFactory,
    private readonly events: SyncEngineEvents,
    wsBase = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`,
  ) {
    this.client = new MultiplexClient({
      url: `${wsBase}/sync-multi`,
      token: () => this.enrollment.token,
      // The socket opens with a single-use ticket: the long-lived token never goes in a URL.
      ticket: async () => {
        const answer = await relayApi.syncTicket(this.enrollment.token);
        if (answer.ok) return answer.value.ticket;
        if (answer.failure === 'revoked') return { refused: CloseCode.revoked };
        if (answer.failure === 'unauthorized') return { refused: CloseCode.unauthorized };
        return null;
      },
      createSocket,
      onState: (state, code) => {
        this.events.onConnection(state, code ?? null);
        if (state !== 'online') return;
        for (const id of this.uncreated) void this.createOnRelay(id);
        this.runSoon();
      },
      onNotice: (caseId, seq) => this.onNotice(caseId as CaseId, seq),
    });
  }

  start(): void {
    onCaseOpened((docs) => this.attach(docs));
    onAnalysisOpened((analysis) => this.attachAnalysis(analysis));
    this.client.start();
    this.timer = setInterval(() => this.runSoon(), BACKGROUND_EVERY_MS);
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.document?.addEventListener('visibilitychange', this.onVisible);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.document?.removeEventListener('visibilitychange', this.onVisible);
    this.client.stop();
  }

  /** Runs a background pass now (after enrolling, submitting, reconnecting, a case syncing). */
  runSoon(): void {
    if (this.running) {
      // A pass is under way and may be past the step this call needs: run once more after it.
      this.again = true;
      return;
    }
    this.running = this.backgroundPass()
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.runSoon();
        }
      });
  }

  /** Coverage is back: connect now rather than when the backoff says. */
  private readonly onOnline = () => {
    this.client.start();
    this.client.reconnectNow();
    this.runSoon();
  };

  /** A tablet woken from sleep may have missed the network coming back. */
  private readonly onVisible = () => {
    if (globalThis.document?.visibilityState === 'visible') this.client.reconnectNow();
  };

  /**
   * The relay announced a change of a case this person may see. An open case is synced live
   * already; any other is brought to the device (and into the index) at once, and a pass then
   * moves the listing cursor and refreshes analyses.
   */
  private onNotice(caseId: CaseId, seq: number): void {
    this.created.add(caseId); // the relay announces only cases it holds
    if (this.bindings.has(caseId)) return;
    void this.syncCase(caseId)
      .then(() => this.noticedUpTo.set(caseId, Math.max(seq, this.noticedUpTo.get(caseId) ?? 0)))
      .catch(() => undefined)
      .finally(() => this.runSoon());
  }

  /**
   * A case this device's person wrote is created on the relay before its rooms join (a join
   * never creates a case), so no part can be refused for arriving first.
   */
  private ensureCreated(id: CaseId, report: Y.Doc): void {
    if (this.created.has(id)) return;
    const author = readAuthorPersonId(report);
    if (author !== null && author !== this.enrollment.identity.personId) return;
    this.client.hold(id);
    this.uncreated.add(id);
    void this.createOnRelay(id);
  }

  /** Creates the case on the relay; offline it stays held and is tried again on reconnect. */
  private createOnRelay(id: CaseId): Promise<void> {
    const under = this.creating.get(id);
    if (under) return under;
    const attempt = (async () => {
      const result = await relayApi.createCase(this.enrollment.token, id);
      // Offline, a relay fault or too many at once: it stays held and is tried on the next pass.
      if (!result.ok && (result.failure === 'offline' || result.failure === 'server' || result.status === 429)) return;
      // Created, or refused for good (someone else's id): either way the rooms now say so.
      if (result.ok) this.created.add(id);
      this.uncreated.delete(id);
      this.client.release(id);
    })()
      .catch(() => undefined)
      .finally(() => this.creating.delete(id));
    this.creating.set(id, attempt);
    return attempt;
  }

  /** Joins an open case's rooms and mirrors their state into the index. */
  private attach(docs: OpenCaseDocs): () => void {
    const parts: [CasePart, Y.Doc][] = [
      ['report', docs.report],
      ['events', docs.events],
      ['answer', docs.answer],
    ];
    this.ensureCreated(docs.id, docs.report); // before joining: it may hold the rooms back
    const bindings = parts.map(([part, doc]) => this.client.join(roomName(docs.id, part), doc));
    this.bindings.set(docs.id, bindings);
    let localChanges = false;
    // Typing flips the state between pending and synced at every key: the row takes the latest
    // state at most every STATE_WRITE_MS (a write per key cost a throttled tablet its frames).
    let written: SyncState | null = null;
    let latest: SyncState | null = null;
    let writeTimer: ReturnType<typeof setTimeout> | null = null;
    const writeState = () => {
      writeTimer = null;
      const state = latest!;
      if (state === written) return;
      written = state;
      void this.setSyncState(docs.id, state).then((took) => {
        // No row yet (a new case's first edit): the next change writes it again.
        if (!took && written === state) written = null;
      });
    };
    const update = () => {
      const state = combineRoomStates(
        bindings.map((b) => b.state),
        localChanges,
      );
      latest = state;
      if (writeTimer === null && state !== written) writeTimer = setTimeout(writeState, STATE_WRITE_MS);
      // A submission waiting for this case's rooms can go now, not at the next pass.
      if (state === 'synced' && this.awaitingSync.delete(docs.id)) this.runSoon();
    };
    const offs = bindings.map((b) => b.onState(update));
    const onLocal = (_u: Uint8Array, origin: unknown) => {
      if (!bindings.includes(origin as RoomBinding)) {
        localChanges = true;
        update();
      }
    };
    for (const [, doc] of parts) doc.on('update', onLocal);
    update();
    return () => {
      offs.forEach((off) => off());
      for (const [, doc] of parts) doc.off('update', onLocal);
      if (writeTimer !== null) {
        clearTimeout(writeTimer);
        writeState();
      }
      for (const part of SYNCED_PARTS) this.client.leave(roomName(docs.id, part));
      this.bindings.delete(docs.id);
      this.uncreated.delete(docs.id);
      this.client.release(docs.id);
      // Closed before its rooms synced: the next pass syncs it (opened in the background) and submits.
      if (this.awaitingSync.delete(docs.id)) this.runSoon();
    };
  }

  /** Joins an open analysis's room, presence included. */
  private attachAnalysis(analysis: OpenAnalysis): () => void {
    const room = roomName(analysis.caseId, 'analysis');
    this.analysisBindings.set(analysis.caseId, this.client.join(room, analysis.doc, analysis.awareness));
    return () => {
      this.client.leave(room);
      this.analysisBindings.delete(analysis.caseId);
    };
  }

  /** The live sync of an open analysis (the sign-off needs to know it is synced). */
  analysisBinding(caseId: CaseId): RoomBinding | null {
    return this.analysisBindings.get(caseId) ?? null;
  }

  /** The current token, for the analysis screen's calls to the relay. */
  get token(): string {
    return this.enrollment.token;
  }

  /** Fetches and keeps an analysis's status, then brings its content to this device for offline use. */
  async refreshAnalysis(caseId: CaseId, syncContent = true): Promise<void> {
    const status = await relayApi.analysis(this.enrollment.token, caseId);
    if (!status.ok) return;
    await saveAnalysisStatus(this.db, status.value, Date.now());
    if (!syncContent) return;
    const analysis = await acquireAnalysis(caseId);
    try {
      const binding = this.analysisBindings.get(caseId);
      if (binding)
        await Promise.race([
          binding.whenSynced().catch(() => undefined),
          new Promise((resolve) => setTimeout(resolve, CASE_SYNC_TIMEOUT_MS)),
        ]);
      // The analysis screen draws from this snapshot while the doc loads.
      await saveAnalysisSnapshot(this.db, caseId, readAnalysis(analysis.doc), Date.now());
    } finally {
      releaseAnalysis(caseId);
    }
  }

  /** Whether a row took the state. */
  private async setSyncState(id: CaseId, syncState: SyncState): Promise<boolean> {
    return (await this.db.cases.update(id, { syncState }).catch(() => 0)) > 0;
  }

  /** Opens a case, waits until its rooms are synced (or gives up), indexes it, and closes it. */
  private async syncCase(id: CaseId): Promise<void> {
    const docs = await acquireCaseDocs(id);
    try {
      const bindings = this.bindings.get(id) ?? [];
      await Promise.race([
        Promise.all(bindings.map((b) => b.whenSynced())).catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, CASE_SYNC_TIMEOUT_MS)),
      ]);
      // A case new to this device has no index row yet: write it, with its sync state.
      await writeIndexEntry(this.db, docs, regionProfile, Date.now(), {
        syncState: combineRoomStates(
          bindings.map((b) => b.state),
          false,
        ),
        onlyIfChanged: true,
      });
    } finally {
      releaseCaseDocs(id);
    }
  }

  private async backgroundPass(): Promise<void> {
    if (this.client.state === 'stopped') return;
    await this.refreshToken();
    const token = this.enrollment.token;

    // What this device holds for others first: its unsynced cases, then their submissions
    // (without a connection they would only wait for it; the pass on reconnecting does them).
    if (this.client.state === 'online') {
      await Promise.all([...this.uncreated].map((id) => this.createOnRelay(id)));
      const unsynced = await this.db.cases.where('syncState').anyOf('local', 'pending', 'error').primaryKeys();
      await this.syncInBatches(unsynced.filter((id) => !this.bindings.has(id as CaseId)) as CaseId[]);
      await this.registerSubmissions(token);
    }

    const directory = await relayApi.directory(token);
    if (directory.ok) await saveDirectory(this.db, directory.value);
    else if (directory.failure === 'offline') return;

    // Cases the relay says changed since last time (new ones sent to us, answers, ...).
    let cursor = await readCursor(this.db);
    for (let page = 0; page < 20; page++) {
      const listing = await relayApi.listCases(token, cursor);
      if (!listing.ok) break;
      for (const c of listing.value.cases) this.created.add(c.caseId as CaseId);
      const stale = listing.value.cases.filter((c) => (this.noticedUpTo.get(c.caseId as CaseId) ?? -1) < c.seq);
      for (const c of listing.value.cases) this.noticedUpTo.delete(c.caseId as CaseId);
      await this.syncInBatches(stale.map((c) => c.caseId as CaseId));
      for (const c of listing.value.cases) if (c.analysis) await this.refreshAnalysis(c.caseId as CaseId);
      cursor = listing.value.cursor;
      await saveCursor(this.db, cursor);
      if (!listing.value.more) break;
    }
  }

  /** Syncs cases a batch at a time over the one socket: fast, within the relay's room limit. */
  private async syncInBatches(ids: CaseId[]): Promise<void> {
    for (let i = 0; i < ids.length; i += SYNC_BATCH)
      await Promise.all(ids.slice(i, i + SYNC_BATCH).map((id) => this.syncCase(id)));
  }

  /** Tells the relay who receives each case submitted here (after its docs are on the relay). */
  private async registerSubmissions(token: string): Promise<void> {
    const pending = await readPendingSubmissions(this.db);
    const left: string[] = [];
    for (const id of pending) {
      const synced = await this.isSynced(id as CaseId);
      const row = await this.db.cases.get(id);
      if (!row?.receivingUnitId || !synced) {
        left.push(id);
        if (this.bindings.has(id as CaseId)) this.awaitingSync.add(id as CaseId);
        continue;
      }
      const result = await relayApi.submit(token, id, row.receivingUnitId);
      if (!result.ok && (result.failure === 'offline' || result.failure === 'server')) left.push(id);
      if (!result.ok && result.failure !== 'offline' && result.failure !== 'server')
        await this.setSyncState(id as CaseId, 'error');
    }
    await savePendingSubmissions(this.db, left);
  }

  /**
   * Whether the relay holds everything of a case. An open case syncs live: its rooms say so
   * (waited for a while), since its index row is written only after them. Any other case was
   * just synced by this pass, and its row says so.
   */
  private async isSynced(id: CaseId): Promise<boolean> {
    const bindings = this.bindings.get(id);
    if (!bindings) return (await this.db.cases.get(id))?.syncState === 'synced';
    await Promise.race([
      Promise.all(bindings.map((b) => b.whenSynced())).catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, CASE_SYNC_TIMEOUT_MS)),
    ]);
    return bindings.every((b) => b.state === 'synced');
  }

  private async refreshToken(): Promise<void> {
    if (this.enrollment.expiresAt - Date.now() > REFRESH_BEFORE_MS) return;
    const fresh = await relayApi.refresh(this.enrollment.token);
    if (fresh.ok) {
      this.enrollment = fresh.value;
      await saveEnrollment(this.db, fresh.value);
    } else if (fresh.failure === 'revoked' || fresh.failure === 'unauthorized') {
      this.events.onConnection('stopped', fresh.failure === 'revoked' ? CloseCode.revoked : CloseCode.unauthorized);
      this.client.stop();
    }
  }
}
