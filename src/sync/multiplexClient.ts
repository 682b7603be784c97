import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { backoffDelay, shouldRetry } from '../protocol/closeCodes';
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

export type ConnectionState = 'offline' | 'connecting' | 'online' | 'stopped';

export interface MultiplexClientOptions {
  /** e.g. `ws://host:8080/sync-multi`. */
  url: string;
  token: () => string | null;
  createSocket: SocketFactory;
  onState?: (state: ConnectionState, closeCode?: number) => void;
  random?: () => number;
}

/**
 * One WebSocket for every case doc this device syncs: rooms join and leave over it, and it
 * reconnects with jittered backoff after a drop. A 44xx close (auth, revoked) stops it.
 */
export class MultiplexClient {
  state: ConnectionState = 'offline';
  lastCloseCode: number | null = null;
  private socket: SocketLike | null = null;
  private readonly rooms = new Map<string, RoomBinding>();
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private wanted = false;

  constructor(private readonly options: MultiplexClientOptions) {}

  start(): void {
    this.wanted = true;
    if (!this.socket && this.timer === null) this.connect();
  }

  stop(): void {
    this.wanted = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.socket?.close(1000, 'stoppad');
    this.socket = null;
    this.setState('stopped');
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
    const socket = this.options.createSocket(`${this.options.url}?token=${encodeURIComponent(token)}`);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.setState('online');
      for (const binding of this.rooms.values()) this.attachRoom(binding);
    };
    socket.onmessage = (event) => this.onFrame(event.data);
    socket.onerror = () => undefined; // onclose follows
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.lastCloseCode = event.code;
      for (const binding of this.rooms.values()) binding.detach();
      if (!this.wanted) return;
      if (!shouldRetry(event.code)) {
        this.wanted = false;
        this.setState('stopped', event.code);
        return;
      }
      this.setState('offline', event.code);
      this.timer = setTimeout(() => this.connect(), backoffDelay(this.attempt++, this.options.random));
    };
  }

  private attachRoom(binding: RoomBinding): void {
    const socket = this.socket;
    if (!socket) return;
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
    const binding = this.rooms.get(frame.room);
    if (!binding) return;
    if (frame.kind === MuxKind.message) binding.receive(frame.payload);
    else if (frame.kind === MuxKind.ack) binding.acknowledge(frame.count);
    else if (frame.kind === MuxKind.denied) binding.deny(frame.code);
  }

  private setState(state: ConnectionState, code?: number): void {
    this.state = state;
    this.options.onState?.(state, code);
  }
}
