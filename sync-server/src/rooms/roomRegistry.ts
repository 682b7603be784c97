import type { DocStore } from '../store/types';
import { COMPACT_AT, Room, type DroppedUpdates } from './room';
import type { WriteGate } from '../caseLog/caseLogGate';

/** Whether a room refuses writes when it loads (a locked analysis version). */
export type WriteLockLoader = (room: string) => Promise<boolean>;

const RETRY = Symbol('retry');

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
    private readonly isWriteLocked: WriteLockLoader = async () => false,
    private readonly onDropped: DroppedUpdates = () => undefined,
    /** The write gate of a room, if it has one (case-log rooms). */
    private readonly gateFor: (room: string) => WriteGate | undefined = () => undefined,
  ) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  get(name: string): Promise<Room> {
    let room = this.rooms.get(name);
    if (!room) {
      room = Promise.all([this.store.loadUpdates(name), this.isWriteLocked(name)]).then(
        ([updates, locked]) => new Room(name, updates, this.store, locked, this.onDropped, this.gateFor(name)),
      );
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

  /**
   * Runs `fn` exclusively in a loaded room (see `Room.exclusive`), loading it if need be. If the
   * room was unloaded before `fn`'s turn came, it runs in the freshly loaded one instead, so a
   * lock set by `fn` is never set on a room nobody will use.
   */
  async exclusive<T>(name: string, fn: (room: Room) => T | Promise<T>): Promise<T> {
    for (;;) {
      const room = await this.acquire(name);
      const result = await room.exclusive(async () => (room.unloaded ? RETRY : { value: await fn(room) }));
      if (result !== RETRY) return result.value;
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
      if (!room || room.members.size > 0 || room.busy || now - room.lastActive < this.idleMs) continue;
      // Compact while the room is still registered, so a join during compaction shares it.
      if (room.storedUpdates > 1) await room.compact().catch((error) => this.onError(error, name));
      if (room.members.size === 0 && !room.busy && this.rooms.get(name) === pending) {
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
