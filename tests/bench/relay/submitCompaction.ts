import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { RoomRegistry } from '../../../sync-server/src/rooms/roomRegistry';
import { createSqliteStore } from '../../../sync-server/src/store/sqliteStore';

export interface SubmitCompactionResult {
  medianMs: number;
  maxMs: number;
  rowsBefore: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * A report as the relay holds it before submission: every keystroke its own stored row, with
 * corrections (about one edit in six deletes) and form fields set and changed.
 */
function reportEdits(count: number, seed = 7): Uint8Array[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const text = doc.getText('description');
  const fields = doc.getMap('fields');
  const letters = 'abcdefghijklmnopqrstuvwxyzåäö ,.';
  while (updates.length < count) {
    const roll = random();
    if (roll < 0.03) fields.set(`field${Math.floor(random() * 12)}`, `värde ${Math.floor(random() * 100)}`);
    else if (roll < 0.18 && text.length > 0) text.delete(Math.max(0, text.length - 1 - Math.floor(random() * 3)), 1);
    else
      text.insert(Math.max(0, text.length - Math.floor(random() * 2)), letters[Math.floor(random() * letters.length)]!);
  }
  doc.destroy();
  return updates.slice(0, count);
}

/** Times the compaction the relay runs at submission (in the room's write order, real SQLite). */
export async function benchSubmitCompaction(edits = 5000, runs = 10): Promise<SubmitCompactionResult> {
  const updates = reportEdits(edits);
  const times: number[] = [];
  let bytesAfter = 0;
  for (let run = 0; run < runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'samverka-compact-'));
    const store = createSqliteStore(join(dir, 'samverka.sqlite'));
    try {
      const room = `00000000-0000-4000-8000-${String(run).padStart(12, '0')}`;
      for (const update of updates) await store.appendUpdate(room, update);
      const registry = new RoomRegistry(store, 60_000, () => undefined);
      await registry.acquire(room);
      const started = performance.now();
      await registry.exclusive(room, (loaded) => loaded.compactNow());
      times.push(performance.now() - started);
      bytesAfter = (await store.loadUpdates(room)).reduce((n, u) => n + u.length, 0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)]!,
    maxMs: times.at(-1)!,
    rowsBefore: updates.length,
    bytesBefore: updates.reduce((n, u) => n + u.length, 0),
    bytesAfter,
  };
}
