import { Show } from 'solid-js';
import { useI18n } from '../app/i18n';
import { flushOpenCases } from '../primitives/flushOpenCases';
import { registerServiceWorker } from './serviceWorker';

/** "Ny version finns — uppdatera": the new version starts only when the user says so. */
export function UpdatePrompt() {
  const { t } = useI18n();
  const { needRefresh, updateServiceWorker } = registerServiceWorker();
  const update = async () => {
    // Everything typed is saved on each keystroke; wait for the last write before reloading.
    await flushOpenCases();
    await updateServiceWorker(true);
  };
  return (
    <Show when={needRefresh[0]()}>
      <div class="banner banner--update" role="status" aria-labelledby="update-heading">
        <p id="update-heading">
          <strong>{t().pwa.updateAvailable}</strong>
        </p>
        <p>{t().pwa.updateHint}</p>
        <div class="banner-actions">
          <button type="button" class="button" onClick={() => void update()}>
            {t().pwa.update}
          </button>
          <button type="button" class="button button--ghost" onClick={() => needRefresh[1](false)}>
            {t().pwa.later}
          </button>
        </div>
      </div>
    </Show>
  );
}
