import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { backoffDelay, mayJoinLater, shouldRetry } from '../protocol/closeCodes';
import { decodeMuxFrame, encodeMuxFrame, MuxKind } from '../protocol/multiplex';
import { RoomBinding } from './roomBinding';

/** The part of the WebSocket API we use; the browser's and the `ws` package's both fit. */
export interface SocketLike {
  binaryType: string;
  readyState: number;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}
export type SocketFactory = (url: string) => SocketLike;

/** `stale`: connected, but the relay has gone quiet (a half-open socket); reconnecting. */
export type ConnectionState = 'offline' | 'connecting' | 'online' | 'stale' | 'stopped';

/** How often the client asks "are you there?" while connected. */
export const HEARTBEAT_EVERY_MS = 4_000;
/** Silence after which an open socket counts as dead (coverage lost without a close). */
export const HEARTBEAT_TIMEOUT_MS = 10_000;
/** How often the silence is looked at: a dead socket is noticed within timeout + this. */
const HEARTBEAT_CHECK_MS = 1_000;
/** A socket that never opened (no network, relay down) is retried within this, so coverage returning is noticed fast. */
const UNREACHABLE_RETRY_MAX_MS = 1_000;
/** A refused room is asked again after 1 s, 2 s, 4 s … up to this (sooner on a notice). */
const ROOM_RETRY_MAX_MS = 60_000;
/** Close code the client records for a socket it gave up on itself (never sent by the relay). */
export const STALE_SOCKET_CODE = 4000;

export interface MultiplexClientOptions {
  /** e.g. `ws://host:8080/sync-multi`. */
  url: string;
  token: () => string | null;
  createSocket: SocketFactory;
  onState?: (state: ConnectionState, closeCode?: number) => void;
  /** The relay says this case is new to this device's person, or changed. */
  onNotice?: (caseId: string, seq: number) => void;
  random?: () => number;
  /** Heartbeat timing (defaults above); tests shorten it. */
  heartbeat?: { everyMs: number; timeoutMs: number };
  /**
   * A single-use ticket to open the socket with, so the token stays out of its URL: a ticket,
   * a close code when the relay refused the token itself (4401, 4410), or null when it could not
   * be fetched (no coverage). Without it, the token goes in the URL (scripts, tests).
   */
  ticket?: () => Promise<string | { refused: number } | null>;
}

/**
 * One WebSocket for every case doc this device syncs: rooms join and leave over it, and it
 * reconnects with jittered backoff after a drop. A 44xx close (auth, revoked) stops it. A room
 * the relay refuses for now (case not created yet, no access yet) is asked again later, and at
 * once when the relay announces a change of that case. A heartbeat finds a socket that went
 * quiet without closing.
 */
export class MultiplexClient {
  state: ConnectionState = 'offline';
  lastCloseCode: number | null = null;
  private socket: SocketLike | null = null;
  /** Counts connection attempts, so an attempt overtaken while fetching its ticket gives up. */
  private connects = 0;
  private readonly rooms = new Map<string, RoomBinding>();
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private wanted = false;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private lastHeard = 0;
  /** Cases whose rooms wait (not joined) until the relay holds the case. */
  private readonly held = new Set<string>();
  private readonly roomRetries = new Map<string, { attempt: number; timer: ReturnType<typeof setTimeout> | null }>();

  constructor(private readonly options: MultiplexClientOptions) {}

  start(): void {
    this.wanted = true;
    if (!this.socket && this.timer === null) this.connect();
  }

  stop(): void {
    this.wanted = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.stopHeartbeat();
    for (const room of [...this.roomRetries.keys()]) this.clearRoomRetry(room);
    this.socket?.close(1000, 'stoppad');
    this.socket = null;
    this.setState('stopped');
  }

  /** The network is back (or the app came to the front): try now instead of after the backoff. */
  reconnectNow(): void {
    if (!this.wanted || this.socket) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.attempt = 0;
    this.connect();
  }

  /** Keeps the rooms of this case from joining until `release` (its creation is under way). */
  hold(caseId: string): void {
    this.held.add(caseId);
  }

  /** Lets the rooms of a held case join. */
  release(caseId: string): void {
    if (!this.held.delete(caseId) || this.state !== 'online') return;
    for (const binding of this.rooms.values()) if (caseOf(binding.room) === caseId) this.attachRoom(binding);
  }

  /** Asks again, now, for every refused room of this case (`caseId`), or for every refused room. */
  retryRefused(caseId?: string): void {
    for (const binding of this.rooms.values()) {
      if (binding.state !== 'denied' || !mayJoinLater(binding.deniedCode ?? 0)) continue;
      if (caseId !== undefined && caseOf(binding.room) !== caseId) continue;
      this.clearRoomRetry(binding.room);
      this.attachRoom(binding);
    }
  }

  /** Syncs a doc with its room for as long as the binding is held. */
  join(room: string, doc: Y.Doc, awareness?: Awareness): RoomBinding {
    const existing = this.rooms.get(room);
    if (existing) return existing;
    const binding = new RoomBinding(room, doc, awareness);
    this.rooms.set(room, binding);
    if (this.state === 'online') this.attachRoom(binding);
    return binding;
  }

  leave(room: string): void {
    const binding = this.rooms.get(room);
    if (!binding) return;
    this.rooms.delete(room);
    this.clearRoomRetry(room);
    binding.destroy();
    if (this.state === 'online') this.socket?.send(encodeMuxFrame({ kind: MuxKind.leave, room }));
  }

  get roomCount(): number {
    return this.rooms.size;
  }

