import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { CasePersistence, type SaveState } from '../../src/storage/docPersistence';

async function openDoc(name: string) {
  const doc = new Y.Doc();
  const persistence = new CasePersistence(name, doc);
  await persistence.whenSynced;
  return { doc, persistence };
}

describe('document persistence with save state', () => {
  it('reports saving then saved for a local change', async () => {
    const { doc, persistence } = await openDoc(`p-${crypto.randomUUID()}`);
    const states: SaveState[] = [];
    persistence.onSaveState((s) => states.push(s));
    doc.getText('t').insert(0, 'hej');
    expect(persistence.saveState).toBe('saving');
    expect(await persistence.flushed()).toBe('saved');
    expect(states.at(-1)).toBe('saved');
    await persistence.destroy();
  });

  it('keeps the text in memory when the disk refuses, and saves it all on retry', async () => {
    const name = `p-${crypto.randomUUID()}`;
    const { doc, persistence } = await openDoc(name);
    const add = IDBObjectStore.prototype.add;
    // A full disk: every write is refused as the browser would refuse it.
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      doc.getText('t').insert(0, 'viktig text');
      expect(await persistence.flushed()).toBe('error');
      expect(persistence.lastError?.name).toBe('QuotaExceededError');
      expect(doc.getText('t').toString()).toBe('viktig text');
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    persistence.retry();
    expect(await persistence.flushed()).toBe('saved');
    await persistence.destroy();

    const reopened = await openDoc(name);
    expect(reopened.doc.getText('t').toString()).toBe('viktig text');
    await reopened.persistence.destroy();
  });

  it('after a failure, the next ordinary change writes the whole state and clears the error', async () => {
    const name = `p-${crypto.randomUUID()}`;
    const { doc, persistence } = await openDoc(name);
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    doc.getText('t').insert(0, 'först');
    await persistence.flushed();
    IDBObjectStore.prototype.add = add;
    doc.getText('t').insert(5, ' sedan');
    expect(await persistence.flushed()).toBe('saved');
    await persistence.destroy();
    const reopened = await openDoc(name);
    expect(reopened.doc.getText('t').toString()).toBe('först sedan');
    await reopened.persistence.destroy();
  });
});

describe('compaction', () => {
  it('compacts a doc that was closed with hundreds of uncompacted rows, on its next open', async () => {
    const name = `p-${crypto.randomUUID()}`;
    const first = await openDoc(name);
    const text = first.doc.getText('t');
    for (let i = 0; i < 600; i++) text.insert(i, 'x');
    await first.persistence.flushed();
    // Closed at once: y-indexeddb's own compaction timer never fired.
    await first.persistence.destroy();

    const second = await openDoc(name);
    expect(second.doc.getText('t').length).toBe(600);
    const rows = async () =>
      new Promise<number>((resolve) => {
        const count = second.persistence.db!.transaction('updates').objectStore('updates').count();
        count.onsuccess = () => resolve(count.result);
      });
    await vi.waitFor(async () => expect(await rows()).toBeLessThan(5));
    await second.persistence.destroy();
    const third = await openDoc(name);
    expect(third.doc.getText('t').toString()).toBe('x'.repeat(600));
    await third.persistence.destroy();
  });
});
