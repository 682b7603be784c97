import { useIsRouting, useLocation } from '@solidjs/router';
import { createEffect, createSignal, on, onCleanup } from 'solid-js';

/** A screen that reads its data first draws its heading a little later; wait this long at most. */
const HEADING_WAIT_MS = 10_000;

/**
 * After a change of screen, focus moves to the new screen's h1, so a screen reader starts there
 * and Tab continues from it. Not on the first load (the skip link comes first there), nor on a
 * forward the app makes before the person has done anything (a manager's start page opening
 * Inkorg), and not when the new screen has already put focus somewhere in it (a form step's
 * field, a status message).
 */
export function createFocusOnNavigation(): void {
  const location = useLocation();
  const routing = useIsRouting();
  const [pending, setPending] = createSignal(false);
  let stop: (() => void) | undefined;
  // A tap, a key or the browser's back button: from then on a new path is the person's doing.
  let acted = false;
  const act = () => (acted = true);
  const events = ['pointerdown', 'keydown', 'popstate'] as const;
  for (const name of events) window.addEventListener(name, act, { capture: true, once: true });
  createEffect(
    on(
      () => location.pathname,
      () => acted && setPending(true),
      { defer: true },
    ),
  );
  createEffect(() => {
    // The router keeps the old screen until the new one has loaded: wait for it.
    if (!pending() || routing()) return;
    setPending(false);
    stop?.();
    stop = focusHeadingWhenShown();
  });
  onCleanup(() => {
    stop?.();
    for (const name of events) window.removeEventListener(name, act, { capture: true });
  });
}

/** Focuses `main h1` once it is in the DOM; returns the function that stops waiting. */
function focusHeadingWhenShown(): () => void {
  const main = document.getElementById('main');
  if (!main) return () => {};
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer?.disconnect();
    clearTimeout(timer);
  };
  const attempt = (): boolean => {
    const heading = main.querySelector('h1');
    if (!heading) return false;
    const active = document.activeElement;
    // Focus left on the old screen's control, now gone, falls back to <body>; a header link keeps it.
    const free = !active || active === document.body || active === main || !main.contains(active);
    if (free) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    return true;
  };
  // After the screen's own microtasks, which may already have placed focus on purpose.
  queueMicrotask(() => {
    if (attempt()) return;
    observer = new MutationObserver(() => {
      if (attempt()) stop();
    });
    observer.observe(main, { childList: true, subtree: true });
    timer = setTimeout(stop, HEADING_WAIT_MS);
  });
  return stop;
}
