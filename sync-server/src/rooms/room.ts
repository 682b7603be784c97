import * as Y from 'yjs';
import type { DocStore } from '../store/types';
import type { Access } from '../acl/caseAccess';
import { AwarenessStates } from './awarenessStates';
import { decodeClientStateVector, decodeClientUpdate, encodeAwareness, encodeSync, SyncStep } from './yMessages';
import { assertApplicable, compactUpdates } from './updateCheck';
import { RoomFullError } from '../connections/relayErrors';
import type { Identity } from '../../../src/protocol/identity';
import type { WriteGate } from '../caseLog/caseLogGate';

/** One participant's presence in a room, whatever kind of socket carries it. */
export interface RoomMember {
  readonly access: Access;
  /** Who the member's device acts for (a room with a write gate needs it). */
  readonly identity?: Identity;
  send(message: Uint8Array): void;
  /** Awareness client ids this member announced, removed when it leaves. */
  readonly awarenessClients: Set<number>;
}

/** Merge through a Y.Doc once a room holds this many stored updates. */
export const COMPACT_AT = 200;
/**
 * Most a room may hold (its stored rows). A long analysis is a few hundred KB; this bound keeps
 * one writer from filling the disk, or growing a case past what a device can sync.
 */
export const MAX_ROOM_BYTES = 8 * 1024 * 1024;

/** Called when a compaction had to leave out updates that cannot be applied. */
export type DroppedUpdates = (room: string, count: number) => void;

/**
 * A loaded room: its stored updates as bytes, not as a Y.Doc (a Y.Doc costs 11–13× its
 * encoded size in memory), the members in it, and their presence. Updates are appended to the
 * store before they are relayed; each room processes writes in order. A locked room (a signed
 * analysis version) stores and relays nothing, whoever sends it.
 */
export class Room {
  readonly members = new Set<RoomMember>();
  readonly awareness = new AwarenessStates();
  lastActive = Date.now();
  /** Set when the registry drops this room; a join must then load a fresh one. */
  unloaded = false;
  private merged: Uint8Array | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private exclusiveRuns = 0;
  /**
   * Whether stored updates may still hold content that was deleted since (an identity number
   * typed and replaced): such a room is compacted before it answers anyone's sync, so deleted
   * text never goes out on a first sync. Rows loaded from the store count as such until compacted.
   */
  private holdsDeleted: boolean;
  private bytes: number;

  constructor(
    readonly name: string,
    private updates: Uint8Array[],
    private readonly store: DocStore,
    private writeLocked = false,
    private readonly onDropped: DroppedUpdates = () => undefined,
    /** Decides what a write becomes before it is stored (the case log: caseLog/caseLogGate). */
    private readonly gate?: WriteGate,
  ) {
    this.holdsDeleted = updates.length > 1;
    this.bytes = updates.reduce((n, u) => n + u.length, 0);
  }

  get storedUpdates(): number {
    return this.updates.length;
  }

  get locked(): boolean {
    return this.writeLocked;
  }

  /** True while an exclusive run is queued or running: the registry must not unload the room. */
  get busy(): boolean {
    return this.exclusiveRuns > 0;
  }

  /** The whole room as one update (cached until the next write). */
  state(): Uint8Array {
    this.merged ??= this.updates.length === 1 ? this.updates[0]! : Y.mergeUpdates(this.updates);
    return this.merged;
  }

  join(member: RoomMember): void {
    this.members.add(member);
    this.lastActive = Date.now();
    // Ask the newcomer for what we lack, and show it who is here.
    member.send(encodeSync(SyncStep.step1, Y.encodeStateVectorFromUpdate(this.state())));
    const present = this.awareness.encodeAll();
    if (present) member.send(encodeAwareness(present));
  }

  leave(member: RoomMember): void {
    if (!this.members.delete(member)) return;
    this.lastActive = Date.now();
    const gone = this.awareness.remove(member.awarenessClients);
    if (gone) this.broadcast(encodeAwareness(gone), member);
  }