  private connect(): void {
    this.timer = null;
    const token = this.options.token();
    if (!this.wanted || !token) return;
    this.setState('connecting');
    const attempt = ++this.connects;
    if (!this.options.ticket) return this.open(`${this.options.url}?token=${encodeURIComponent(token)}`);
    void this.options.ticket().then(
      (ticket) => {
        // A newer attempt (reconnectNow) or a stop overtook this one.
        if (attempt !== this.connects || !this.wanted || this.socket) return;
        if (ticket === null) return this.dropSocket(1006, 'unreachable');
        if (typeof ticket !== 'string') return this.dropSocket(ticket.refused, 'unreachable');
        this.open(`${this.options.url}?ticket=${encodeURIComponent(ticket)}`);
      },
      () => attempt === this.connects && this.wanted && !this.socket && this.dropSocket(1006, 'unreachable'),
    );
  }

  private open(url: string): void {
    const socket = this.options.createSocket(url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.attempt = 0;
      this.setState('online');
      this.startHeartbeat(socket);
      for (const binding of this.rooms.values()) this.attachRoom(binding);
    };
    socket.onmessage = (event) => {
      this.lastHeard = Date.now();
      this.onFrame(event.data);
    };
    socket.onerror = () => undefined; // onclose follows
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.dropSocket(event.code, opened ? 'offline' : 'unreachable');
    };
  }

  /** The socket is gone (closed, or given up on): rooms wait, and a new one is tried. */
  private dropSocket(code: number, how: 'offline' | 'unreachable' | 'stale'): void {
    this.socket = null;
    this.stopHeartbeat();
    this.lastCloseCode = code;
    for (const binding of this.rooms.values()) binding.detach();
    for (const room of [...this.roomRetries.keys()]) this.clearRoomRetry(room);
    if (!this.wanted) return;
    if (!shouldRetry(code)) {
      this.wanted = false;
      this.setState('stopped', code);
      return;
    }
    this.setState(how === 'stale' ? 'stale' : 'offline', code);
    // A relay that closed (restart, overload) is given the full backoff; a connection that
    // never opened costs nobody anything, and retrying it soon notices returning coverage.
    const ceiling = how === 'unreachable' ? UNREACHABLE_RETRY_MAX_MS : undefined;
    const delay = backoffDelay(this.attempt++, this.options.random, 500, ceiling);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  private startHeartbeat(socket: SocketLike): void {
    this.stopHeartbeat();
    this.lastHeard = Date.now();
    const timing = this.options.heartbeat ?? { everyMs: HEARTBEAT_EVERY_MS, timeoutMs: HEARTBEAT_TIMEOUT_MS };
    let lastPing = Date.now();
    this.heartbeat = setInterval(
      () => {
        if (this.socket !== socket) return this.stopHeartbeat();
        if (Date.now() - this.lastHeard > timing.timeoutMs) {
          // No close will come from a half-open socket: stop waiting for it and start over.
          socket.onclose = null;
          socket.onmessage = null;
          try {
            socket.close(1000, 'tyst');
          } catch {
            // already closing
          }
          this.dropSocket(STALE_SOCKET_CODE, 'stale');
          return;
        }
        if (Date.now() - lastPing < timing.everyMs) return;
        lastPing = Date.now();
        socket.send(encodeMuxFrame({ kind: MuxKind.ping, room: '' }));
      },
      Math.min(HEARTBEAT_CHECK_MS, timing.everyMs),
    );
  }

  private stopHeartbeat(): void {
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /** A room refused for now is asked again after a growing pause. */
  private scheduleRoomRetry(binding: RoomBinding): void {
    const retry = this.roomRetries.get(binding.room) ?? { attempt: 0, timer: null };
    if (retry.timer !== null) clearTimeout(retry.timer);
    const delay = backoffDelay(retry.attempt++, this.options.random, 1000, ROOM_RETRY_MAX_MS);
    retry.timer = setTimeout(() => {
      retry.timer = null;
      if (this.rooms.get(binding.room) === binding && binding.state === 'denied') this.attachRoom(binding);
    }, delay);
    this.roomRetries.set(binding.room, retry);
  }

  private clearRoomRetry(room: string): void {
    const retry = this.roomRetries.get(room);
    if (retry?.timer != null) clearTimeout(retry.timer);
    this.roomRetries.delete(room);
  }

  private attachRoom(binding: RoomBinding): void {
    const socket = this.socket;
    if (!socket || this.held.has(caseOf(binding.room))) return;
    binding.attach((payload) => socket.send(encodeMuxFrame({ kind: MuxKind.message, room: binding.room, payload })));
  }

  private onFrame(data: unknown): void {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : (data as Uint8Array);
    let frame;
    try {
      frame = decodeMuxFrame(bytes);
    } catch {
      return; // a relay we do not understand: ignore the frame rather than crash the app
    }
    if (frame.kind === MuxKind.pong) return;
    if (frame.kind === MuxKind.notice) {
      this.retryRefused(frame.room);
      this.options.onNotice?.(frame.room, frame.seq);
      return;
    }
    const binding = this.rooms.get(frame.room);
    if (!binding) return;
    if (frame.kind === MuxKind.message) {
      binding.receive(frame.payload);
      if (binding.state === 'synced') this.roomRetries.delete(frame.room);
    } else if (frame.kind === MuxKind.ack) binding.acknowledge(frame.count);
    else if (frame.kind === MuxKind.denied) {
      binding.deny(frame.code);
      if (mayJoinLater(frame.code)) this.scheduleRoomRetry(binding);
    }
  }

  private setState(state: ConnectionState, code?: number): void {
    this.state = state;
    this.options.onState?.(state, code);
  }
}

/** The case a room belongs to (`<caseId>` or `<caseId>.<part>`). */
function caseOf(room: string): string {
  return room.split('.')[0]!;
}
