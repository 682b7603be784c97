import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { badMessage, decodeOrReject } from '../connections/relayErrors';

/** y-websocket message and sync-step numbers (y-protocols), kept here so the relay owns its wire. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncStep = { step1: 0, step2: 1, update: 2 } as const;
type SyncStepValue = (typeof SyncStep)[keyof typeof SyncStep];

/** One y-websocket message from a client; payloads are still to be decoded (after rate limits). */
export type YMessage =
  | { type: typeof MessageType.sync; step: SyncStepValue; payload: Uint8Array }
  | { type: typeof MessageType.awareness; update: Uint8Array }
  | { type: typeof MessageType.auth | typeof MessageType.queryAwareness };

export function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Decodes a client's y-websocket message; throws `badMessage` on anything malformed. */
export function decodeYMessage(message: Uint8Array): YMessage {
  return decodeOrReject('meddelande', () => {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const step = decoding.readVarUint(decoder);
        if (step !== SyncStep.step1 && step !== SyncStep.step2 && step !== SyncStep.update)
          throw badMessage(`okänt synksteg ${step}`);
        return { type, step, payload: decoding.readVarUint8Array(decoder) };
      }
      case MessageType.awareness:
        return { type, update: decoding.readVarUint8Array(decoder) };
      case MessageType.auth:
      case MessageType.queryAwareness:
        return { type };
      default:
        throw badMessage(`okänd meddelandetyp ${type}`);
    }
  });
}

/** What the relay learns of a client's update by decoding it: never its content. */
export interface DecodedUpdate {
  /** client → next clock */
  readonly stateVector: Map<number, number>;
  /** Whether it deletes anything (the room then holds deleted content until compacted). */
  readonly deletes: boolean;
}

/**
 * Decodes a client's Yjs update as far as the relay ever will (its structs, its delete set and
 * its state vector), so a malformed one is refused before it is stored or compared; throws
 * `badMessage`.
 */
export function decodeClientUpdate(update: Uint8Array): DecodedUpdate {
  return decodeOrReject('uppdatering', () => {
    const { ds } = Y.decodeUpdate(update);
    return {
      stateVector: Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)),
      deletes: ds.clients.size > 0,
    };
  });
}

/** Checks a client's state vector (sync step 1) before the relay diffs against it; throws `badMessage`. */
export function decodeClientStateVector(stateVector: Uint8Array): Uint8Array {
  decodeOrReject('tillståndsvektor', () => Y.decodeStateVector(stateVector));
  return stateVector;
}
