import * as Y from 'yjs';
import type { Room, RoomMember } from '../rooms/room';
import { decodeClientUpdate, decodeYMessage, encodeAwareness, MessageType, SyncStep } from '../rooms/yMessages';
import { rateLimited } from './relayErrors';

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
 *
 * Every part of the message is decoded where it is used and a malformed one throws
 * `badMessage` (4400); the allowance is taken before the costly decodes.
 */
export async function handleRoomMessage(
  room: Room,
  member: RoomMember,
  bytes: Uint8Array,
  hooks: MessageHooks,
): Promise<void> {
  const message = decodeYMessage(bytes);
  switch (message.type) {
    case MessageType.sync: {
      const { step, payload } = message;
      // A step 1 makes the relay send the whole room: it draws on the allowance like an edit.
      if (!hooks.allowUpdate()) throw rateLimited();
      if (step === SyncStep.step1) return room.answerStep1(member, payload);
      // An empty update (nothing new) is not worth a row.
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
      return room.relayAwareness(member, message.update);
    case MessageType.queryAwareness: {
      if (!hooks.allowUpdate()) throw rateLimited();
      const present = room.awareness.encodeAll();
      if (present) member.send(encodeAwareness(present));
      return;
    }
    case MessageType.auth:
      return;
  }
}

/** Whether an update holds items the room does not have (its deletions aside). Throws `badMessage` on a malformed one. */
function addsContent(room: Room, update: Uint8Array): boolean {
  const incoming = decodeClientUpdate(update).stateVector;
  if (incoming.size === 0) return false;
  const have = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(room.state()));
  for (const [client, clock] of incoming) if (clock > (have.get(client) ?? 0)) return true;
  return false;
}
