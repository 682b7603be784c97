import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Room, RoomMember } from '../rooms/room';
import { encodeAwareness, MessageType, SyncStep } from '../rooms/yMessages';
import { badMessage, rateLimited } from './relayErrors';

export type UpdateOutcome = 'stored' | 'unchanged' | 'refused';

export interface MessageHooks {
  /** False when the connection has used up its update allowance. */
  allowUpdate(): boolean;
  /**
   * Called once per update message: `stored`; `unchanged` when deliberately not stored but
   * nothing is lost (nothing new, or a writer's update to a locked room, which it keeps); or
   * `refused` when a reader tried to add content. Acknowledgements count the first two, in order.
   */
  processed(outcome: UpdateOutcome): void;
}

/**
 * Handles one y-websocket message from a member of a room. Updates from a member that may only
 * read are dropped (as y-hub does): it still receives everything, but changes nothing. So are
 * a writer's while the room is locked, even if it joined before the lock.
 */
export async function handleRoomMessage(
  room: Room,
  member: RoomMember,
  message: Uint8Array,
  hooks: MessageHooks,
): Promise<void> {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SyncStep.step1) return room.answerStep1(member, payload);
      if (step !== SyncStep.step2 && step !== SyncStep.update) throw badMessage(`okänt synksteg ${step}`);
      if (!hooks.allowUpdate()) throw rateLimited();
      // A reader's changes are dropped; an empty update (nothing new) is not worth a row.
      if (payload.length <= 2 && payload.every((b) => b === 0)) return hooks.processed('unchanged');
      // A reader's device answers the relay's sync step 1 with its deletions (Yjs always sends
      // the whole delete set): that is no attempt to write. Only new content is refused.
      if (member.access !== 'write') return hooks.processed(addsContent(room, payload) ? 'refused' : 'unchanged');
      hooks.processed((await room.write(member, payload)) ? 'stored' : 'unchanged');
      return;
    }
    case MessageType.awareness:
      // Presence costs the relay as much as edits do: it draws on the same allowance.
      if (!hooks.allowUpdate()) throw rateLimited();
      return room.relayAwareness(member, decoding.readVarUint8Array(decoder));
    case MessageType.queryAwareness: {
      if (!hooks.allowUpdate()) throw rateLimited();
      const present = room.awareness.encodeAll();
      if (present) member.send(encodeAwareness(present));
      return;
    }
    case MessageType.auth:
      return;
    default:
      throw badMessage(`okänd meddelandetyp ${type}`);
  }
}

/** Whether an update holds items the room does not have (its deletions aside). */
function addsContent(room: Room, update: Uint8Array): boolean {
  const incoming = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));
  if (incoming.size === 0) return false;
  const have = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(room.state()));
  for (const [client, clock] of incoming) if (clock > (have.get(client) ?? 0)) return true;
  return false;
}
