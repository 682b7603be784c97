import { createHash } from 'node:crypto';
import * as Y from 'yjs';

/** A decoded state vector (client id → clock); null when the bytes are not one. */
export function decodeVector(bytes: Uint8Array): Map<number, number> | null {
  try {
    return Y.decodeStateVector(bytes);
  } catch {
    return null;
  }
}

/** Whether two state vectors name the same clocks; byte encodings of one vector may differ in order. */
export function sameVector(a: Map<number, number>, b: Map<number, number>): boolean {
  for (const client of new Set([...a.keys(), ...b.keys()]))
    if ((a.get(client) ?? 0) !== (b.get(client) ?? 0)) return false;
  return true;
}

/**
 * A fingerprint of an update's deletions, normalised (sorted, adjacent ranges merged), so it
 * does not change when the update is merged or compacted. A deletion does not move a state
 * vector; this is how a sign-off notices text removed after an earlier signature.
 */
export function deletionsFingerprint(update: Uint8Array): string {
  const { ds } = Y.decodeUpdate(update);
  const hash = createHash('sha256');
  for (const client of [...ds.clients.keys()].sort((a, b) => a - b)) {
    const items = [...ds.clients.get(client)!].sort((a, b) => a.clock - b.clock);
    const ranges: [number, number][] = [];
    for (const { clock, len } of items) {
      const last = ranges.at(-1);
      if (last && clock <= last[1]) last[1] = Math.max(last[1], clock + len);
      else if (len > 0) ranges.push([clock, clock + len]);
    }
    if (ranges.length) hash.update(`${client}:${ranges.map(([from, to]) => `${from}-${to}`).join(',')};`);
  }
  return hash.digest('base64url');
}
