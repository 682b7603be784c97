import * as Y from 'yjs';
import type { DocStore } from '../store/types';
import type { Access } from '../acl/caseAccess';
import { AwarenessStates } from './awarenessStates';
import { encodeAwareness, encodeSync, SyncStep } from './yMessages';

/** One participant's presence in a room, whatever kind of socket carries it. */
export interface RoomMember {
  readonly access: Access;
  send(message: Uint8Array): void;
  /** Awareness client ids this member announced, removed when it leaves. */
  readonly awarenessClients: Set<number>;
}

/** Merge through a Y.Doc once a room holds this many stored updates. */
export const COMPACT_AT = 200;

/**
 * A loaded room: its stored updates as bytes, not as a Y.Doc (a Y.Doc costs 11–13× its
 * encoded size in memory), the members in it, and their presence. Updates are appended to the
 * store before they are relayed; each room processes writes in order.
 */
export class Room {
  readonly members = new Set<RoomMember>();
  readonly awareness = new AwarenessStates();
  lastActive = Date.now();
  /** Set when the registry drops this room; a join must then load a fresh one. */
  unloaded = false;
  private merged: Uint8Array | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly name: string,
    private updates: Uint8Array[],
    private readonly store: DocStore,
  ) {}

  get storedUpdates(): number {
    return this.updates.length;
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

  /** Answers a sync step 1: everything the member's state vector lacks. */
  answerStep1(member: RoomMember, stateVector: Uint8Array): void {
    member.send(encodeSync(SyncStep.step2, Y.diffUpdate(this.state(), stateVector)));
  }

  /**
   * Stores an update from a writer, then relays it to the others. Resolves once stored.
   * Throws (before storing anything) when the bytes are not a Yjs update.
   */
  write(from: RoomMember, update: Uint8Array): Promise<void> {
    Y.decodeUpdate(update); // validates; a malformed update must never reach the store
    const stored = this.chain.then(async () => {
      await this.store.appendUpdate(this.name, update);
      this.updates.push(update);
      this.merged = null;
      this.lastActive = Date.now();
      this.broadcast(encodeSync(SyncStep.update, update), from);
    });
    this.chain = stored.catch(() => undefined);
    return stored;
  }

  relayAwareness(from: RoomMember, update: Uint8Array): void {
    for (const id of this.awareness.apply(update)) from.awarenessClients.add(id);
    this.broadcast(encodeAwareness(update), from);
  }

  private broadcast(message: Uint8Array, except: RoomMember): void {
    for (const member of this.members) if (member !== except) member.send(message);
  }

  /**
   * Merges the stored updates through a Y.Doc with garbage collection (Y.mergeUpdates alone
   * keeps deleted content and slows down on thousands of small updates) and stores the result
   * in place of the merged rows.
   */
  compact(): Promise<void> {
    const run = this.chain.then(async () => {
      if (this.updates.length < 2) return;
      const doc = new Y.Doc({ gc: true });
      Y.transact(doc, () => this.updates.forEach((u) => Y.applyUpdate(doc, u)));
      const compacted = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      const count = this.updates.length;
      await this.store.replaceUpdates(this.name, count, compacted);
      this.updates = [compacted, ...this.updates.slice(count)];
      this.merged = null;
    });
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every queued write has been stored. */
  settled(): Promise<unknown> {
    return this.chain;
  }
}
