import { Show } from 'solid-js';
import { useI18n } from './i18n';
import { createOnline } from '../primitives/createOnline';
import { persistAnswer, persistJustAsked, setPersistJustAsked } from '../primitives/deviceSettings';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { storageFailure } from '../primitives/storageFailure';
import SyncIndicator from './SyncIndicator';
import { InstallPrompt } from '../pwa/InstallPrompt';

/** Messages about the app itself: offline, a new version, installing, storage promises. */
export default function AppBanners() {
  const { t } = useI18n();
  const online = createOnline();
  return (
    <div class="banners">
      <Show when={!online()}>
        <p class="banner banner--info" role="status">
          {t().pwa.offline}
        </p>
      </Show>
      <Show when={storageFailure()}>
        <p class="banner banner--error" role="alert">
          {t().save.quota}
        </p>
      </Show>
      <SyncIndicator />
      <UpdatePrompt />
      <Show when={persistJustAsked()}>
        <div class="banner banner--info" role="status">
          <p>{persistAnswer() ? t().storage.persisted : t().storage.notPersisted}</p>
          <button type="button" class="button button--small" onClick={() => setPersistJustAsked(false)}>
            {t().pwa.dismiss}
          </button>
        </div>
      </Show>
      <InstallPrompt />
    </div>
  );
}
