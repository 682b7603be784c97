import type { WebSocket } from 'ws';
import { CloseCode } from '../../../src/protocol/closeCodes';
import { roomName } from '../../../src/protocol/rooms';
import type { Identity } from '../../../src/protocol/identity';
import { decideJoin } from '../rooms/joinRoom';
import { recordJoin } from '../access/accessRecorder';
import type { Room, RoomMember } from '../rooms/room';
import { TokenBucket } from './limits';
import { closeCodeFor } from './relayErrors';
import { handleRoomMessage, type UpdateOutcome } from './roomMessages';
import type { RelayContext } from './relayContext';
import { closeWith, sendTo, toBytes } from './socketIo';

/**
 * `/sync/<room>`: one room per socket, the plain y-websocket protocol, so a stock
 * WebsocketProvider works. The message listener is attached at once and frames queue behind
 * the join check, so nothing a client sends right after opening is lost.
 */
export function serveSingleRoom(ws: WebSocket, identity: Identity, name: string, ctx: RelayContext): void {
  const bucket = new TokenBucket(ctx.limits.updatesPerSecond, ctx.limits.updateBurst);
  let joined: { room: Room; member: RoomMember } | null = null;
  const hooks = { allowUpdate: () => bucket.take(), processed: (_outcome: UpdateOutcome) => {} };
  const fail = (error: unknown) => {
    const code = closeCodeFor(error);
    if (code === CloseCode.internalError) ctx.log.error({ err: error, room: name }, 'fel i rum');
    // Hostile or broken clients show in the log by code and device, never by content.
    else ctx.log.info({ code, room: name, deviceId: identity.deviceId }, 'anslutning stängd: ogiltigt meddelande');
    closeWith(ws, code, code === CloseCode.internalError ? 'internt fel' : 'ogiltigt meddelande');
  };

  let chain: Promise<unknown> = (async () => {
    const decision = await decideJoin(ctx.store, identity, name);
    recordJoin(ctx.access, identity, name, decision);
    if (!decision.ok) {
      ctx.log.info({ room: name, code: decision.code, deviceId: identity.deviceId }, 'rum nekat');
      closeWith(ws, decision.code, decision.reason);
      return;
    }
    const room = await ctx.registry.acquire(roomName(decision.room.caseId, decision.room.part));
    const member: RoomMember = {
      access: decision.access,
      identity,
      awarenessClients: new Set(),
      send: (m) => sendTo(ws, m),
    };
    if (ws.readyState !== ws.OPEN) return;
    joined = { room, member };
    room.join(member);
    const caseId = decision.room.caseId;
    hooks.processed = (outcome) => {
      if (outcome !== 'stored') return;
      ctx.caseChanged(caseId);
      ctx.registry.maybeCompact(room);
    };
  })().catch((error) => fail(error));

  ws.on('message', (data) => {
    const bytes = toBytes(data);
    if (bytes.length > ctx.limits.maxFrameBytes) return closeWith(ws, CloseCode.tooLarge, 'för stort meddelande');
    chain = chain
      .then(async () => {
        if (joined && ws.readyState === ws.OPEN) await handleRoomMessage(joined.room, joined.member, bytes, hooks);
      })
      .catch(fail);
  });
  ws.on('close', () => {
    if (joined) joined.room.leave(joined.member);
  });
}
