import type { WebSocket } from 'ws';
import { CloseCode } from '../../../src/protocol/closeCodes';
import { decodeMuxFrame, encodeMuxFrame, MuxKind } from '../../../src/protocol/multiplex';
import { roomName } from '../../../src/protocol/rooms';
import type { Identity } from '../../../src/protocol/identity';
import { decideJoin } from '../rooms/joinRoom';
import { recordJoin } from '../access/accessRecorder';
import type { Room, RoomMember } from '../rooms/room';
import { TokenBucket } from './limits';
import { closeCodeFor, RoomFullError } from './relayErrors';
import { handleRoomMessage } from './roomMessages';
import type { RelayContext } from './relayContext';
import { closeWith, sendTo, toBytes } from './socketIo';

interface Membership {
  joined: Promise<{ room: Room; member: RoomMember } | null>;
  chain: Promise<unknown>;
  acked: number;
}

/**
 * `/sync-multi`: many rooms over one socket (see src/protocol/multiplex.ts). A refused room
 * gets a `denied` frame and the socket stays open for the others; a malformed frame closes it.
 */
export function serveMultiplex(ws: WebSocket, identity: Identity, ctx: RelayContext): void {
  const bucket = new TokenBucket(ctx.limits.updatesPerSecond, ctx.limits.updateBurst);
  const rooms = new Map<string, Membership>();
  const stopNotices = ctx.notices.add(ws, identity);

  const fail = (error: unknown, room?: string) => {
    const code = closeCodeFor(error);
    if (code === CloseCode.internalError) ctx.log.error({ err: error, room }, 'fel i rum');
    // Hostile or broken clients show in the log by code and device, never by content.
    else ctx.log.info({ code, room, deviceId: identity.deviceId }, 'anslutning stängd: ogiltigt meddelande');
    closeWith(ws, code, code === CloseCode.internalError ? 'internt fel' : 'ogiltigt meddelande');
  };

  const join = (name: string, entry: Membership) => async () => {
    const decision = await decideJoin(ctx.store, identity, name);
    recordJoin(ctx.access, identity, name, decision);
    if (!decision.ok) {
      rooms.delete(name);
      // An unknown case is often just not created yet (the client asks again): not worth a line.
      const level = decision.code === CloseCode.unknownCase ? 'debug' : 'info';
      ctx.log[level]({ room: name, code: decision.code, deviceId: identity.deviceId }, 'rum nekat');
      sendTo(ws, encodeMuxFrame({ kind: MuxKind.denied, room: name, code: decision.code, reason: decision.reason }));
      return null;
    }
    const room = await ctx.registry.acquire(roomName(decision.room.caseId, decision.room.part));
    const member: RoomMember = {
      access: decision.access,
      identity,
      awarenessClients: new Set(),
      send: (payload) => sendTo(ws, encodeMuxFrame({ kind: MuxKind.message, room: name, payload })),
    };
    if (ws.readyState !== ws.OPEN || rooms.get(name) !== entry) return null;
    room.join(member);
    return { room, member };
  };

  const onMessage = (name: string, payload: Uint8Array) => {
    let entry = rooms.get(name);
    if (!entry) {
      if (rooms.size >= ctx.limits.roomsPerConnection) {
        sendTo(
          ws,
          encodeMuxFrame({ kind: MuxKind.denied, room: name, code: CloseCode.tooMany, reason: 'för många rum' }),
        );
        return;
      }
      const created: Membership = { joined: Promise.resolve(null), chain: Promise.resolve(), acked: 0 };
      created.joined = join(name, created)();
      created.chain = created.joined;
      rooms.set(name, created);
      entry = created;
    }
    const current = entry;
    current.chain = current.chain
      .then(async () => {
        const joined = await current.joined;
        if (!joined) return;
        const caseId = joined.room.name.split('.')[0]!;
        await handleRoomMessage(joined.room, joined.member, payload, {
          allowUpdate: () => bucket.take(),
          processed: (outcome) => {
            if (outcome === 'refused') {
              // An ack means "stored": a reader's change is refused instead, so its device shows a sync error.
              sendTo(
                ws,
                encodeMuxFrame({
                  kind: MuxKind.denied,
                  room: name,
                  code: CloseCode.forbidden,
                  reason: 'skrivskyddad del',
                }),
              );
              return;
            }
            current.acked++;
            sendTo(ws, encodeMuxFrame({ kind: MuxKind.ack, room: name, count: current.acked }));
            if (outcome !== 'stored') return;
            ctx.caseChanged(caseId);
            ctx.registry.maybeCompact(joined.room);
          },
        });
      })
      .catch((error) => {
        // A full room is refused on its own; the device's other cases stay on this socket.
        if (!(error instanceof RoomFullError)) return fail(error, name);
        ctx.log.info({ room: name, deviceId: identity.deviceId }, 'rummet är fullt');
        sendTo(ws, encodeMuxFrame({ kind: MuxKind.denied, room: name, code: error.code, reason: error.message }));
      });
  };

  const leave = async (name: string) => {
    const entry = rooms.get(name);
    rooms.delete(name);
    const joined = await entry?.joined.catch(() => null);
    if (joined) joined.room.leave(joined.member);
  };

  ws.on('message', (data) => {
    const bytes = toBytes(data);
    if (bytes.length > ctx.limits.maxFrameBytes) return closeWith(ws, CloseCode.tooLarge, 'för stort meddelande');
    let frame;
    try {
      frame = decodeMuxFrame(bytes);
    } catch {
      return closeWith(ws, CloseCode.badMessage, 'ogiltig ram');
    }
    if (frame.kind === MuxKind.message) onMessage(frame.room, frame.payload);
    else if (frame.kind === MuxKind.leave) void leave(frame.room);
    // The client's heartbeat: a pong proves the way back works too. It draws on the allowance.
    else if (frame.kind === MuxKind.ping) {
      if (!bucket.take()) return closeWith(ws, CloseCode.tryAgainLater, 'för många meddelanden');
      sendTo(ws, encodeMuxFrame({ kind: MuxKind.pong, room: '' }));
    } else closeWith(ws, CloseCode.badMessage, 'oväntad ram');
  });
  ws.on('close', () => {
    stopNotices();
    for (const name of [...rooms.keys()]) void leave(name);
  });
}
