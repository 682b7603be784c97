import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { badMessage, decodeOrReject } from '../connections/relayErrors';

interface Entry {
  clock: number;
  state: string;
}

/** Presence is small (a name, a colour, a field): bound it so no client can fill memory with it. */
export const MAX_AWARENESS_STATE_BYTES = 4096;
export const MAX_AWARENESS_CLIENTS_PER_ROOM = 200;
const MAX_CLIENTS_PER_UPDATE = 64;

/**
 * Decodes a client's awareness update whole before anything of it is kept or relayed: a
 * malformed one (truncated, too many clients, a state too large or not JSON, which every
 * y-protocols client would choke on) throws `badMessage` and changes nothing.
 */
export function decodeAwarenessUpdate(update: Uint8Array): [clientId: number, Entry][] {
  return decodeOrReject('närvarouppdatering', () => {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_CLIENTS_PER_UPDATE)
      throw badMessage('malformed awareness: för många klienter i en närvarouppdatering');
    const entries: [number, Entry][] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      if (state.length > MAX_AWARENESS_STATE_BYTES) throw badMessage('malformed awareness: för stort närvarotillstånd');
      JSON.parse(state);
      entries.push([clientId, { clock, state }]);
    }
    return entries;
  });
}

/**
 * Presence (who is in the case, which field they are in) for one room: kept in memory while the
 * room is loaded, so a newcomer sees who is there; never stored.
 */
export class AwarenessStates {
  private readonly entries = new Map<number, Entry>();
  /** Which connection announced each client id: no other connection may speak for it. */
  private readonly owners = new Map<number, object>();

  /**
   * Applies an awareness update from `owner` (a connection); returns the client ids it took and
   * the update to relay. An entry for a client id another connection announced is dropped, and
   * a state's `user` is replaced by who the token names (`stamp`), so presence cannot pose as
   * someone else. Throws `badMessage` on a malformed update.
   */
  apply(
    update: Uint8Array,
    owner: object = this,
    stamp?: { name: string; orgName: string },
  ): { ids: number[]; relay: Uint8Array | null } {
    const decoded = decodeAwarenessUpdate(update);
    const taken: [number, number, string][] = [];
    for (const [clientId, entry] of decoded) {
      const holder = this.owners.get(clientId);
      if (holder !== undefined && holder !== owner) continue;
      const known = this.entries.get(clientId);
      if (known && known.clock > entry.clock) continue;
      const state = entry.state === 'null' || !stamp ? entry.state : stamped(entry.state, stamp);
      if (state === 'null') {
        this.entries.delete(clientId);
        this.owners.delete(clientId);
      } else if (known || this.entries.size < MAX_AWARENESS_CLIENTS_PER_ROOM) {
        this.entries.set(clientId, { clock: entry.clock, state });
        this.owners.set(clientId, owner);
      } else continue;
      taken.push([clientId, entry.clock, state]);
    }
    return { ids: taken.map(([id]) => id), relay: taken.length ? encodeEntries(taken) : null };
  }

  /** All current states as one awareness update, or null when nobody is there. */
  encodeAll(): Uint8Array | null {
    if (this.entries.size === 0) return null;
    return encodeEntries([...this.entries].map(([id, e]) => [id, e.clock, e.state]));
  }

  /** Removes clients (their connection closed) and returns the update that tells the others. */
  remove(clientIds: Iterable<number>): Uint8Array | null {
    const removed: [number, number, string][] = [];
    for (const id of clientIds) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      this.entries.delete(id);
      this.owners.delete(id);
      removed.push([id, entry.clock + 1, 'null']);
    }
    return removed.length ? encodeEntries(removed) : null;
  }
}

/** A presence state with its `user` as the token names the person (other fields kept). */
function stamped(state: string, stamp: { name: string; orgName: string }): string {
  const parsed = JSON.parse(state) as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return state;
  return JSON.stringify({ ...parsed, user: { name: stamp.name, orgName: stamp.orgName } });
}

function encodeEntries(entries: [number, number, string][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
