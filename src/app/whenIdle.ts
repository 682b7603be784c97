import { createSignal, type Accessor } from 'solid-js';

/**
 * Runs `task` once the page has loaded and the browser is idle, so start-up chores (service
 * worker, banners) never compete with drawing the first screen or opening a case.
 */
export function whenIdle(task: () => void): void {
  const schedule = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200);
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}

/** A signal that turns true when the browser is first idle after load. */
export function createIdle(): Accessor<boolean> {
  const [idle, setIdle] = createSignal(false);
  whenIdle(() => setIdle(true));
  return idle;
}
