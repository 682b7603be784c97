import { render } from 'solid-js/web';
import { App } from './app/App';
import './app/styles.css';
import { listenForInstallPrompt } from './pwa/installEvents';
import { whenIdle } from './app/whenIdle';

listenForInstallPrompt();

const root = document.getElementById('root');
if (root) render(() => <App />, root);

// The service worker is not needed to draw the first screen: register it once the browser is idle.
whenIdle(() => void import('./pwa/serviceWorker').then((sw) => sw.registerServiceWorker()));
// Sync runs beside the app: it starts once the first screen is up, and only if enrolled.
whenIdle(() => void import('./primitives/syncStatus').then((sync) => sync.startSyncIfEnrolled()));
// The name list makes the PII guard warn on names everywhere (index summaries, escalations too).
whenIdle(() => void import('./domain/nameGuard').then((names) => names.preloadNameList()));