  /**
   * Answers a sync step 1: everything the member's state vector lacks, from a state with no
   * deleted content in it (compacted first, in the write order, when it may hold some). Throws
   * `badMessage` on a malformed vector.
   */
  answerStep1(member: RoomMember, stateVector: Uint8Array): Promise<void> {
    const vector = decodeClientStateVector(stateVector);
    const run = this.chain.then(async () => {
      if (this.holdsDeleted) await this.compactNow();
      member.send(encodeSync(SyncStep.step2, Y.diffUpdate(this.state(), vector)));
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Stores an update from a writer, then relays it to the others. Resolves true once stored,
   * false when the room is locked (nothing stored, nothing relayed; the sender keeps its edit
   * and hands it over when asked after an unlock). Throws `badMessage` (before storing
   * anything) when the bytes are not a Yjs update, or one that cannot be applied to the room: a
   * malformed update must never reach the store. Throws `RoomFullError` past MAX_ROOM_BYTES.
   */
  write(from: RoomMember, update: Uint8Array): Promise<boolean> {
    const { deletes } = decodeClientUpdate(update);
    const stored = this.chain.then(async () => {
      // Checked in the write order, so a lock taken in `exclusive` holds for every later write.
      if (this.writeLocked) return false;
      if (this.bytes + update.length > MAX_ROOM_BYTES) throw new RoomFullError();
      assertApplicable(update);
      let stored = update;
      if (this.gate) {
        const gated = from.identity ? await this.gate(this.name, this.state(), update, from.identity) : null;
        if (!gated) return false;
        stored = gated;
      }
      await this.store.appendUpdate(this.name, stored);
      this.updates.push(stored);
      this.bytes += stored.length;
      this.merged = null;
      if (deletes || this.gate) this.holdsDeleted = true;
      this.lastActive = Date.now();
      // A gated write comes back to its writer too: its entries were replaced by the relay's.
      this.broadcast(encodeSync(SyncStep.update, stored), this.gate ? null : from);
      return true;
    });
    this.chain = stored.catch(() => undefined);
    return stored;
  }

  /**
   * Runs `fn` in the room's write order: no update is stored or relayed between its start and
   * its end, so what it reads of `state()` is what it decides on (the analysis lock).
   */
  exclusive<T>(fn: () => T | Promise<T>): Promise<T> {
    this.exclusiveRuns++;
    const run = this.chain.then(fn).finally(() => {
      this.exclusiveRuns--;
      this.lastActive = Date.now();
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Refuses every later write; call inside `exclusive`. */
  lock(): void {
    this.writeLocked = true;
  }

  /**
   * Accepts writes again, and asks every member for what it holds that the room lacks: a
   * writer whose edits were refused while locked sends them now, without reconnecting.
   */
  unlock(): void {
    if (!this.writeLocked) return;
    this.writeLocked = false;
    const ask = encodeSync(SyncStep.step1, Y.encodeStateVectorFromUpdate(this.state()));
    for (const member of this.members) member.send(ask);
  }

  relayAwareness(from: RoomMember, update: Uint8Array): void {
    const stamp = from.identity ? { name: from.identity.personName, orgName: from.identity.orgName } : undefined;
    const { ids, relay } = this.awareness.apply(update, from, stamp);
    for (const id of ids) from.awarenessClients.add(id);
    if (relay) this.broadcast(encodeAwareness(relay), from);
  }

  private broadcast(message: Uint8Array, except: RoomMember | null): void {
    for (const member of this.members) if (member !== except) member.send(message);
  }

  /**
   * Merges the stored updates through a Y.Doc with garbage collection (Y.mergeUpdates alone
   * keeps deleted content and slows down on thousands of small updates) and stores the result
   * in place of the merged rows.
   */
  compact(): Promise<void> {
    const run = this.chain.then(() => this.compactNow());
    this.chain = run.catch(() => undefined);
    return run;
  }

  /**
   * The compaction itself, for callers already in the write order (inside `exclusive`, as the
   * submission does): the deleted content is gone from memory and from the store's rows.
   */
  async compactNow(): Promise<void> {
    if (this.updates.length === 0) return;
    if (this.updates.length === 1 && !this.holdsDeleted) return;
    const { compacted, dropped } = compactUpdates(this.updates);
    if (dropped > 0) this.onDropped(this.name, dropped);
    const count = this.updates.length;
    await this.store.replaceUpdates(this.name, count, compacted);
    this.updates = [compacted, ...this.updates.slice(count)];
    this.bytes = this.updates.reduce((n, u) => n + u.length, 0);
    this.merged = null;
    this.holdsDeleted = false;
  }

  /** Resolves when every queued write has been stored. */
  settled(): Promise<unknown> {
    return this.chain;
  }
}
