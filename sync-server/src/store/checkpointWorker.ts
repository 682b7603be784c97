import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Runs SQLite WAL checkpoints on a worker thread with its own connection. A checkpoint fsyncs;
 * on the main thread it would stall the event loop, and every edit waiting to be relayed with it.
 * PASSIVE never blocks the relay's writes.
 */
export function startCheckpointWorker(file: string, everyMs: number): { stop(): Promise<void> } {
  const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const Database = require(workerData.sqlitePath);
     let db = null;
     try { db = new Database(workerData.file, { fileMustExist: true }); db.pragma('busy_timeout = 5000'); } catch {}
     const timer = setInterval(() => {
       try { db && db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
     }, workerData.everyMs);
     parentPort.on('message', () => { clearInterval(timer); try { db && db.close(); } catch {} parentPort.close(); });`,
    { eval: true, workerData: { file, everyMs, sqlitePath } },
  );
  // A checkpoint that fails is retried on the next tick; it must never take the relay down.
  worker.on('error', () => undefined);
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        // Held while stopping: an unref'd worker would let the process end before it has closed.
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
        setTimeout(() => void worker.terminate(), 2000).unref();
      }),
  };
}
