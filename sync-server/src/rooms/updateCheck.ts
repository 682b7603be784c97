import * as Y from 'yjs';
import { badMessage } from '../connections/relayErrors';

/**
 * Proves that a writer's update can be applied before it is stored: an update can decode
 * cleanly and still throw in every device that applies it (and in the relay's compaction). It
 * is applied to an empty Y.Doc, which costs as much as the update is large and keeps nothing:
 * a room still holds bytes, never a Y.Doc. An update that only fails against the room's
 * content is left out by the next compaction instead (`compactUpdates`). Throws `badMessage`.
 */
export function assertApplicable(update: Uint8Array): void {
  // A fixed guid: a random one (crypto) is most of what a new Y.Doc costs (about 100 µs → 18).
  const doc = new Y.Doc({ gc: false, guid: 'relay-check' });
  try {
    Y.applyUpdate(doc, update);
  } catch {
    throw badMessage('uppdateringen går inte att tillämpa');
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
