import { render } from 'solid-js/web';
import { App } from './app/App';
import './app/styles.css';
import { listenForInstallPrompt } from './pwa/installEvents';
import { holdIdleWork, whenIdle } from './app/whenIdle';
import { ROUTES } from './app/routes';

performance.mark('app:main');
listenForInstallPrompt();

// Opening on the inbox, the start-up chores below wait until the whole list is usable.
if (location.pathname.startsWith(ROUTES.inbox)) releaseOnMark(holdIdleWork(), 'inbox:full');
// The lists read the device database first thing: open it while the frame renders. (The report
// form draws from its docs and loads Dexie after its first paint, so it is left out.)
if (location.pathname === '/' || location.pathname.startsWith(ROUTES.inbox))
  void import('./primitives/appStorage').then((storage) => storage.useAppDb().open()).catch(() => undefined);

const root = document.getElementById('root');
if (root) render(() => <App />, root);
performance.mark('app:rendered');

// The service worker is not needed to draw the first screen: register it once the browser is idle.
whenIdle(() => void import('./pwa/serviceWorker').then((sw) => sw.registerServiceWorker()));
// Sync runs beside the app: it starts once the first screen is up, and only if enrolled.
whenIdle(() => void import('./primitives/syncStatus').then((sync) => sync.startSyncIfEnrolled()));
// The name list makes the PII guard warn on names everywhere (index summaries, escalations too).
whenIdle(() => void import('./domain/nameGuard').then((names) => names.preloadNameList()));

/** Calls `release` once the app sets the performance mark `name`. */
function releaseOnMark(release: () => void, name: string): void {
  if (typeof PerformanceObserver === 'undefined') return;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(name).length === 0) return;
    observer.disconnect();
    release();
  });
  observer.observe({ type: 'mark' });
}
