import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMemoryStore } from '../../sync-server/src/store/memoryStore';
import { RoomRegistry } from '../../sync-server/src/rooms/roomRegistry';
import type { RoomMember } from '../../sync-server/src/rooms/room';

const writer = (): RoomMember => ({ access: 'write', awarenessClients: new Set(), send: () => undefined });

describe('rooms', () => {
  it('compacts stored updates through a GC Y.Doc: the same content, fewer rows, deleted text dropped', async () => {
    const store = createMemoryStore();
    const registry = new RoomRegistry(store, 60_000, () => undefined);
    const room = await registry.get('r');
    const doc = new Y.Doc();
    const member = writer();
    room.join(member);
    doc.on('update', (u: Uint8Array) => void room.write(member, u));
    const text = doc.getText('t');
    for (let i = 0; i < 300; i++) text.insert(text.length, 'x');
    text.delete(0, 250);
    await room.settled();
    const before = (await store.loadUpdates('r')).reduce((n, u) => n + u.length, 0);
    await room.compact();
    const rows = await store.loadUpdates('r');
    expect(rows).toHaveLength(1);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, rows[0]!);
    expect(restored.getText('t').toString()).toBe('x'.repeat(50));
    expect(rows[0]!.length).toBeLessThan(before);
  });

  it('unloads a room nobody is in after the idle time, and reloads it from the store', async () => {
    const store = createMemoryStore();
    const registry = new RoomRegistry(store, 1000, () => undefined);
    const room = await registry.get('r');
    const member = writer();
    room.join(member);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'kvar');
    await room.write(member, Y.encodeStateAsUpdate(doc));
    room.leave(member);
    await registry.sweep(Date.now() + 500);
    expect(registry.loadedCount).toBe(1);
    await registry.sweep(Date.now() + 5000);
    expect(registry.loadedCount).toBe(0);
    const again = await registry.get('r');
    const restored = new Y.Doc();
    Y.applyUpdate(restored, again.state());
    expect(restored.getText('t').toString()).toBe('kvar');
  });

  it('refuses bytes that are not a Yjs update before storing anything', async () => {
    const store = createMemoryStore();
    const room = await new RoomRegistry(store, 1000, () => undefined).get('r');
    expect(() => room.write(writer(), new Uint8Array([255, 255, 255, 1]))).toThrow();
    expect(await store.loadUpdates('r')).toEqual([]);
  });
});
