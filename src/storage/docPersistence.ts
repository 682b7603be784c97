import * as Y from 'yjs';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';

export type SaveState = 'saving' | 'saved' | 'error';

/**
 * y-indexeddb persistence that reports whether each local change reached the disk.
 *
 * y-indexeddb writes every update but never listens for the transaction's outcome, so a full
 * disk (QuotaExceededError) would be silent. We take over its write handler: same storage
 * layout, plus a save state the UI shows ("Sparat på enheten") and a retry that writes the
 * whole in-memory state once space is free again — nothing typed is lost while it waits.
 */
export class CasePersistence extends IndexeddbPersistence {
  saveState: SaveState = 'saved';
  lastError: DOMException | null = null;
  private pendingWrites = 0;
  private failed = false;
  private readonly listeners = new Set<(state: SaveState) => void>();

  constructor(name: string, doc: Y.Doc) {
    super(name, doc);
    doc.off('update', this._storeUpdate);
    this._storeUpdate = (update: Uint8Array, origin: unknown) => {
      if (!this.db || origin === this) return;
      // After a failed write the disk lacks an update, so later writes carry the whole state.
      if (this.failed) this.write(Y.encodeStateAsUpdate(this.doc), true);
      else this.write(update, false);
      if (++this._dbsize >= PREFERRED_TRIM_SIZE) this.scheduleCompaction();
    };
    // Listen only once loaded: while loading, Yjs would encode every stored update once more
    // for this listener, which ignores them (their origin is this persistence). Nobody edits a
    // doc before it has loaded: the app hands docs out only after `whenSynced`.
    // y-indexeddb compacts only while someone types; a doc closed before that would replay
    // every row on each open. Compact once after loading instead.
    // (`_dbsize` is not counted yet when 'synced' fires, so count the rows ourselves.)
    void this.whenSynced.then(() => {
      if (this._destroyed) return;
      doc.on('update', this._storeUpdate);
      const db = this.db;
      if (!db) return;
      const count = db.transaction(['updates'], 'readonly').objectStore('updates').count();
      count.onsuccess = () => {
        if (count.result >= PREFERRED_TRIM_SIZE && !this._destroyed) void storeState(this, true);
      };
    });
  }

  /** Calls `listener` whenever the save state changes; returns the unsubscribe function. */
  onSaveState(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when every write started so far has committed (or failed). */
  async flushed(): Promise<SaveState> {
    if (this.pendingWrites === 0) return this.saveState;
    return new Promise((resolve) => {
      const off = this.onSaveState((state) => {
        if (this.pendingWrites === 0) {
          off();
          resolve(state);
        }
      });
    });
  }

  /** Writes the complete document again; used after a failed write once the disk has room. */
  retry(): void {
    if (this.db) this.write(Y.encodeStateAsUpdate(this.doc), true);
  }

  private write(update: Uint8Array, isFullState: boolean): void {
    const db = this.db;
    if (!db) return;
    this.pendingWrites++;
    this.setState(this.failed ? 'error' : 'saving');
    try {
      const tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').add(update);
      tx.oncomplete = () => this.settle(null, isFullState);
      tx.onabort = () => this.settle(tx.error ?? new DOMException('Skrivningen avbröts', 'AbortError'), isFullState);
    } catch (error) {
      this.settle(error instanceof DOMException ? error : new DOMException(String(error), 'UnknownError'), isFullState);
    }
  }

  private settle(error: DOMException | null, isFullState: boolean): void {
    this.pendingWrites--;
    if (error) {
      this.lastError = error;
      this.failed = true;
    } else if (isFullState) {
      // Transactions on one store commit in order, so this state covers every earlier update.
      this.failed = false;
      this.lastError = null;
    }
    this.setState(this.failed ? 'error' : this.pendingWrites > 0 ? 'saving' : 'saved');
  }

  // Emits on every settle, not only on change, so `flushed()` hears the last write finish.
  private setState(state: SaveState): void {
    this.saveState = state;
    for (const listener of this.listeners) listener(state);
  }

  private compactionTimer: ReturnType<typeof setTimeout> | null = null;

  private scheduleCompaction(): void {
    if (this.compactionTimer !== null) clearTimeout(this.compactionTimer);
    this.compactionTimer = setTimeout(() => {
      this.compactionTimer = null;
      if (!this._destroyed) void storeState(this, false);
    }, 1000);
  }

  override destroy(): Promise<void> {
    if (this.compactionTimer !== null) clearTimeout(this.compactionTimer);
    return super.destroy();
  }
}
