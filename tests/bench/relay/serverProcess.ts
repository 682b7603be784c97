/** Parent side: starts one server in its own Node process (with IPC) and talks to it. */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const live = new Set<ChildProcess>();
/** Temp data dirs of our relay's children, removed by the parent whatever happens to a child. */
const dataDirs = new Set<string>();

function removeDataDir(dir: string | null): void {
  if (!dir) return;
  rmSync(dir, { recursive: true, force: true });
  dataDirs.delete(dir);
}

/** Kills every child still running (called on exit, on signals and on the watchdog). */
export function killAllChildren(): void {
  for (const child of live) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  live.clear();
  for (const dir of [...dataDirs]) removeDataDir(dir);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface Mem {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  gc: boolean;
}

export type ServerKind = 'ours' | 'yws' | 'hocuspocus';

export class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    readonly kind: ServerKind,
    readonly child: ChildProcess,
    readonly port: number,
    private readonly dataDir: string | null,
  ) {
    child.on('message', (raw) => {
      const msg = raw as { id?: number; ok?: boolean; result?: unknown; error?: string };
      if (msg.id === undefined) return;
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(`${kind}: ${msg.error}`));
    });
    child.on('exit', (code, signal) => {
      for (const p of this.pending.values()) p.reject(new Error(`${kind} exited (${code ?? signal})`));
      this.pending.clear();
    });
  }

  static async start(kind: ServerKind, timeoutMs = 20_000): Promise<ServerProcess> {
    const port = await freePort();
    const dataDir = kind === 'ours' ? mkdtempSync(join(tmpdir(), 'samverka-bench-relay-')) : null;
    if (dataDir) dataDirs.add(dataDir);
    const child = fork(join(here, 'servers', `${kind}.ts`), [], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      env: { ...process.env, BENCH_PORT: String(port), BENCH_DATA_DIR: dataDir ?? '' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    live.add(child);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const ready = await new Promise<{ port: number }>((resolve, reject) => {
      const fail = (error: Error) => {
        child.kill('SIGKILL');
        removeDataDir(dataDir);
        reject(error);
      };
      const timer = setTimeout(() => fail(new Error(`${kind} did not start in ${timeoutMs} ms: ${stderr}`)), timeoutMs);
      child.on('message', (msg: { ready?: boolean; port?: number }) => {
        if (msg.ready) {
          clearTimeout(timer);
          resolve({ port: msg.port! });
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`${kind} exited with ${code} before it was ready: ${stderr}`));
      });
    });
    return new ServerProcess(kind, child, ready.port, dataDir);
  }

  /** Base URL for room sockets: `${base}/<room>`. */
  get syncBase(): string {
    return `ws://127.0.0.1:${this.port}/sync`;
  }

  request<T>(cmd: string, args: Record<string, unknown> = {}, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.kind}: ${cmd} timed out`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send({ id, cmd, args });
    });
  }

  mem(): Promise<Mem> {
    return this.request<Mem>('mem');
  }

  async rooms(): Promise<number> {
    return (await this.request<{ rooms: number }>('stats')).rooms;
  }

  /** Device tokens for our relay (one per socket: the relay caps sockets per device at 8). */
  async tokens(count: number, personId = 'bench'): Promise<string[]> {
    if (this.kind !== 'ours') return Array.from({ length: count }, () => '');
    return this.request<string[]>('mint', { count, personId });
  }

  /** Makes rooms joinable by `tokens(…, personId)` devices: our relay needs their cases to exist. */
  async prepareRooms(rooms: string[], personId = 'bench'): Promise<void> {
    if (this.kind === 'ours') await this.request('cases', { rooms, personId });
  }

  async stop(): Promise<void> {
    try {
      await this.stopChild();
    } finally {
      removeDataDir(this.dataDir);
    }
  }

  private async stopChild(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const t = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(t);
    live.delete(this.child);
  }
}
