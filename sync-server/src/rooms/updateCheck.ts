import * as Y from 'yjs';
import { badMessage } from '../connections/relayErrors';

/** How long a room keeps its checking doc after the last write. */
const CHECK_DOC_IDLE_MS = 15_000;

/**
 * Proves that a writer's update can be applied to the room before it is stored. An update can
 * decode cleanly and still break every device that applies it (and the relay's compaction), so
 * the relay applies it to a Y.Doc of the room first. That doc exists only while someone writes:
 * a room read, or idle, holds bytes alone (a Y.Doc costs 11–13× its encoded size).
 */
export class UpdateCheck {
  private doc: Y.Doc | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `load`: the room's stored updates, read only when the checking doc must be built. */
  constructor(private readonly load: () => readonly Uint8Array[]) {}

  /** Applies the update to the checking doc; throws `badMessage` (and forgets the doc) if it cannot be applied. */
  accept(update: Uint8Array): void {
    const doc = this.doc ?? this.build();
    try {
      Y.applyUpdate(doc, update);
    } catch {
      // A failed apply may leave the doc half-changed: build it again from what is stored.
      this.forget();
      throw badMessage('uppdateringen går inte att tillämpa');
    }
    this.keepAlive();
  }

  /** Drops the checking doc (the room unloads, or a write failed to store). */
  forget(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.doc?.destroy();
    this.doc = null;
  }

  private build(): Y.Doc {
    const doc = new Y.Doc({ gc: true });
    Y.transact(doc, () => this.load().forEach((u) => Y.applyUpdate(doc, u)));
    this.doc = doc;
    return doc;
  }

  private keepAlive(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.forget(), CHECK_DOC_IDLE_MS);
    this.timer.unref?.();
  }
}

/**
 * Merges updates through a Y.Doc with garbage collection. An update that cannot be applied
 * (stored before the relay checked updates this way) is left out rather than breaking the room
 * for everyone; returns how many were left out.
 */
export function compactUpdates(updates: readonly Uint8Array[]): { compacted: Uint8Array; dropped: number } {
  const attempt = (kept: readonly Uint8Array[]) => {
    const doc = new Y.Doc({ gc: true });
    try {
      Y.transact(doc, () => kept.forEach((u) => Y.applyUpdate(doc, u)));
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  };
  try {
    return { compacted: attempt(updates), dropped: 0 };
  } catch {
    // Find the updates that cannot be applied, one by one, on a doc rebuilt after each.
    const kept: Uint8Array[] = [];
    let doc = new Y.Doc({ gc: true });
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
        kept.push(update);
      } catch {
        doc.destroy();
        doc = new Y.Doc({ gc: true });
        Y.transact(doc, () => kept.forEach((u) => Y.applyUpdate(doc, u)));
      }
    }
    const compacted = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return { compacted, dropped: updates.length - kept.length };
  }
}
