import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMemoryStore } from '../../sync-server/src/store/memoryStore';
import { RoomRegistry } from '../../sync-server/src/rooms/roomRegistry';
import type { RoomMember } from '../../sync-server/src/rooms/room';

const member = (received: Uint8Array[] = []): RoomMember => ({
  access: 'write',
  awarenessClients: new Set(),
  send: (m) => received.push(m),
});
const edit = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};
const textOf = (update: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
};

describe('room lock', () => {
  it('refuses a write that arrives while an exclusive run is deciding to lock, and relays nothing', async () => {
    const store = createMemoryStore();
    const room = await new RoomRegistry(store, 60_000, () => undefined).get('r');
    const writer = member();
    const received: Uint8Array[] = [];
    room.join(writer);
    room.join(member(received));
    await room.write(writer, edit('signerad'));
    const seenBeforeDecision = received.length;

    let release!: () => void;
    const storeWriting = new Promise<void>((resolve) => (release = resolve));
    const decided = room.exclusive(async () => {
      const state = room.state();
      await storeWriting; // e.g. the store writing the version row
      room.lock();
      return state;
    });
    const late = room.write(writer, edit('insmuget'));
    release();
    expect(textOf(await decided)).toBe('signerad');
    expect(await late).toBe(false);
    expect((await store.loadUpdates('r')).map(textOf)).toEqual(['signerad']);
    expect(received).toHaveLength(seenBeforeDecision);
  });

  it('loads a room locked when the loader says so, and accepts writes again after an unlock', async () => {
    const store = createMemoryStore();
    const registry = new RoomRegistry(
      store,
      60_000,
      () => undefined,
      async (name) => name === 'locked',
    );
    const room = await registry.get('locked');
    const writer = member();
    const other: Uint8Array[] = [];
    room.join(writer);
    room.join(member(other));
    expect(await room.write(writer, edit('nej'))).toBe(false);
    other.length = 0;
    await room.exclusive(() => room.unlock());
    expect(other).toHaveLength(1); // asked for what it holds (sync step 1)
    expect(await room.write(writer, edit('ja'))).toBe(true);
    expect((await registry.get('open')).locked).toBe(false);
  });

  it('never unloads a room while an exclusive run waits, and runs one on a fresh room if it was unloaded', async () => {
    const store = createMemoryStore();
    const registry = new RoomRegistry(store, 1000, () => undefined);
    const first = await registry.get('r');
    let release!: () => void;
    const running = registry.exclusive('r', (room) => new Promise<typeof room>((r) => (release = () => r(room))));
    await new Promise((r) => setTimeout(r, 0));
    await registry.sweep(Date.now() + 5000);
    expect(registry.loadedCount).toBe(1);
    release();
    expect(await running).toBe(first);

    await registry.sweep(Date.now() + 5000);
    expect(registry.loadedCount).toBe(0);
    const ranIn = await registry.exclusive('r', (room) => room);
    expect(ranIn).not.toBe(first);
    expect(ranIn.unloaded).toBe(false);
  });
});
