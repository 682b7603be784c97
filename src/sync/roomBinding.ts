import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
  type Awareness,
} from 'y-protocols/awareness';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

export type RoomSyncState = 'connecting' | 'syncing' | 'synced' | 'denied';

/**
 * Keeps one Y.Doc in step with one relay room over any transport (`send`). The room counts as
 * synced when the relay has sent its state and acknowledged every update we sent. Local edits
 * are never blocked: they go into the doc first and out whenever the transport allows.
 */
export class RoomBinding {
  state: RoomSyncState = 'connecting';
  deniedCode: number | null = null;
  private sent = 0;
  private acked = 0;
  private haveServerState = false;
  private readonly listeners = new Set<(state: RoomSyncState) => void>();
  private send: ((message: Uint8Array) => void) | null = null;

  /** `awareness`: presence to share in this room (the analysis screen's "who is where"). */
  constructor(
    readonly room: string,
    readonly doc: Y.Doc,
    private readonly awareness: Awareness | null = null,
  ) {
    doc.on('update', this.onLocalUpdate);
    awareness?.on('update', this.onAwarenessUpdate);
  }

  /** A (re)connected transport: counters restart, and both sides exchange state vectors. */
  attach(send: (message: Uint8Array) => void): void {
    this.send = send;
    this.sent = 0;
    this.acked = 0;
    this.haveServerState = false;
    this.setState('syncing');
    send(encodeSync(STEP1, Y.encodeStateVector(this.doc)));
    if (this.awareness?.getLocalState()) send(encodeAwarenessMessage(this.awareness, [this.awareness.clientID]));
  }

  detach(): void {
    this.send = null;
    this.forgetOthers();
    if (this.state !== 'denied') this.setState('connecting');
  }

  /** A message for this room from the relay. Throws on a malformed message. */
  receive(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) {
      if (this.awareness) applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
      return;
    }
    if (type !== MESSAGE_SYNC) return;
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === STEP1) {
      // The relay asks for what it lacks; an empty answer is not sent (nothing to acknowledge).
      const missing = Y.encodeStateAsUpdate(this.doc, payload);
      if (!isEmptyUpdate(missing)) this.transmit(encodeSync(STEP2, missing));
    } else if (step === STEP2 || step === UPDATE) {
      try {
        Y.applyUpdate(this.doc, payload, this);
      } catch {
        // An update that cannot be applied (the relay refuses such writes now; one stored
        // earlier is left out at its next compaction) must not take the device's sync down.
        return;
      }
      if (step === STEP2) this.haveServerState = true;
    }
    this.checkSynced();
  }

  /** The relay has processed `count` of the updates we sent on this connection. */
  acknowledge(count: number): void {
    this.acked = Math.max(this.acked, count);
    this.checkSynced();
  }

  deny(code: number): void {
    this.deniedCode = code;
    this.setState('denied');
  }

  onState(listener: (state: RoomSyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when synced; rejects when the relay refuses the room. */
  whenSynced(): Promise<void> {
    if (this.state === 'synced') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const off = this.onState((state) => {
        if (state === 'synced') resolve();
        else if (state === 'denied') reject(new Error(`rummet nekades (${this.deniedCode})`));
        else return;
        off();
      });
    });
  }

  destroy(): void {
    this.doc.off('update', this.onLocalUpdate);
    this.awareness?.off('update', this.onAwarenessUpdate);
    this.forgetOthers();
    this.listeners.clear();
  }

  /** Offline or gone, nobody else is known to be here: their presence must not linger. */
  private forgetOthers(): void {
    const awareness = this.awareness;
    if (!awareness) return;
    const others = [...awareness.getStates().keys()].filter((id) => id !== awareness.clientID);
    if (others.length > 0) removeAwarenessStates(awareness, others, this);
  }

  private readonly onAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === this || !this.send || !this.awareness) return;
    const mine = [...changes.added, ...changes.updated, ...changes.removed].filter(
      (id) => id === this.awareness?.clientID,
    );
    // Presence is not an update: it is neither counted nor acknowledged.
    if (mine.length > 0) this.send(encodeAwarenessMessage(this.awareness, mine));
  };

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    this.transmit(encodeSync(UPDATE, update));
    this.checkSynced();
  };

  private transmit(message: Uint8Array): void {
    if (!this.send) return; // offline: the next attach sends everything the relay lacks
    this.sent++;
    if (this.state === 'synced') this.setState('syncing');
    this.send(message);
  }

  private checkSynced(): void {
    if (this.send && this.haveServerState && this.acked >= this.sent && this.state !== 'denied')
      this.setState('synced');
  }

  private setState(state: RoomSyncState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}

function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function encodeAwarenessMessage(awareness: Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((b) => b === 0);
}
