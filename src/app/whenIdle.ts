import { createSignal, type Accessor } from 'solid-js';

/**
 * Runs `task` once the page has loaded and the browser is idle, so start-up chores (service
 * worker, banners) never compete with drawing the first screen or opening a case.
 */
export function whenIdle(task: () => void): void {
  // Held back (see holdIdleWork) when due: queued until the hold is released, then idle again.
  const run = () => (holds > 0 ? held.push(schedule) : task());
  const schedule = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}

let holds = 0;
const held: (() => void)[] = [];

/**
 * Holds start-up chores (whenIdle) back while a first screen reads its data: the browser looks
 * idle while IndexedDB reads, and sync, banners and the service worker would fill that time on
 * the main thread. Returns the release; the hold ends by itself after `maxMs`.
 */
export function holdIdleWork(maxMs = 3000): () => void {
  holds++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    if (--holds === 0) for (const schedule of held.splice(0)) schedule();
  };
  const timer = setTimeout(release, maxMs);
  return release;
}

/** A signal that turns true when the browser is first idle after load. */
export function createIdle(): Accessor<boolean> {
  const [idle, setIdle] = createSignal(false);
  whenIdle(() => setIdle(true));
  return idle;
}
