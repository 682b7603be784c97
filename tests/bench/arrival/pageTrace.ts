import type { BrowserContext, Page } from 'playwright-core';

/**
 * What a page saw, for finding where an arrival's time goes: the browser's own 'online' and
 * 'offline' events, and every WebSocket the app opens, with each frame's multiplex kind and room
 * (pings and pongs left out). Times are epoch milliseconds (the machine's clock, as in Node).
 */
export interface TraceEntry {
  t: number;
  what: 'online' | 'offline' | 'ws:new' | 'ws:open' | 'ws:close' | 'ws:in' | 'ws:out';
  /** Socket number within the page. */
  n?: number;
  /** Close code, or for a frame: its multiplex kind (0 message, 2 denied, 3 ack, 4 notice). */
  code?: number;
  kind?: number;
  room?: string;
  /** For a message frame: the y-websocket sync step (0 step 1, 1 step 2, 2 update; 11 awareness). */
  step?: number;
  /** For a denied frame: its close code. */
  denied?: number;
}

/**
 * Installed before the app's own scripts (a context init script, as plain JavaScript so no
 * compiler helper leaks into the page). It wraps `WebSocket` with a subclass that only listens;
 * the app's sockets behave exactly as before. Room names are under 128 bytes, so their length
 * is one byte.
 */
const TRACE_SCRIPT = `(() => {
  const trace = [];
  window.__arrivalTrace = trace;
  const now = () => performance.timeOrigin + performance.now();
  const log = (entry) => { if (trace.length < 20000) trace.push({ t: now(), ...entry }); };
  addEventListener('online', () => log({ what: 'online' }));
  addEventListener('offline', () => log({ what: 'offline' }));
  const varUint = (bytes, at) => {
    let value = 0, shift = 0;
    for (;;) {
      const b = bytes[at.i++];
      value += (b & 127) * 2 ** shift;
      if (b < 128) return value;
      shift += 7;
    }
  };
  const peek = (data) => {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data)
      : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
    if (!bytes || bytes.length < 2) return {};
    const at = { i: 0 };
    const kind = varUint(bytes, at);
    const length = varUint(bytes, at);
    const room = new TextDecoder().decode(bytes.subarray(at.i, at.i + length));
    at.i += length;
    const frame = { kind, room };
    if (kind === 0) frame.step = bytes[at.i] === 0 ? bytes[at.i + 1] : 10 + bytes[at.i];
    if (kind === 2) frame.denied = varUint(bytes, at);
    return frame;
  };
  const Native = window.WebSocket;
  let count = 0;
  class TracedWebSocket extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      const n = ++count;
      this.__n = n;
      log({ what: 'ws:new', n });
      this.addEventListener('open', () => log({ what: 'ws:open', n }));
      this.addEventListener('close', (e) => log({ what: 'ws:close', n, code: e.code }));
      this.addEventListener('message', (e) => {
        const frame = peek(e.data);
        if (frame.kind !== 6) log({ what: 'ws:in', n, ...frame });
      });
    }
    send(data) {
      const frame = peek(data);
      if (frame.kind !== 5) log({ what: 'ws:out', n: this.__n, ...frame });
      return super.send(data);
    }
  }
  window.WebSocket = TracedWebSocket;
})();`;

export async function installPageTrace(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: TRACE_SCRIPT });
}

/** The page's trace so far, emptied. */
export async function takeTrace(page: Page): Promise<TraceEntry[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __arrivalTrace?: unknown[] };
    return (w.__arrivalTrace?.splice(0) ?? []) as never;
  });
}

/**
 * Starts watching the page for `text` inside `selector` and resolves, once it is there, with the
 * epoch time of the DOM change that put it there (a MutationObserver runs before the next paint).
 */
export async function watchForText(page: Page, selector: string, text: string): Promise<() => Promise<number>> {
  await page.evaluate(
    ([sel, needle]) => {
      const w = window as unknown as { __arrivedAt: Record<string, number> };
      w.__arrivedAt ??= {};
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      if (document.querySelector(sel)?.textContent?.includes(needle)) {
        w.__arrivedAt[needle] = -1; // already there: the caller's setup is wrong
        return;
      }
      const observer = new MutationObserver(() => {
        if (!document.querySelector(sel)?.textContent?.includes(needle)) return;
        w.__arrivedAt[needle] = performance.timeOrigin + performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    [selector, text] as const,
  );
  return async () => {
    const handle = await page.waitForFunction(
      (needle) => (window as unknown as { __arrivedAt: Record<string, number> }).__arrivedAt[needle] !== undefined,
      text,
      // Past the app's 60 s safety pass, so a case that waited for it is still measured.
      { timeout: 75_000, polling: 50 },
    );
    await handle.dispose();
    const at = await page.evaluate(
      (needle) => (window as unknown as { __arrivedAt: Record<string, number> }).__arrivedAt[needle]!,
      text,
    );
    if (at === -1) throw new Error(`"${text}" was on screen before the measurement started`);
    return at;
  };
}
