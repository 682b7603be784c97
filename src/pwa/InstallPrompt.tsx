import { createSignal, Show } from 'solid-js';
import { useI18n } from '../app/i18n';
import { installEvent, needsIosInstallHint, promptInstall } from './installEvents';

const DISMISSED_KEY = 'samverka.installHintDismissed';

/** An install button where the browser offers one, and a short hint on iPhone/iPad. */
export function InstallPrompt() {
  const { t } = useI18n();
  const [dismissed, setDismissed] = createSignal(localStorage.getItem(DISMISSED_KEY) === '1');
  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, '1');
    setDismissed(true);
  };
  return (
    <Show when={!dismissed()}>
      <Show when={installEvent()}>
        <div class="banner banner--info">
          <button type="button" class="button" onClick={() => void promptInstall()}>
            {t().pwa.install}
          </button>
          <button type="button" class="button button--ghost" onClick={dismiss}>
            {t().pwa.dismiss}
          </button>
        </div>
      </Show>
      <Show when={needsIosInstallHint()}>
        <div class="banner banner--info">
          <p>{t().pwa.iosHint}</p>
          <button type="button" class="button button--ghost" onClick={dismiss}>
            {t().pwa.dismiss}
          </button>
        </div>
      </Show>
    </Show>
  );
}
