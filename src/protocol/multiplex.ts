import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The many-cases-one-connection protocol on `/sync-multi`. Every frame names its room, so one
 * WebSocket carries the sync of hundreds of case docs (browsers cap sockets near 200–255).
 *
 *   frame = varUint(kind) varString(room) payload
 *   kind message: payload is a standard y-websocket message (sync or awareness) for the room;
 *                 the first message for a room joins it (checked against its participants)
 *   kind leave:   client leaves the room (no payload)
 *   kind denied:  relay refuses the room: varUint(close code) varString(reason)
 *   kind ack:     relay has stored every update this connection sent for the room so far:
 *                 varUint(count of update messages acknowledged)
 *   kind notice:  relay → client, `room` is a case id: the case is new to this device's person
 *                 or changed since; varUint(seq), the case's change counter (as in listings)
 *   kind ping:    client → relay, `room` empty: are you there? The relay answers with pong.
 *   kind pong:    relay → client, `room` empty. A socket that hears nothing for a while is dead
 *                 even if no close arrived (coverage lost mid-connection).
 */
export const MuxKind = { message: 0, leave: 1, denied: 2, ack: 3, notice: 4, ping: 5, pong: 6 } as const;
export type MuxKindValue = (typeof MuxKind)[keyof typeof MuxKind];

export type MuxFrame =
  | { kind: typeof MuxKind.message; room: string; payload: Uint8Array }
  | { kind: typeof MuxKind.leave; room: string }
  | { kind: typeof MuxKind.denied; room: string; code: number; reason: string }
  | { kind: typeof MuxKind.ack; room: string; count: number }
  | { kind: typeof MuxKind.notice; room: string; seq: number }
  | { kind: typeof MuxKind.ping; room: '' }
  | { kind: typeof MuxKind.pong; room: '' };

export function encodeMuxFrame(frame: MuxFrame): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, frame.kind);
  encoding.writeVarString(encoder, frame.room);
  switch (frame.kind) {
    case MuxKind.message:
      encoding.writeUint8Array(encoder, frame.payload);
      break;
    case MuxKind.denied:
      encoding.writeVarUint(encoder, frame.code);
      encoding.writeVarString(encoder, frame.reason);
      break;
    case MuxKind.ack:
      encoding.writeVarUint(encoder, frame.count);
      break;
    case MuxKind.notice:
      encoding.writeVarUint(encoder, frame.seq);
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes a frame; throws on anything malformed (the caller closes that socket with 4400). */
export function decodeMuxFrame(data: Uint8Array): MuxFrame {
  const decoder = decoding.createDecoder(data);
  const kind = decoding.readVarUint(decoder);
  const room = decoding.readVarString(decoder);
  switch (kind) {
    case MuxKind.message:
      return { kind, room, payload: decoding.readTailAsUint8Array(decoder) };
    case MuxKind.leave:
      return { kind, room };
    case MuxKind.denied:
      return { kind, room, code: decoding.readVarUint(decoder), reason: decoding.readVarString(decoder) };
    case MuxKind.ack:
      return { kind, room, count: decoding.readVarUint(decoder) };
    case MuxKind.notice:
      return { kind, room, seq: decoding.readVarUint(decoder) };
    case MuxKind.ping:
    case MuxKind.pong:
      if (room !== '') throw new Error(`${kind === MuxKind.ping ? 'ping' : 'pong'} names no room`);
      return { kind, room };
    default:
      throw new Error(`unknown frame kind ${kind}`);
  }
}
