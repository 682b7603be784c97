import * as decoding from 'lib0/decoding';
import type { Room, RoomMember } from '../rooms/room';
import { encodeAwareness, MessageType, SyncStep } from '../rooms/yMessages';
import { badMessage, rateLimited } from './relayErrors';

export interface MessageHooks {
  /** False when the connection has used up its update allowance. */
  allowUpdate(): boolean;
  /**
   * Called once per update message, after it is stored (`stored` true) or deliberately not
   * (read-only member, nothing new, or a locked room). Acknowledgements count these, in order.
   */
  processed(stored: boolean): void;
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
      if (member.access !== 'write' || (payload.length <= 2 && payload.every((b) => b === 0))) {
        return hooks.processed(false);
      }
      hooks.processed(await room.write(member, payload));
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
