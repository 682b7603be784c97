import { createSignal, onCleanup } from 'solid-js';

/**
 * Which screen shows the app's one status line. The report form draws its own, under its
 * heading and at once, with the save state in it; the app's (loaded at idle) stands back
 * meanwhile, so there is never a second line saying the same.
 */
const [formLines, setFormLines] = createSignal(0);

/** Whether an open form shows the status line itself. */
export const formShowsStatusLine = () => formLines() > 0;

/** The calling form shows the status line for as long as it lives. */
export function claimStatusLine(): void {
  setFormLines((n) => n + 1);
  onCleanup(() => setFormLines((n) => n - 1));
}
