/**
 * A minimal Yjs sync client speaking either the plain y-websocket wire protocol (our relay's
 * `/sync/<room>` and @y/websocket-server) or Hocuspocus's (the same sync messages, each
 * prefixed with the document name, after an auth message). One core for all three servers,
 * so the load is the same and client cost is identical; no awareness traffic.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type Flavor = 'y-websocket' | 'hocuspocus';

const SYNC = 0;
const AUTH = 2;
const SYNC_REPLY = 4; // hocuspocus only
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

export interface RawClientOptions {
  /** e.g. ws://127.0.0.1:1234/sync */
  base: string;
  room: string;
  doc: Y.Doc;
  flavor: Flavor;
  token?: string;
  timeoutMs?: number;
}

export class RawRoomClient {
  readonly doc: Y.Doc;
  readonly room: string;
  private readonly flavor: Flavor;
  private ws!: WebSocket;
  private step1Sent = 0;
  private step2Received = 0;
  private lastStep2: Uint8Array | null = null;
  private waiters: (() => void)[] = [];
  closed = false;
  error: Error | null = null;
  /** Called after every remote update (step 2 or update) was applied to the doc. */
  onRemote: ((client: RawRoomClient) => void) | null = null;

  private constructor(options: RawClientOptions) {
    this.doc = options.doc;
    this.room = options.room;
    this.flavor = options.flavor;
    this.doc.on('update', this.onLocalUpdate);
  }

  /** Opens the socket and resolves once the first exchange of state is done. */
  static async connect(options: RawClientOptions): Promise<RawRoomClient> {
    const client = new RawRoomClient(options);
    await client.open(options);
    return client;
  }

  private open(options: RawClientOptions): Promise<void> {
    const timeoutMs = options.timeoutMs ?? 15_000;
    const token = options.token ? `?token=${encodeURIComponent(options.token)}` : '';
    const ws = new WebSocket(`${options.base}/${encodeURIComponent(options.room)}${token}`, {
      perMessageDeflate: false,
    });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout connecting ${options.room}`)), timeoutMs);
      ws.on('error', (err) => {
        this.error = err;
        clearTimeout(timer);
        reject(err);
      });
      ws.on('close', (code) => {
        this.closed = true;
        clearTimeout(timer);
        reject(new Error(`closed ${code} before sync (${options.room})`));
        for (const w of this.waiters.splice(0)) w();
      });
      ws.on('message', (data: Buffer) => this.onMessage(data));
      ws.on('open', () => {
        if (this.flavor === 'hocuspocus') {
          const e = this.encoder();
          encoding.writeVarUint(e, AUTH);
          encoding.writeVarUint(e, 0); // token
          encoding.writeVarString(e, options.token ?? '');
          ws.send(encoding.toUint8Array(e));
        }
        this.sendStep1(Y.encodeStateVector(this.doc));
        this.untilStep2(this.step1Sent).then(() => {
          clearTimeout(timer);
          resolve();
        }, reject);
      });
    });
  }

  /**
   * Resolves once the server holds everything this doc has: asks for its full state (a step 1
   * with an empty state vector; servers answer step 1s in order) until it covers our clock.
   */
  async confirmStored(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const mine = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    for (;;) {
      this.sendStep1(new Uint8Array([0]));
      await this.untilStep2(this.step1Sent);
      const theirs = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(this.lastStep2!));
      if ([...mine].every(([client, clock]) => (theirs.get(client) ?? 0) >= clock)) return;
      if (Date.now() > deadline) throw new Error(`server never stored ${this.room}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close(): Promise<void> {
    this.doc.off('update', this.onLocalUpdate);
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, 3000);
      this.ws.once('close', () => {
        clearTimeout(t);
        resolve();
      });
      this.ws.close();
    });
  }

  private untilStep2(n: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.step2Received >= n) return resolve();
        if (this.closed) return reject(new Error(`socket closed (${this.room})`));
        this.waiters.push(check);
      };
      check();
    });
  }

  private encoder(): encoding.Encoder {
    const e = encoding.createEncoder();
    if (this.flavor === 'hocuspocus') encoding.writeVarString(e, this.room);
    return e;
  }

  private sendSync(step: number, payload: Uint8Array): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    const e = this.encoder();
    encoding.writeVarUint(e, SYNC);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
    this.ws.send(encoding.toUint8Array(e));
  }

  private sendStep1(sv: Uint8Array): void {
    this.step1Sent++;
    this.sendSync(STEP1, sv);
  }

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== this) this.sendSync(UPDATE, update);
  };

  private onMessage(data: Buffer): void {
    const d = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (this.flavor === 'hocuspocus') decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    if (type === AUTH && this.flavor === 'hocuspocus') {
      if (decoding.readVarUint(d) === 1) {
        this.error = new Error(`hocuspocus denied ${this.room}: ${decoding.readVarString(d)}`);
        this.ws.close();
      }
      return;
    }
    if (type !== SYNC && !(type === SYNC_REPLY && this.flavor === 'hocuspocus')) return; // awareness, sync status
    const step = decoding.readVarUint(d);
    const payload = decoding.readVarUint8Array(d);
    if (step === STEP1) {
      const missing = Y.encodeStateAsUpdate(this.doc, payload);
      if (!(missing.length <= 2 && missing.every((b) => b === 0))) this.sendSync(STEP2, missing);
      return;
    }
    if (step !== STEP2 && step !== UPDATE) return;
    Y.applyUpdate(this.doc, payload, this);
    if (step === STEP2) {
      this.step2Received++;
      this.lastStep2 = payload;
      for (const w of this.waiters.splice(0)) w();
    }
    this.onRemote?.(this);
  }
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return out;
}
