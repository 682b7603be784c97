import type { DocStore } from '../store/types';
import { COMPACT_AT, Room } from './room';

/**
 * Loads rooms on first use and unloads them when idle, so memory holds only the cases someone
 * is working in. A room is compacted when it grows past COMPACT_AT updates and when it unloads.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();

  constructor(
    private readonly store: DocStore,
    private readonly idleMs: number,
    private readonly onError: (error: unknown, room: string) => void,
  ) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  get(name: string): Promise<Room> {
    let room = this.rooms.get(name);
    if (!room) {
      room = this.store.loadUpdates(name).then((updates) => new Room(name, updates, this.store));
      room.catch(() => this.rooms.delete(name));
      this.rooms.set(name, room);
    }
    return room;
  }

  /**
   * A loaded room to join. Loops past a room that was unloaded between loading and joining,
   * so two Room objects never serve (and compact) one room.
   */
  async acquire(name: string): Promise<Room> {
    for (;;) {
      const room = await this.get(name);
      if (!room.unloaded) return room;
    }
  }

  /** Compacts a room that has grown; runs after writes, off the hot path. */
  maybeCompact(room: Room): void {
    if (room.storedUpdates >= COMPACT_AT) room.compact().catch((error) => this.onError(error, room.name));
  }

  /** Unloads rooms nobody has been in for `idleMs`, compacting them first. */
  async sweep(now = Date.now()): Promise<void> {
    for (const [name, pending] of this.rooms) {
      const room = await pending.catch(() => null);
      if (!room || room.members.size > 0 || now - room.lastActive < this.idleMs) continue;
      // Compact while the room is still registered, so a join during compaction shares it.
      if (room.storedUpdates > 1) await room.compact().catch((error) => this.onError(error, name));
      if (room.members.size === 0 && this.rooms.get(name) === pending) {
        room.unloaded = true;
        this.rooms.delete(name);
      }
    }
  }

  /** Waits for every loaded room's queued writes (clean shutdown). */
  async flush(): Promise<void> {
    for (const pending of this.rooms.values()) {
      const room = await pending.catch(() => null);
      await room?.settled();
    }
  }
}
