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

export const badMessage = (why: string) => new SocketClosingError(CloseCode.badMessage, why);
export const rateLimited = () => new SocketClosingError(CloseCode.tryAgainLater, 'för många uppdateringar');

/** The close code for any error thrown while handling a frame. */
export function closeCodeFor(error: unknown): number {
  if (error instanceof SocketClosingError) return error.code;
  // Decoding errors from lib0/yjs mean the client sent garbage.
  if (error instanceof Error && /unexpected end|out of range|integer|malformed|invalid|decod/i.test(error.message)) {
    return CloseCode.badMessage;
  }
  return CloseCode.internalError;
}
