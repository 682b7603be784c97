import { createSignal } from 'solid-js';

/** Chrome's install prompt event; not in TypeScript's DOM types. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const [installEvent, setInstallEvent] = createSignal<BeforeInstallPromptEvent | null>(null);
export { installEvent };

/** Listens from the first moment: the event may fire before any screen has rendered. */
export function listenForInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    setInstallEvent(event as BeforeInstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => setInstallEvent(null));
}

export async function promptInstall(): Promise<void> {
  const event = installEvent();
  if (!event) return;
  await event.prompt();
  await event.userChoice;
  setInstallEvent(null);
}

/** iPhone/iPad Safari never fires beforeinstallprompt: it needs a hint instead. */
export function needsIosInstallHint(): boolean {
  const ua = navigator.userAgent;
  const isIos = /iPad|iPhone|iPod/.test(ua) || (ua.includes('Macintosh') && navigator.maxTouchPoints > 1);
  const standalone =
    (navigator as { standalone?: boolean }).standalone === true || matchMedia('(display-mode: standalone)').matches;
  return isIos && !standalone;
}
