import { CloseCode } from '../../../src/protocol/closeCodes';

/** An expected failure that ends one socket with a named close code; the relay lives on. */
export class SocketClosingError extends Error {
  override name = 'SocketClosingError';
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A room that has reached its size bound: the writer is refused that room (a `denied` frame on
 * the multiplexed socket, which stays open for its other cases; a close on a single-room socket).
 */
export class RoomFullError extends SocketClosingError {
  override name = 'RoomFullError';
  constructor() {
    super(CloseCode.tooLarge, 'ärendet har nått sin största tillåtna storlek');
  }
}

export const badMessage = (why: string) => new SocketClosingError(CloseCode.badMessage, why);
export const rateLimited = () => new SocketClosingError(CloseCode.tryAgainLater, 'för många uppdateringar');

/**
 * Runs one decode of client bytes (lib0, yjs, JSON, TextDecoder): whatever it throws means the
 * client sent garbage, so it becomes `badMessage` (4400). Call it around the decode alone,
 * never around the relay's own work, so a store failure still reads as one.
 */
export function decodeOrReject<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof SocketClosingError) throw error;
    throw badMessage(`ogiltig ${what}`);
  }
}

/**
 * The close code for an error thrown while handling a frame. Every decode of client input
 * raises a SocketClosingError where it happens (see `decodeOrReject`), so anything else is
 * the relay's own failure: 1011, and the client tries again.
 */
export function closeCodeFor(error: unknown): number {
  return error instanceof SocketClosingError ? error.code : CloseCode.internalError;
}
