import { useRegisterSW } from 'virtual:pwa-register/solid';

type Registration = ReturnType<typeof useRegisterSW>;
let registration: Registration | null = null;

/** How often an open app asks the server for a new version. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

/**
 * Registers the service worker once. registerType is 'prompt': a new version waits until the
 * user presses Uppdatera, so a reload never lands under someone's fingers.
 */
export function registerServiceWorker(): Registration {
  registration ??= useRegisterSW({
    immediate: true,
    onRegisteredSW(_url, sw) {
      if (!sw) return;
      const check = () => {
        if (navigator.onLine) void sw.update().catch(() => undefined);
      };
      setInterval(check, UPDATE_CHECK_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
  return registration;
}
