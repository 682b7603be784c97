import type { WebSocket } from 'ws';
import { CloseCode } from '../../../src/protocol/closeCodes';

/** ws's own close code for a frame over `maxPayload` (or a length it cannot represent). */
const WS_MESSAGE_TOO_BIG = 1009;
export const TOO_LARGE_REASON = 'för stort meddelande';

/**
 * Makes ws's refusal of an over-limit frame speak the relay's contract: 4413, not 1009.
 *
 * With `maxPayload` at the frame limit, ws refuses such a frame as soon as it has read the
 * length in its header, so nothing of it is buffered however large it claims to be. It then
 * calls `close(1009)` on the socket itself (receiverOnError in ws/lib/websocket.js); this
 * wraps that one socket's `close` to send 4413 instead. The relay never uses 1009 itself.
 */
export function closeOversizeWith4413(ws: WebSocket): void {
  const close = ws.close.bind(ws);
  ws.close = (code?: number, reason?: string | Buffer) =>
    code === WS_MESSAGE_TOO_BIG ? close(CloseCode.tooLarge, TOO_LARGE_REASON) : close(code, reason);
}
