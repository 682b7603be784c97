/**
 * Child side of the bench's IPC: every server process answers `mem` (after forced GC) and
 * `stats`, plus whatever extra requests its entry registers. Started with --expose-gc.
 */
export type Handler = (args: Record<string, unknown>) => Promise<unknown> | unknown;

interface Request {
  id: number;
  cmd: string;
  args?: Record<string, unknown>;
}

const gc = (globalThis as { gc?: () => void }).gc;

async function settledMemory() {
  // Two full collections with a turn in between, so weak refs and finalisers run.
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, gc: !!gc };
}

export function serveIpc(port: number, handlers: Record<string, Handler>): void {
  if (!process.send) throw new Error('must be started with an IPC channel (fork)');
  const all: Record<string, Handler> = { mem: settledMemory, ...handlers };
  process.on('message', (raw) => {
    const req = raw as Request;
    const handler = all[req.cmd];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${req.cmd}`);
        return handler(req.args ?? {});
      })
      .then(
        (result) => process.send!({ id: req.id, ok: true, result }),
        (err: Error) => process.send!({ id: req.id, ok: false, error: String(err?.stack ?? err) }),
      );
  });
  // The parent going away (crash, kill -9) must not leave a server behind.
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true, port });
}

export function portFromArgs(): number {
  const port = Number(process.env.BENCH_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error('BENCH_PORT missing');
  return port;
}
