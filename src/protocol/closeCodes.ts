/**
 * WebSocket close codes shared by the relay and the app. 44xx: do not retry (the same request
 * will fail again); 1011/1012/1013: retry with jittered backoff.
 */
export const CloseCode = {
  normal: 1000,
  /** The relay hit a bug; the client may try again. */
  internalError: 1011,
  /** The relay is restarting (SIGTERM). */
  serviceRestart: 1012,
  /** Overloaded or rate-limited: back off and try again. */
  tryAgainLater: 1013,
  /** A frame that is not a valid message. */
  badMessage: 4400,
  /** No token, a bad signature or an expired token: refresh or enroll again. */
  unauthorized: 4401,
  /** Authenticated, but not a participant of this case (or not allowed this part). */
  forbidden: 4403,
  /**
   * The case is not (yet) known to the relay. Per room only, never a socket close: the author's
   * device creates a case before joining it, so this passes once that creation arrives.
   */
  unknownCase: 4404,
  /** The device was revoked by an administrator. */
  revoked: 4410,
  /** A frame over the size limit. */
  tooLarge: 4413,
  /** Too many connections from this device, or too many rooms on one connection. */
  tooMany: 4429,
} as const;
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** Whether a client should reconnect after this close code. */
export function shouldRetry(code: number): boolean {
  return !(code >= 4400 && code < 4500);
}

/**
 * Whether a room refused with this code may be let in later, so the client asks again: the
 * case may not be created yet (4404), access may come with a submission or a team change
 * (4403), or the connection was full (4429). A malformed or oversized request never passes.
 */
export function mayJoinLater(code: number): boolean {
  return code === CloseCode.unknownCase || code === CloseCode.forbidden || code === CloseCode.tooMany;
}

/** Reconnect delay: exponential with full jitter, so a relay restart is not met by a stampede. */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  baseMs = 500,
  maxMs = 10_000,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
